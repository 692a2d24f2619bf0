/**
 * Pages as published (src/middleware.ts gives every page this form as Astro renders it): links
 * relative to the page's own file, under any base, and the page's policy. The site zip takes every
 * file but itself and the service worker, which is written beside it meanwhile, stores compressed
 * files as they are, and is the same twice over.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it, test } from "vitest";
import { builtFileOf, pageForDisk } from "../../../src/offline/page-for-disk.ts";
import { siteZipFolder, writeSiteZip } from "../../../src/offline/site-zip.ts";

const work = mkdtempSync(join(tmpdir(), "xiangwen-offline-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A page as Astro renders it: root-relative links, an inline script. */
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

describe("pages as published", () => {
  test("the file each page is written to, under any base", () => {
    expect(builtFileOf("/", "/")).toBe("index.html");
    expect(builtFileOf("/texts/a/", "/")).toBe("texts/a/index.html");
    expect(builtFileOf("/xiangwen/texts/a/", "/xiangwen/")).toBe("texts/a/index.html");
    expect(builtFileOf("/xiangwen/", "/xiangwen/")).toBe("index.html");
    expect(builtFileOf("/xiangwen/glossary/e1/note.html", "/xiangwen/")).toBe("glossary/e1/note.html");
  });

  test("links relative to the page's file, and its policy", () => {
    const html = pageForDisk(
      page("甲篇", "正文", "/texts/b/#p1").replaceAll('="/', '="/xiangwen/'),
      "texts/a/index.html",
      "/xiangwen/",
    );
    expect(html).toContain('href="../../_astro/site.css"');
    expect(html).toContain('href="../b/#p1"');
    expect(html).toMatch(
      /<meta http-equiv="content-security-policy" content="[^"]*script-src 'self' 'wasm-unsafe-eval' 'sha256-/,
    );
  });

  test("the 404 page keeps root-relative links; a note fragment gets no policy", () => {
    const notFound = pageForDisk(page("未找到页面", "此地址没有内容。", "/"), null, "/");
    expect(notFound).toContain('href="/_astro/site.css"');
    expect(notFound).toContain("content-security-policy");
    const note = pageForDisk('<div class="note"><a href="/glossary/e2/">词条</a></div>', "glossary/e1/note.html", "/");
    expect(note).toBe('<div class="note"><a href="../e2/">词条</a></div>');
  });
});

describe("site zip", () => {
  it("takes every file but itself and the service worker, the same bytes twice over", () => {
    const dir = site("zip");
    writeFileSync(join(dir, "sw.js"), "self.addEventListener('install', () => {});");
    mkdirSync(join(dir, "downloads"));
    writeFileSync(join(dir, "downloads/edition.epub"), Buffer.from("PK\u0003\u0004 an epub, compressed already"));
    const data = Array.from({ length: 20 }, (_, k) => `data/${String(k).padStart(2, "0")}.json`);
    mkdirSync(join(dir, "data"));
    for (const file of data) writeFileSync(join(dir, file), JSON.stringify({ file, text: "生态".repeat(200) }));
    const zipPath = join(dir, "downloads/xiangwen-site.zip");
    const first = writeSiteZip(dir, zipPath, "2026-11-30");
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
    writeSiteZip(dir, zipPath, "2026-11-30");
    expect(readFileSync(zipPath).equals(bytes)).toBe(true);
  });
});
