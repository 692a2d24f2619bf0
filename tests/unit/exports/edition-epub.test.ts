/** The edition EPUB: streamed chapters in any order, reading order and contents by year at the end. */
import { describe, expect, it } from "vitest";
import { EditionEpub } from "../../../src/exports/epub/edition-epub.ts";
import { chapterPath } from "../../../src/exports/epub/chapter.ts";
import { documentHash, editionIdentifier } from "../../../src/exports/identifier.ts";
import type { DocumentFrontmatter } from "../../../src/format/schema.ts";
import { context, parseXml, sampleBlocks, sampleDoc, unzipText } from "./sample.ts";

const older: DocumentFrontmatter = {
  ...sampleDoc,
  slug: "older",
  title: "旧文",
  titleSupplied: false,
  date: "2019-01-02",
};
const undated: DocumentFrontmatter = {
  ...sampleDoc,
  slug: "undated",
  title: "无日期",
  titleSupplied: false,
  date: null,
};

/** Build the edition EPUB from documents added in the given order. */
function edition(docs: DocumentFrontmatter[]): Buffer {
  const chunks: Uint8Array[] = [];
  const book = new EditionEpub((chunk) => chunks.push(chunk), { context, glossary: null });
  for (const doc of docs) book.add(doc, sampleBlocks, documentHash(doc, sampleBlocks));
  book.finish();
  return Buffer.concat(chunks);
}

const bytes = edition([undated, older, sampleDoc]);
const files = unzipText(bytes);
const opf = parseXml(files.get("EPUB/package.opf") ?? "");

describe("edition EPUB", () => {
  it("starts with mimetype although the package is written last", () => {
    expect(bytes.toString("latin1", 30, 58)).toBe("mimetypeapplication/epub+zip");
    expect([...files.keys()].at(-1)).toBe("EPUB/package.opf");
  });

  it("reads in the edition's order (newest first, undated last), whatever order documents came in", () => {
    const hrefOf = new Map(
      Array.from(opf.getElementsByTagName("item")).map((i) => [i.getAttribute("id"), i.getAttribute("href")]),
    );
    const spine = Array.from(opf.getElementsByTagName("itemref")).map((r) => hrefOf.get(r.getAttribute("idref")));
    expect(spine).toEqual(["title.xhtml", "nav.xhtml", ...[sampleDoc, older, undated].map((d) => chapterPath(d.slug))]);
    // Manifest ids are XML names even for a slug that starts with a digit.
    expect(hrefOf.get(`t-${sampleDoc.slug}`)).toBe(chapterPath(sampleDoc.slug));
  });

  it("groups the contents by year, each document with its headings", () => {
    const nav = files.get("EPUB/nav.xhtml") ?? "";
    const years = [...nav.matchAll(/<span>([^<]+)<\/span>/g)].map((m) => m[1]);
    expect(years).toEqual(["2021年", "2019年", "日期不详"]);
    expect(nav).toContain(`href="${chapterPath(older.slug)}#s1-1"`);
    expect(files.get("EPUB/title.xhtml")).toContain("湖南文献 3 篇");
  });

  it("is identified by its texts in reading order, and rebuilds to identical bytes in any input order", () => {
    const hashes = [sampleDoc, older, undated].map((d) => documentHash(d, sampleBlocks));
    expect(opf.getElementsByTagName("dc:identifier")[0]?.textContent).toBe(editionIdentifier(hashes));
    const again = unzipText(edition([sampleDoc, undated, older]));
    expect(again.get("EPUB/package.opf")).toBe(files.get("EPUB/package.opf"));
    expect(again.get("EPUB/nav.xhtml")).toBe(files.get("EPUB/nav.xhtml"));
    expect(edition([undated, older, sampleDoc]).equals(bytes)).toBe(true);
  });
});
