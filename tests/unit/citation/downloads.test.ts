/**
 * BibTeX, RIS and CSL-JSON downloads: exact records, the required fields of every BibTeX type
 * checked with a real BibTeX parser (the one behind Better BibTeX for Zotero), and for every kind
 * a round trip through citation-js back to title, authors and date.
 */
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { describe, expect, test } from "vitest";
import { escapeBibtex } from "../../../src/lib/citation/bibtex.ts";
import { toCslItem, type CslItem } from "../../../src/lib/citation/csl-item.ts";
import { citationDownload } from "../../../src/lib/citation/downloads.ts";
import { displayName, type CslName } from "../../../src/lib/citation/names.ts";
import * as d from "./fixtures.ts";

type Doc = (typeof d.documents)[keyof typeof d.documents];
const download = (doc: Doc, format: "bib" | "ris" | "json") => citationDownload(doc, d.urlOf(doc), format);
const itemOf = (doc: Doc): CslItem => toCslItem(doc, { url: d.urlOf(doc) });
/** Names as printed, whichever shape a parser returns ({family, given}, {literal}, "刘, 瀚潞", one or a list). */
const printed = (names: unknown): string[] =>
  [(names as CslName | string | (CslName | string)[] | undefined) ?? []]
    .flat()
    .map((name) => (typeof name === "string" ? name.replace(", ", "") : displayName(name)));
const year = (item: { issued?: { "date-parts"?: number[][] } }) => item.issued?.["date-parts"]?.[0]?.[0];

/** The fields BibTeX requires of each entry type (Patashnik, BibTeXing, 1988). */
const required: Record<string, string[]> = {
  article: ["author", "title", "journal", "year"],
  techreport: ["author", "title", "institution", "year"],
  misc: [],
};

describe("BibTeX", () => {
  test("a newspaper article: @article with journal, page, the month as a macro and the day apart", () => {
    expect(download(d.news, "bib")).toBe(
      [
        "@article{hu_nan_kong_tie_lian_yun_zai_shao_shan_qi_dong,",
        "  author = {{刘瀚潞} and {欧阳坚}},",
        "  title = {湖南空铁联运在韶山启动},",
        "  journal = {湖南日报},",
        "  pages = {1},",
        "  year = {2021},",
        "  month = apr,",
        "  day = {23},",
        "  date = {2021-04-23},",
        `  url = {${d.urlOf(d.news)}},`,
        "  langid = {chinese},",
        "}",
        "",
      ].join("\n"),
    );
  });

  test("a work report: @techreport with its institution", () => {
    expect(download(d.report, "bib")).toMatch(/^@techreport\{/);
    expect(download(d.report, "bib")).toContain("  institution = {中国人民政治协商会议湖南省委员会},");
  });

  test("a text without an author or date is @misc, which requires nothing", () => {
    expect(download(d.other, "bib")).toMatch(/^@misc\{/);
    expect(download(d.fragment, "bib")).toMatch(/^@misc\{/);
  });

  test("escapes what BibTeX reads as syntax", () => {
    expect(escapeBibtex("50% & #1 {x} a_b ~ ^ \\")).toBe(
      "50\\% \\& \\#1 \\{x\\} a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}",
    );
  });

  test.each(Object.entries(d.documents))(
    "%s: a real BibTeX parser reads it without error, with every required field",
    (_kind, doc) => {
      const { errors, entries } = parseBibtex(download(doc, "bib"));
      expect(errors).toEqual([]);
      expect(entries).toHaveLength(1);
      const [entry] = entries;
      const fields = Object.keys(entry?.fields ?? {});
      for (const field of required[entry?.type ?? ""] ?? ["(unknown type)"]) expect(fields).toContain(field);
      if (doc.date) expect(entry?.fields["month"]).toBe(String(Number(doc.date.slice(5, 7))));
      expect(entry?.fields["title"]).toBe(itemOf(doc).title);
    },
  );
});

describe("RIS", () => {
  test("a newspaper article: NEWS with reporters (AU), the newspaper (T2), page and the full date (DA)", () => {
    expect(download(d.news, "ris")).toBe(
      [
        "TY  - NEWS",
        "ID  - hu-nan-kong-tie-lian-yun-zai-shao-shan-qi-dong",
        "TI  - 湖南空铁联运在韶山启动",
        "AU  - 刘, 瀚潞",
        "AU  - 欧阳, 坚",
        "PY  - 2021",
        "DA  - 2021/04/23/",
        "T2  - 湖南日报",
        "SP  - 1",
        "LA  - zh-CN",
        `UR  - ${d.urlOf(d.news)}`,
        "ER  - ",
        "",
      ].join("\n"),
    );
  });

  test.each(Object.entries(d.documents))("%s: TY first, ER last, one tag per line, a title and a URL", (_kind, doc) => {
    const lines = download(doc, "ris").trimEnd().split("\n");
    expect(lines[0]).toMatch(/^TY {2}- (NEWS|RPRT|ELEC)$/);
    expect(lines.at(-1)).toBe("ER  -");
    expect(lines.every((line) => /^[A-Z][A-Z0-9] {2}- ?/.test(line))).toBe(true);
    expect(lines).toContain(`TI  - ${itemOf(doc).title}`);
    expect(lines).toContain(`UR  - ${d.urlOf(doc)}`);
  });
});

describe("round trips through citation-js", () => {
  test.each(Object.entries(d.documents))("%s: BibTeX → title, authors, year", (_kind, doc) => {
    const item = itemOf(doc);
    const [back] = new Cite(download(doc, "bib")).data as unknown as CslItem[];
    expect(back?.title).toBe(item.title);
    expect(printed(back?.author)).toEqual(printed(item.author));
    expect(year(back ?? {})).toBe(year(item));
  });

  test.each(Object.entries(d.documents))("%s: RIS → title, authors, year", (_kind, doc) => {
    const item = itemOf(doc);
    const [back] = new Cite(download(doc, "ris")).data as unknown as (CslItem & { reporter?: unknown })[];
    expect(back?.title).toBe(item.title);
    // The RIS spec reads a NEWS record's AU as the reporter.
    const names = item.type === "article-newspaper" ? back?.reporter : back?.author;
    expect(printed(names)).toEqual(printed(item.author));
    expect(year(back ?? {})).toBe(year(item));
  });

  test.each(Object.entries(d.documents))(
    "%s: CSL-JSON is valid JSON holding the item, without an access date",
    (_kind, doc) => {
      const item = itemOf(doc);
      const parsed = JSON.parse(download(doc, "json")) as CslItem[];
      expect(parsed).toEqual([item]);
      expect(parsed[0]?.accessed).toBeUndefined();
      const [back] = new Cite(parsed).data as unknown as CslItem[];
      expect(back).toMatchObject({ id: item.id, type: item.type, title: item.title, URL: item.URL, language: "zh-CN" });
    },
  );
});
