/**
 * The per-block "复制引用" string: the page carries one citeproc-rendered template and its script
 * fills in the address, the block id and the reader's date; the filled template must equal the
 * citation rendered for that block directly, for every kind of document and every shape of id.
 */
import { describe, expect, test } from "vitest";
import {
  accessedSlot,
  blockCitation,
  blockCitationTemplate,
  blockIdSlot,
  fillBlockCitation,
  gbReferences,
  pageUrlSlot,
  panelReference,
} from "../../../src/lib/citation/block-citation.ts";
import { accessedForms, pageAddress, readersDate } from "../../../src/lib/citation/block-slots.ts";
import { readContentFolder } from "../../../src/format/content-folder.ts";
import { documentSchema, type DocumentFrontmatter } from "../../../src/format/schema.ts";
import * as d from "./fixtures.ts";

const fill = (doc: (typeof d.documents)[keyof typeof d.documents], blockId: string) => ({
  url: d.urlOf(doc),
  blockId,
  accessed: d.accessed,
});

describe("block citation", () => {
  test("a paragraph: the GB/T reference with the anchor URL locating it, nothing trailing after the URL", () => {
    expect(blockCitation(d.speech, fill(d.speech, "p12"))).toBe(
      `习近平. 共同构建人与自然生命共同体: 在“领导人气候峰会”上的讲话[EB/OL]. (2021-04-22)[2026-11-23]. ${d.urlOf(d.speech)}#p12.`,
    );
  });

  test("a newspaper paragraph gives the newspaper, its date and page (版次) as GB/T 7714 does", () => {
    expect(blockCitation(d.news, fill(d.news, "p3a"))).toBe(
      `刘瀚潞, 欧阳坚. 湖南空铁联运在韶山启动[N/OL]. 湖南日报, 2021-04-23(1)[2026-11-23]. ${d.urlOf(d.news)}#p3a.`,
    );
  });

  test("a title's angle brackets and ampersand are text, kept as they are", () => {
    const doc = documentSchema.parse({ ...d.speech, slug: "odd", title: "A&B <草案>" });
    expect(blockCitation(doc, fill(doc, "p1"))).toContain("习近平. A&B <草案>: ");
  });

  test("the template holds each slot once: the address, the block in the URL's fragment, the date", () => {
    const template = blockCitationTemplate(d.news);
    for (const slot of [pageUrlSlot, blockIdSlot, accessedSlot]) expect(template.split(slot)).toHaveLength(2);
    expect(template).toContain(`${pageUrlSlot}#${blockIdSlot}.`);
    expect(template).toContain(`[${accessedSlot}]`);
  });

  test.each(Object.entries(d.documents))("%s: the filled template equals the direct citation", (_kind, doc) => {
    const template = blockCitationTemplate(doc);
    for (const id of ["p1", "p12a", "s2", "s2-3", "i5", "h1", "s2_2"]) {
      expect(fillBlockCitation(template, fill(doc, id))).toBe(blockCitation(doc, fill(doc, id)));
    }
  });
});

describe("the GB/T reference and the block template from one citeproc run", () => {
  const odd = (title: string) => documentSchema.parse({ ...d.speech, slug: "odd", title });
  const cases: [string, DocumentFrontmatter][] = [
    ...Object.entries(d.documents),
    ...readContentFolder("content/texts").map((doc): [string, DocumentFrontmatter] => [
      doc.frontmatter.slug,
      doc.frontmatter,
    ]),
    // Where citeproc's HTML is not its text plus escapes: each renders on its own instead.
    ["a superscript", odd("碳排放量下降18%（m²）")],
    ["a run of spaces", odd("关于  生态  文明")],
    ["markup characters", odd("A&B <草案>")],
  ];
  test.each(cases)("%s: the same strings as rendering each", (_name, doc) => {
    const url = d.urlOf(doc);
    expect(gbReferences(doc, url)).toEqual({
      panel: panelReference(doc, url, "gb7714"),
      template: blockCitationTemplate(doc),
    });
  });
});

describe("the cite panel's references", () => {
  test("leave the GB/T access date for the reader to fill, marked for the script", () => {
    const html = panelReference(d.speech, d.urlOf(d.speech), "gb7714");
    expect(html).toContain('[<span class="cite-accessed-date" data-cite-accessed="iso">引用日期</span>]');
    expect(html).toContain(d.urlOf(d.speech));
    expect(html).not.toMatch(/\d{4}-\d{2}-\d{2}\]/);
  });
  test("print no access date in APA and Chicago for a dated text, whose forms have none", () => {
    for (const style of ["apa", "chicago"] as const)
      expect(panelReference(d.speech, d.urlOf(d.speech), style)).not.toContain("data-cite-accessed");
  });
  test("leave an undated text's APA retrieval and Chicago access date to fill, in words, never the stand-in", () => {
    for (const style of ["apa", "chicago"] as const) {
      const html = panelReference(d.undatedNews, d.urlOf(d.undatedNews), style);
      expect(html).toContain('<span class="cite-accessed-date" data-cite-accessed="long-en">date of access</span>');
      expect(html).not.toContain("1111");
    }
    expect(accessedForms["long-en"](new Date(2026, 10, 23))).toBe("November 23, 2026");
  });

  test("a title of the text's own with 1111 in it is no stand-in", () => {
    const doc = documentSchema.parse({ ...d.undatedNews, slug: "odd-1111", title: "1111个项目开工" });
    for (const style of ["gb7714", "apa", "chicago"] as const)
      expect(panelReference(doc, d.urlOf(doc), style)).toContain("1111个项目开工");
  });

  // Every text of the edition and every kind: the panel prints no stand-in value in any style.
  const everyText: [string, DocumentFrontmatter][] = [
    ...Object.entries(d.documents),
    ...readContentFolder("content/texts").map((doc): [string, DocumentFrontmatter] => [
      doc.frontmatter.slug,
      doc.frontmatter,
    ]),
  ];
  test.each(everyText)("%s: GB/T, APA and Chicago free of placeholders", (_name, doc) => {
    for (const style of ["gb7714", "apa", "chicago"] as const) {
      const html = panelReference(doc, d.urlOf(doc), style);
      expect(html).not.toMatch(/1111|xiangwen\.invalid|XW[A-Z]+/);
      // Filled as the script fills it, the reference holds a real date wherever it had a slot.
      const filled = html.replace(
        /<span class="cite-accessed-date" data-cite-accessed="(iso|long-en)">[^<]*<\/span>/g,
        (_m, form: "iso" | "long-en") => accessedForms[form](new Date(2026, 10, 23)),
      );
      expect(filled).not.toContain("引用日期");
      expect(filled).not.toContain("date of access");
    }
  });
});

describe("the browser's facts", () => {
  test("the reader's date in their own time zone", () => {
    expect(readersDate(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });
  test("the page address without query or fragment", () => {
    expect(pageAddress("http://127.0.0.1:5000/xiangwen/texts/a/?hl=碳#p3")).toBe(
      "http://127.0.0.1:5000/xiangwen/texts/a/",
    );
    expect(pageAddress("file:///home/u/xiangwen/texts/a/index.html#p3")).toBe(
      "file:///home/u/xiangwen/texts/a/index.html",
    );
  });
});
