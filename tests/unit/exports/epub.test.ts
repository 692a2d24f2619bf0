/**
 * The EPUB of one text: container layout, package metadata, the chapter's ids and margin numbers
 * (compared with the web page rendered by the site's own plugins), escaping, supplied title,
 * run-in head, aliases, navigation, glossary appendix and byte-identical rebuilds.
 */
import { describe, expect, it } from "vitest";
import type { Document, Element } from "@xmldom/xmldom";
import { blocksToMarkdown } from "../../../src/format/body.ts";
import { chapterPath } from "../../../src/exports/epub/chapter.ts";
import { textEpubBytes } from "../../../src/exports/epub/text-epub.ts";
import { documentHash, textIdentifier } from "../../../src/exports/identifier.ts";
import { renderBody } from "../render-markdown.ts";
import { context, parseXml, sampleBlocks, sampleDoc, sampleGlossary, unzipText } from "./sample.ts";

const glossary = sampleGlossary;
const hash = documentHash(sampleDoc, sampleBlocks);
const bytes = textEpubBytes(sampleDoc, sampleBlocks, hash, { context, glossary: null });
const files = unzipText(bytes);
const xml = (path: string): Document => parseXml(files.get(path) ?? "");
const chapter = xml(`EPUB/${chapterPath(sampleDoc.slug)}`);
const opf = xml("EPUB/package.opf");
const all = (doc: Document, name: string): Element[] => Array.from(doc.getElementsByTagName(name));
const ids = (root: Element | null): string[] =>
  Array.from(root?.getElementsByTagName("*") ?? []).flatMap((e) =>
    e.getAttribute("id") ? [e.getAttribute("id") ?? ""] : [],
  );
const reading = (doc: Document) => all(doc, "div").find((d) => d.getAttribute("class") === "reading") ?? null;

describe("text EPUB container and package", () => {
  it("points container.xml at the package document, which lists every file in the container", () => {
    expect(files.get("mimetype")).toBe("application/epub+zip");
    expect(files.get("META-INF/container.xml")).toContain('full-path="EPUB/package.opf"');
    const hrefs = all(opf, "item").map((item) => `EPUB/${item.getAttribute("href")}`);
    const contents = [...files.keys()].filter((path) => path.startsWith("EPUB/") && path !== "EPUB/package.opf");
    expect(hrefs.sort()).toEqual(contents.sort());
    expect(
      all(opf, "item")
        .filter((i) => i.getAttribute("properties") === "nav")
        .map((i) => i.getAttribute("href")),
    ).toEqual(["nav.xhtml"]);
  });

  it("has a deterministic identifier from slug and content, zh-CN and dcterms:modified of the build date", () => {
    const identifier = all(opf, "dc:identifier")[0];
    expect(identifier?.getAttribute("id")).toBe(opf.documentElement?.getAttribute("unique-identifier"));
    expect(identifier?.textContent).toBe(textIdentifier(sampleDoc.slug, hash));
    expect(all(opf, "dc:language")[0]?.textContent).toBe("zh-CN");
    expect(all(opf, "meta").find((m) => m.getAttribute("property") === "dcterms:modified")?.textContent).toBe(
      "2024-05-06T00:00:00Z",
    );
    expect(all(opf, "dc:title")[0]?.textContent).toBe("〔某县第二次全体会议决议〕");
    expect(all(opf, "dc:source")[0]?.textContent).toContain("a".repeat(64));
    expect(all(opf, "dc:relation")[0]?.textContent).toBe(
      "https://edition.example.org/xiangwen/texts/2021-sample-resolution/",
    );
  });

  it("reads title page, contents, text in that order, with no script anywhere", () => {
    const hrefOf = new Map(all(opf, "item").map((i) => [i.getAttribute("id"), i.getAttribute("href")]));
    expect(all(opf, "itemref").map((r) => hrefOf.get(r.getAttribute("idref")))).toEqual([
      "title.xhtml",
      "nav.xhtml",
      chapterPath(sampleDoc.slug),
    ]);
    for (const [path, text] of files) if (path.endsWith(".xhtml")) expect(text).not.toContain("<script");
  });

  it("rebuilds to identical bytes", () => {
    expect(textEpubBytes(sampleDoc, sampleBlocks, hash, { context, glossary: null }).equals(bytes)).toBe(true);
  });
});

describe("text EPUB chapter", () => {
  it("has the web page's ids, alias anchors and margin numbers, in the same order", async () => {
    const page = await renderBody(blocksToMarkdown(sampleBlocks), sampleDoc.aliases);
    const pageIds = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    const pageNumbers = [...page.matchAll(/class="block-number"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(ids(reading(chapter))).toEqual(pageIds);
    const numbers = all(chapter, "a").filter((a) => a.getAttribute("class") === "block-number");
    expect(numbers.map((a) => a.textContent)).toEqual(pageNumbers);
    expect(numbers.map((a) => a.getAttribute("href"))).toEqual(sampleBlocks.map((b) => `#${b.id}`));
  });

  it("ranks headings as the page does and keeps the run-in head inside its paragraph", async () => {
    const page = await renderBody(blocksToMarkdown(sampleBlocks), sampleDoc.aliases);
    const tags = (html: string) => [...html.matchAll(/<(h\d|p)\b[^>]*\sid="([^"]+)"/g)].map((m) => `${m[1]}#${m[2]}`);
    const text = files.get(`EPUB/${chapterPath(sampleDoc.slug)}`) ?? "";
    const readingHtml = text.slice(text.indexOf('<div class="reading">'), text.indexOf("</div>"));
    expect(tags(readingHtml)).toEqual(tags(page));
    const runIn = all(chapter, "strong")[0];
    expect(runIn?.getAttribute("class")).toBe("run-in");
    expect(runIn?.textContent).toBe("1.提高政治站位。");
    expect((runIn?.parentNode as Element).getAttribute("id")).toBe("i1");
  });

  it("keeps & < > as text and the reading text exact", () => {
    const p1 = all(chapter, "p").find((p) => p.getAttribute("id") === "p1");
    expect(p1?.textContent).toBe("¶1会议指出，R&D投入<持续>增长。");
  });

  it("marks the supplied title, and ends with the source and the apparatus in numbers", () => {
    expect(all(chapter, "h1")[0]?.textContent).toBe("〔某县第二次全体会议决议〕（标题为编者所拟）");
    const source = all(chapter, "section").find((s) => s.getAttribute("id") === "source");
    const text = source?.textContent ?? "";
    for (const fact of ["000_sample.txt", "gb18030", "a".repeat(64), "拼行 1", "删除杂项 1", "校改 1", "编者补 1"])
      expect(text).toContain(fact);
  });

  it("is zh-CN for readers and for XML alike", () => {
    for (const [path, text] of files) {
      if (!path.endsWith(".xhtml")) continue;
      const root = parseXml(text).documentElement;
      expect([root?.getAttribute("lang"), root?.getAttribute("xml:lang")], path).toEqual(["zh-CN", "zh-CN"]);
    }
  });
});

describe("text EPUB navigation", () => {
  const nav = xml("EPUB/nav.xhtml");
  const navs = all(nav, "nav");

  it("lists the headings and run-in heads nested by level, each link landing on an id of the chapter", () => {
    const toc = navs.find((n) => n.getAttribute("epub:type") === "toc");
    const links = Array.from(toc?.getElementsByTagName("a") ?? []).map((a) => a.getAttribute("href") ?? "");
    const chapterIds = new Set(ids(chapter.documentElement));
    for (const link of links.filter((l) => l.includes("#"))) expect(chapterIds).toContain(link.split("#")[1]);
    const s1 = Array.from(toc?.getElementsByTagName("a") ?? []).find((a) => a.getAttribute("href")?.endsWith("#s1"));
    const children = Array.from((s1?.parentNode as Element).getElementsByTagName("a")).map(
      (a) => a.getAttribute("href")?.split("#")[1],
    );
    expect(children).toEqual(["s1", "i1", "s1-1"]);
  });

  it("has landmarks for the title page, contents and the start of the text", () => {
    const landmarks = navs.find((n) => n.getAttribute("epub:type") === "landmarks");
    const types = Array.from(landmarks?.getElementsByTagName("a") ?? []).map((a) => a.getAttribute("epub:type"));
    expect(types).toEqual(["titlepage", "toc", "bodymatter"]);
  });
});

describe("glossary appendix", () => {
  const withGlossary = unzipText(textEpubBytes(sampleDoc, sampleBlocks, hash, { context, glossary }));

  it("is added, listed and read last when there is a glossary", () => {
    const page = parseXml(withGlossary.get("EPUB/glossary.xhtml") ?? "");
    expect(Array.from(page.getElementsByTagName("dfn")).map((d) => d.textContent)).toEqual(["三高四新", "两个维护"]);
    expect(Array.from(page.getElementsByTagName("dt")).map((d) => d.getAttribute("id"))).toEqual([
      "term-san-gao-si-xin",
      "term-liang-ge-wei-hu",
    ]);
    expect(page.getElementsByTagName("dd")[1]?.textContent).toBe("<释义>");
    const pkg = parseXml(withGlossary.get("EPUB/package.opf") ?? "");
    expect(Array.from(pkg.getElementsByTagName("itemref")).at(-1)?.getAttribute("idref")).toBe("glossary");
    expect(withGlossary.get("EPUB/nav.xhtml")).toContain('epub:type="glossary" href="glossary.xhtml"');
  });

  it("is absent when there is none", () => {
    expect(files.has("EPUB/glossary.xhtml")).toBe(false);
    expect(files.get("EPUB/nav.xhtml")).not.toContain("glossary");
  });
});
