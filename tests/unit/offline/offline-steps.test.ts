/**
 * The offline steps as the build runs them (scripts/build-steps.ts): the page links step rewrites
 * every page whole where Pagefind reads them meanwhile (never a half-written page), and
 * Pagefind's index is the same from the pages as Astro wrote them and as rewritten — what lets the
 * two run at the same time. The site zip takes every file but itself and the service worker, which
 * is written beside it meanwhile, stores compressed files as they are, and is the same twice over.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { getPriority, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { unzipSync } from "fflate";
import * as pagefind from "pagefind";
import { afterAll, describe, expect, it } from "vitest";
import { filesBelow, siteZipFolder, writeSiteZip } from "../../../src/offline/site-zip.ts";
import { buildStages, stepCommand } from "../../../scripts/build-steps.ts";

const root = resolve(import.meta.dirname, "../../..");
const work = mkdtempSync(join(tmpdir(), "xiangwen-offline-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A page as Astro writes it: root-relative links, inline script, a body for Pagefind. */
const page = (title: string, text: string, link: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>` +
  `<link rel="stylesheet" href="/_astro/site.css"><script type="module">console.log(1)</script></head>` +
  `<body><nav><a href="/">首页</a> <a href="${link}">下一篇</a></nav>` +
  `<main data-pagefind-body><h1>${title}</h1><p id="p1">${text}</p></main></body></html>`;

/** A small built site. */
function site(name: string): string {
  const dir = join(work, name);
  const files: Record<string, string> = {
    "index.html": page("湘文", "首页", "/texts/a/"),
    "texts/a/index.html": page("甲篇", "坚持生态优先、绿色发展，推动高质量发展。", "/texts/b/#p1"),
    "texts/b/index.html": page("乙篇", "统筹推进生态环境保护和经济社会发展。", "/texts/a/"),
    "_astro/site.css": "body{margin:0}",
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Pagefind's index of the text pages of `dir`, file by file. */
async function pagefindIndex(dir: string): Promise<Record<string, Buffer>> {
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error("pagefind could not start");
  await index.addDirectory({ path: dir, glob: "texts/*/index.html" });
  await index.writeFiles({ outputPath: join(dir, "pagefind") });
  const out = join(dir, "pagefind");
  return Object.fromEntries(filesBelow(out).map((file) => [file, readFileSync(join(out, file))]));
}

describe("page links step", () => {
  const rewrite = (dir: string, env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, ["scripts/rewrite-pages.ts", "--site", dir], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, ...env },
    });

  it("makes every page's links relative and gives it its policy, replacing each page whole", () => {
    const dir = site("links");
    const run = rewrite(dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^\[pages\] relative links and Content-Security-Policy in 3 HTML files/);
    const text = readFileSync(join(dir, "texts/a/index.html"), "utf8");
    expect(text).toContain('href="../../_astro/site.css"');
    expect(text).toContain('href="../b/#p1"');
    expect(text).toMatch(
      /<meta http-equiv="content-security-policy" content="[^"]*script-src 'self' 'wasm-unsafe-eval' 'sha256-/,
    );
    // Nothing written aside is left behind.
    expect(readdirSync(dir, { recursive: true }).filter((f) => String(f).includes(".partial"))).toEqual([]);
  });

  it("gives a note fragment its policy too, for a reader who opens it on its own", () => {
    const dir = site("note");
    const note = join(dir, "glossary/a/note.html");
    mkdirSync(dirname(note), { recursive: true });
    writeFileSync(note, '<div popover="auto" class="annotation-note"><p>甲</p><a href="/glossary/a/">乙</a></div>');
    expect(rewrite(dir).status).toBe(0);
    expect(readFileSync(note, "utf8")).toMatch(
      /^<meta http-equiv="content-security-policy" content="default-src 'self';[^"]*"><div popover="auto" class="annotation-note"><p>甲<\/p><a href="\.\/">乙<\/a><\/div>$/,
    );
  });

  it("replaces pages whole only while Pagefind reads them (related results), else rewrites them in place", () => {
    const inode = (dir: string) => statSync(join(dir, "texts/a/index.html")).ino;
    const whole = site("pages-read-meanwhile");
    const inPlace = site("pages-not-read");
    const [wholeBefore, inPlaceBefore] = [inode(whole), inode(inPlace)];
    expect(rewrite(whole, { XIANGWEN_RELATED: "on" }).status).toBe(0);
    expect(rewrite(inPlace, { XIANGWEN_RELATED: "off" }).status).toBe(0);
    expect(inode(whole)).not.toBe(wholeBefore);
    expect(inode(inPlace)).toBe(inPlaceBefore);
    for (const file of filesBelow(whole))
      expect(readFileSync(join(inPlace, file), "utf8"), file).toBe(readFileSync(join(whole, file), "utf8"));
  });

  it("refuses a folder without a built site", () => {
    const run = rewrite(join(work, "nothing"));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/index\.html not found: run astro build first/);
  });

  it("Pagefind indexes the same from the pages before and after", async () => {
    const before = site("pagefind-before");
    const after = join(work, "pagefind-after");
    cpSync(before, after, { recursive: true });
    expect(rewrite(after).status).toBe(0);
    expect(readFileSync(join(after, "texts/a/index.html"), "utf8")).not.toBe(
      readFileSync(join(before, "texts/a/index.html"), "utf8"),
    );
    const indexBefore = await pagefindIndex(before);
    const indexAfter = await pagefindIndex(after);
    await pagefind.close();
    expect(Object.keys(indexBefore).length).toBeGreaterThan(3);
    expect(indexAfter).toEqual(indexBefore);
  });
});

describe("site zip", () => {
  it("takes every file but itself and the service worker, the same bytes twice over", async () => {
    const dir = site("zip");
    writeFileSync(join(dir, "sw.js"), "self.addEventListener('install', () => {});");
    mkdirSync(join(dir, "downloads"));
    writeFileSync(join(dir, "downloads/edition.epub"), Buffer.from("PK\u0003\u0004 an epub, compressed already"));
    const data = Array.from({ length: 20 }, (_, k) => `data/${String(k).padStart(2, "0")}.json`);
    mkdirSync(join(dir, "data"));
    for (const file of data) writeFileSync(join(dir, file), JSON.stringify({ file, text: "生态".repeat(200) }));
    const zipPath = join(dir, "downloads/xiangwen-site.zip");
    const first = await writeSiteZip(dir, zipPath, "2026-11-30");
    const bytes = readFileSync(zipPath);
    const entries = unzipSync(bytes);
    expect(Object.keys(entries)).toEqual(
      [
        "_astro/site.css",
        ...data,
        "downloads/edition.epub",
        "index.html",
        "texts/a/index.html",
        "texts/b/index.html",
      ].map((file) => `${siteZipFolder}/${file}`),
    );
    expect(first.files).toBe(25);
    for (const file of data)
      expect(Buffer.from(entries[`${siteZipFolder}/${file}`] ?? [])).toEqual(readFileSync(join(dir, file)));
    expect(Buffer.from(entries[`${siteZipFolder}/texts/a/index.html`] ?? [])).toEqual(
      readFileSync(join(dir, "texts/a/index.html")),
    );
    // The EPUB is stored (method 0 in its local header), the pages deflated (8).
    const method = (name: string) => bytes.readUInt16LE(bytes.indexOf(Buffer.from(`${siteZipFolder}/${name}`)) - 22);
    expect(method("downloads/edition.epub")).toBe(0);
    expect(method("index.html")).toBe(8);
    await writeSiteZip(dir, zipPath, "2026-11-30");
    expect(readFileSync(zipPath).equals(bytes)).toBe(true);
    // Packed in batches of 2 by both threads in turn (13 batches, 6 on the second): the same bytes.
    await writeSiteZip(dir, zipPath, "2026-11-30", () => {}, 2);
    expect(readFileSync(zipPath).equals(bytes)).toBe(true);
  });

  it("fails whole, leaving no archive, when a file cannot be packed on either thread", async () => {
    const dir = site("zip-fail");
    mkdirSync(join(dir, "data"));
    for (let k = 0; k < 9; k++) writeFileSync(join(dir, `data/${k}.json`), "{}");
    const zipPath = join(dir, "downloads/xiangwen-site.zip");
    mkdirSync(join(dir, "downloads"));
    // A file that vanishes between listing and packing. In batches of 2 it is in batch 5 (of 7),
    // which the second thread is only asked for once this test has removed the file.
    const listed = writeSiteZip(dir, zipPath, "2026-11-30", () => {}, 2);
    rmSync(join(dir, "texts/a/index.html"));
    await expect(listed).rejects.toThrow(/ENOENT.*texts\/a\/index\.html/);
    expect(existsSync(zipPath)).toBe(false);
    expect(readdirSync(join(dir, "downloads"))).toEqual([]);
  });
});

describe("build steps", () => {
  it("the exports and the page links yield the cores to the search indexes, the service worker to the zip", () => {
    const niceness = Object.fromEntries(
      buildStages("dist").flatMap((stage) => stage.map((step) => [step.name, step.niceness ?? 0])),
    );
    expect(niceness).toEqual({
      "astro build": 0,
      "search indexes": 0,
      exports: 10,
      "page links": 10,
      "service worker": 10,
      "site zip": 0,
    });
  });

  it("a step that yields runs at its nice level, the others at the build's", () => {
    const priorityOf = (niceness?: number) => {
      const [command = "", ...args] = stepCommand({
        name: "probe",
        args: ["-e", "console.log(require('node:os').getPriority())"],
        ...(niceness === undefined ? {} : { niceness }),
      });
      return Number(spawnSync(command, args, { encoding: "utf8" }).stdout.trim());
    };
    const own = priorityOf();
    expect(own).toBe(getPriority());
    if (existsSync("/usr/bin/nice")) expect(priorityOf(10)).toBe(Math.min(19, own + 10));
  });
});
