/**
 * The exports of the real build, checked by the standard validators: every TEI file in
 * dist/data/tei against tei_all.rng with jing, every EPUB in dist/downloads with epubcheck
 * (0 fatal errors, 0 errors, 0 warnings). A synthetic text with every feature the real corpus
 * lacks (emendation, run-in head, alias, glossary) is checked too, and each validator is shown
 * a broken file, so these checks are known to be able to fail.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unzipSync } from "fflate";
import { distDir } from "./harness.ts";
import { readCorpus } from "./site-data.ts";
import { runEpubcheck, runJing, teiSchema, type EpubcheckResult } from "./validators.ts";
import { renderTei } from "../../src/exports/tei/document.ts";
import { textEpubBytes } from "../../src/exports/epub/text-epub.ts";
import { ZipWriter } from "../../src/exports/zip.ts";
import { documentHash } from "../../src/exports/identifier.ts";
import { context, sampleBlocks, sampleDoc, sampleGlossary } from "../unit/exports/sample.ts";

const work = mkdtempSync(join(tmpdir(), "xiangwen-validate-"));
const teiDir = join(distDir, "data", "tei");
const downloads = join(distDir, "downloads");
const teiFiles = readdirSync(teiDir)
  .filter((f) => f.endsWith(".xml"))
  .sort()
  .map((f) => join(teiDir, f));
const epubFiles = readdirSync(downloads)
  .filter((f) => f.endsWith(".epub"))
  .sort()
  .map((f) => join(downloads, f));
const glossary = sampleGlossary;

/** The synthetic text's TEI and EPUB, a TEI file without its header, an EPUB without its package date. */
function writeSamples(): { tei: string; brokenTei: string; epub: string; brokenEpub: string } {
  const tei = renderTei(sampleDoc, sampleBlocks, context);
  const epub = textEpubBytes(sampleDoc, sampleBlocks, documentHash(sampleDoc, sampleBlocks), { context, glossary });
  const paths = {
    tei: join(work, "sample.xml"),
    brokenTei: join(work, "broken.xml"),
    epub: join(work, "sample.epub"),
    brokenEpub: join(work, "broken.epub"),
  };
  writeFileSync(paths.tei, tei);
  writeFileSync(paths.brokenTei, tei.replace(/<teiHeader>[\s\S]*<\/teiHeader>/, ""));
  writeFileSync(paths.epub, epub);
  writeFileSync(paths.brokenEpub, withBrokenLink(epub));
  return paths;
}

/** The same EPUB with one margin-number link pointing at an id that does not exist (RSC-012). */
function withBrokenLink(bytes: Buffer): Buffer {
  const chunks: Uint8Array[] = [];
  const zip = new ZipWriter((chunk) => chunks.push(chunk), context.buildDate);
  for (const [path, data] of Object.entries(unzipSync(bytes))) {
    const text = Buffer.from(data).toString("utf8");
    zip.add(
      path,
      path.startsWith("EPUB/text/") ? text.replace('href="#p1"', 'href="#nowhere"') : text,
      path === "mimetype",
    );
  }
  zip.finish();
  return Buffer.concat(chunks);
}

let samples: ReturnType<typeof writeSamples>;
let checked: EpubcheckResult[] = [];

beforeAll(async () => {
  samples = writeSamples();
  checked = await runEpubcheck([...epubFiles, samples.epub, samples.brokenEpub]);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("TEI P5 (jing, tei_all.rng)", () => {
  it("has one TEI file per text of the corpus", () => {
    expect(teiFiles.map((f) => f.split("/").pop())).toEqual(
      readCorpus()
        .texts.map((t) => `${t.slug}.xml`)
        .sort(),
    );
  });

  it("every TEI file of the build, and the synthetic text, is valid", async () => {
    const result = await runJing(teiSchema, [...teiFiles, samples.tei]);
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
  });

  it("jing rejects a TEI file without its header", async () => {
    const result = await runJing(teiSchema, [samples.brokenTei]);
    expect(result.code).not.toBe(0);
    expect(result.errors.join("\n")).toMatch(/teiHeader/);
  });
});

describe("EPUB 3 (epubcheck)", () => {
  it("has one EPUB per text and one of the whole edition", () => {
    const names = epubFiles.map((f) => f.split("/").pop());
    expect(names).toEqual([...readCorpus().texts.map((t) => `${t.slug}.epub`), "xiangwen.epub"].sort());
  });

  it("every EPUB of the build, and the synthetic text with a glossary, has 0 fatals, 0 errors, 0 warnings", () => {
    const clean = checked.filter((r) => r.file !== samples.brokenEpub);
    expect(clean).toHaveLength(epubFiles.length + 1);
    for (const result of clean) {
      expect({
        file: result.file,
        fatals: result.fatals,
        errors: result.errors,
        warnings: result.warnings,
        messages: result.messages,
      }).toEqual({
        file: result.file,
        fatals: 0,
        errors: 0,
        warnings: 0,
        messages: [],
      });
    }
  });

  it("epubcheck reports a broken link in an EPUB", () => {
    const broken = checked.find((r) => r.file === samples.brokenEpub);
    expect(broken?.errors).toBeGreaterThan(0);
    expect(broken?.messages.join("\n")).toMatch(/RSC-012/);
  });
});
