/**
 * The export step over the real content: every file at its sitePaths path (data, citations, TEI,
 * plain text, EPUBs), byte-identical output from two runs, and a clear error naming a broken
 * content file.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sitePaths } from "../../../src/format/urls.ts";
import { readContentFile } from "../../../src/format/content-file.ts";
import { writeExports } from "../../../scripts/exports/write-exports.ts";
import { context } from "./sample.ts";

const contentDir = resolve(import.meta.dirname, "../../../content/texts");
const work = mkdtempSync(join(tmpdir(), "xiangwen-exports-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file below `dir`, relative, sorted. */
function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(dir, join(prefix, entry.name)) : [join(prefix, entry.name)]))
    .sort();
}

const slugs = readdirSync(contentDir)
  .filter((name) => name.endsWith(".md"))
  .map((name) => readContentFile(readFileSync(join(contentDir, name), "utf8")).frontmatter.slug);
const runs = ["a", "b"].map((name) => {
  const siteDir = join(work, name);
  const messages: string[] = [];
  const summary = writeExports({ contentDir, siteDir, context, glossary: null, log: (m) => messages.push(m) });
  return { siteDir, summary, messages };
});

describe("export step", () => {
  it("writes JSON data, citation files, TEI, plain text and EPUB of every document and the edition EPUB, at their sitePaths", () => {
    const expected = [
      ...slugs.flatMap((slug) => [
        sitePaths.textData(slug),
        sitePaths.citation(slug, "bib"),
        sitePaths.citation(slug, "ris"),
        sitePaths.citation(slug, "json"),
        sitePaths.tei(slug),
        sitePaths.plainText(slug),
        sitePaths.epub(slug),
      ]),
      sitePaths.editionEpub(),
    ].sort();
    expect(listFiles(runs[0]?.siteDir ?? "")).toEqual(expected);
    expect(runs[0]?.summary).toMatchObject({ documents: slugs.length, files: expected.length });
    expect(runs[0]?.messages.at(-1)).toBe(`${slugs.length}/${slugs.length} documents`);
  });

  it("gives byte-identical files on a second run", () => {
    const [a, b] = runs.map((run) => run.siteDir);
    for (const file of listFiles(a ?? "")) {
      expect(readFileSync(join(b ?? "", file)).equals(readFileSync(join(a ?? "", file))), file).toBe(true);
    }
  });

  it("names the content file when one is broken, and leaves no half-written edition EPUB", () => {
    const broken = join(work, "broken");
    cpSync(contentDir, broken, { recursive: true });
    writeFileSync(join(broken, "zz-broken.md"), "---\ntitle: 1\n---\n\n正文 {#p1}\n");
    const siteDir = join(work, "broken-site");
    expect(() => writeExports({ contentDir: broken, siteDir, context, glossary: null })).toThrow(
      /zz-broken\.md: field slug/,
    );
    expect(listFiles(siteDir).filter((f) => f.startsWith("downloads/xiangwen"))).toEqual([]);
  });
});
