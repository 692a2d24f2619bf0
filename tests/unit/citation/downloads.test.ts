/**
 * BibTeX, RIS and CSL-JSON downloads: exact records, and every download of every kind read back
 * by independent real parsers with the fields checked per type:
 * - BibTeX: @retorquere/bibtex-parser (the parser behind Better BibTeX for Zotero) and
 *   biblatex-csl-converter (Fidus Writer's BibLaTeX importer), plus citation-js;
 * - RIS: astrocite-ris, biblatex-csl-converter's RIS importer and citation-js;
 * - CSL-JSON: citeproc-js renders it to the site's own GB/T reference, and citation-js reads it.
 * (astrocite-bibtex is not among them: its name pattern needs Latin letters, so it drops every
 * Chinese name however it is braced, including `{{习近平}}`, the form both Chinese LaTeX packages
 * need; see docs/citations.md.) `npm run bench:latex` typesets the same files with biber,
 * biblatex-gb7714-2015 and gbt7714.
 */
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { parse as parseAstrociteRis } from "astrocite-ris";
import { BibLatexParser, CSLExporter, parseRIS } from "biblatex-csl-converter";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { describe, expect, test } from "vitest";
import { escapeBibtex } from "../../../src/lib/citation/bibtex.ts";
import { toCslItem, type CslItem } from "../../../src/lib/citation/csl-item.ts";
import { citationDownload } from "../../../src/lib/citation/downloads.ts";
import { formatReference } from "../../../src/lib/citation/format.ts";
import { displayName, type CslName } from "../../../src/lib/citation/names.ts";
import { withAccessDate } from "../../../src/lib/citation/with-access-date.ts";
import { readContentFolder } from "../../../src/format/content-folder.ts";
import type { DocumentFrontmatter } from "../../../src/format/schema.ts";
import * as d from "./fixtures.ts";

const download = (doc: DocumentFrontmatter, format: "bib" | "ris" | "json") =>
  citationDownload(doc, d.urlOf(doc), format);
const itemOf = (doc: DocumentFrontmatter): CslItem => toCslItem(doc, { url: d.urlOf(doc) });
/** Names as printed, whichever shape a parser returns ({family, given}, {literal}, {name}, "刘, 瀚潞"). */
const printed = (names: unknown): string[] =>
  [(names as unknown[] | undefined) ?? []].flat().map((name) => {
    if (typeof name === "string") return name.replace(/, ?/, "");
    const n = name as CslName & { name?: string; lastName?: string; firstName?: string };
    return n.name ?? (n.lastName !== undefined ? `${n.lastName}${n.firstName ?? ""}` : displayName(n));
  });
/** A CSL date as the parts a parser gives, numbers or strings. */
const parts = (date: unknown) =>
  ((date as { "date-parts"?: (string | number)[][] } | undefined)?.["date-parts"]?.[0] ?? []).map(Number);

/** The edition's own texts and one test document of each kind. */
const everyText: [string, DocumentFrontmatter][] = [
  ...Object.entries(d.documents),
  ...readContentFolder("content/texts").map((doc): [string, DocumentFrontmatter] => [
    doc.frontmatter.slug,
    doc.frontmatter,
  ]),
];

/** The BibTeX entry type and GB/T 7714 code each CSL type is written as. */
const bibtexTypes: Record<CslItem["type"], string> = {
  "article-newspaper": "article",
  report: "techreport",
  webpage: "online",
};
const risTypes: Record<CslItem["type"], string> = { "article-newspaper": "NEWS", report: "RPRT", webpage: "ELEC" };

describe("BibTeX", () => {
  test("a newspaper article: @article, entrysubtype newspaper, the page as number (版次), date without day", () => {
    expect(download(d.news, "bib")).toBe(
      [
        "@article{hu_nan_kong_tie_lian_yun_zai_shao_shan_qi_dong,",
        "  author = {{刘瀚潞} and {欧阳坚}},",
        "  title = {湖南空铁联运在韶山启动},",
        "  journal = {湖南日报},",
        "  entrysubtype = {newspaper},",
        "  number = {1},",
        "  date = {2021-04-23},",
        `  url = {${d.urlOf(d.news)}},`,
        "  langid = {chinese},",
        "}",
        "",
      ].join("\n"),
    );
  });

  test("a speech its newspaper printed: the unprinted issue date marked ?, said so in addendum; its day and place in note", () => {
    expect(download(d.speechInNewspaper, "bib")).toBe(
      [
        "@article{gong_tong_gou_jian_ren_yu_zi_ran_sheng_ming_gong_tong_ti_bao,",
        "  author = {{习近平}},",
        "  title = {共同构建人与自然生命共同体: 在“领导人气候峰会”上的讲话},",
        "  journal = {湖南日报},",
        "  entrysubtype = {newspaper},",
        "  date = {2021-04-23?},",
        `  url = {${d.urlOf(d.speechInNewspaper)}},`,
        "  langid = {chinese},",
        "  note = {出版日期系推定，原件未印：版面未印出版日期，编者据本版内容考定。讲话日期：2021年4月22日；讲话地点：北京。},",
        "  addendum = {出版日期系推定，原件未印},",
        "}",
        "",
      ].join("\n"),
    );
  });

  test("a work report: @techreport with its institution; any other text @online; no access date in the file", () => {
    expect(download(d.report, "bib")).toMatch(/^@techreport\{/);
    expect(download(d.report, "bib")).toContain("  institution = {中国人民政治协商会议湖南省委员会},");
    expect(download(d.resolution, "bib")).toMatch(/^@online\{/);
    for (const [, doc] of everyText)
      expect(download(doc, "bib")).not.toMatch(/urldate|\bday = |\byear = |month = |eventdate|venue|\btype = /);
  });

  test("escapes what BibTeX reads as syntax", () => {
    expect(escapeBibtex("50% & #1 {x} a_b ~ ^ \\")).toBe(
      "50\\% \\& \\#1 \\{x\\} a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}",
    );
  });

  test.each(everyText)("%s: @retorquere/bibtex-parser reads the fields of its type", (_name, doc) => {
    const item = itemOf(doc);
    const { errors, entries } = parseBibtex(download(doc, "bib"));
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const entry = entries[0];
    const fields = entry?.fields ?? {};
    expect(entry?.type).toBe(bibtexTypes[item.type]);
    expect(fields["title"]).toBe(item.title);
    expect(printed(fields["author"])).toEqual(printed(item.author));
    expect(fields["date"]).toBe(doc.date ? `${doc.date}${doc.dateInferred ? "?" : ""}` : undefined);
    // The day of the speech or meeting is told apart from the date, in the note (biblatex keeps
    // eventdate for proceedings).
    if (doc.eventDate) expect(String(fields["note"])).toMatch(/(讲话|通过|报告|会议|事件)日期：/);
    expect(fields).not.toHaveProperty("eventdate");
    expect(fields["addendum"] !== undefined).toBe(doc.dateInferred || (doc.date === null && !!doc.notBefore));
    if (item.type === "article-newspaper") {
      expect(fields).toMatchObject({ journal: doc.source.publication, entrysubtype: "newspaper" });
      expect(fields["number"]).toBe(doc.source.page);
    }
    if (item.type === "report") expect(fields["institution"]).toEqual([doc.issuer]);
    if (item.type === "webpage") expect(fields["url"]).toBe(d.urlOf(doc));
  });

  test.each(everyText)("%s: biblatex-csl-converter reads the type, date, names and container", (_name, doc) => {
    const item = itemOf(doc);
    const parsed = new BibLatexParser(download(doc, "bib"), { processUnexpected: true, processUnknown: true }).parse();
    expect(parsed.errors).toEqual([]);
    const [back] = Object.values(new CSLExporter(parsed.entries).parse()) as Record<string, unknown>[];
    expect(back).toMatchObject({ type: item.type, title: item.title, URL: item.URL });
    expect(printed(back?.["author"])).toEqual(printed(item.author));
    expect(parts(back?.["issued"])).toEqual(parts(item.issued));
    // biblatex's `?` (uncertain) comes back as CSL's circa.
    expect(Boolean((back?.["issued"] as { circa?: boolean } | undefined)?.circa)).toBe(Boolean(item.issued?.circa));
    if (item.type === "article-newspaper") expect(back?.["container-title"]).toBe(doc.source.publication);
    // Its CSL export leaves a report's institution out; its own record keeps it.
    const [entry] = Object.values(parsed.entries) as { fields: Record<string, { text: string }[][]> }[];
    if (item.type === "report") expect(entry?.fields["institution"]?.[0]?.[0]?.text).toBe(doc.issuer);
  });

  test.each(everyText)("%s: citation-js reads title, authors and year", (_name, doc) => {
    const item = itemOf(doc);
    const [back] = new Cite(download(doc, "bib")).data as unknown as CslItem[];
    expect(back?.title).toBe(item.title);
    expect(printed(back?.author)).toEqual(printed(item.author));
    expect(parts(back?.issued)[0]).toBe(parts(item.issued)[0]);
  });
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

  test("a speech: no CY (which RIS reads as the newspaper's place); its day and place and the date's caveat in N1", () => {
    const lines = download(d.speechInNewspaper, "ris").split("\n");
    expect(lines.some((line) => line.startsWith("CY  -"))).toBe(false);
    expect(lines).toContain("N1  - 讲话日期：2021年4月22日；讲话地点：北京。");
    expect(lines).toContain("N1  - 出版日期系推定，原件未印：版面未印出版日期，编者据本版内容考定。");
  });

  test("an issuing body: a trailing comma and two spaces, so no parser splits or drops it", () => {
    expect(download(d.resolution, "ris")).toContain("AU  - 中国共产党湖南省第十二届委员会,  \n");
  });

  test.each(everyText)("%s: TY first, ER last, one tag per line, a title and a URL", (_name, doc) => {
    const lines = download(doc, "ris").trimEnd().split("\n");
    expect(lines[0]).toBe(`TY  - ${risTypes[itemOf(doc).type]}`);
    expect(lines.at(-1)).toBe("ER  -");
    expect(lines.every((line) => /^[A-Z][A-Z0-9] {2}- ?/.test(line))).toBe(true);
    expect(lines).toContain(`TI  - ${itemOf(doc).title}`);
    expect(lines).toContain(`UR  - ${d.urlOf(doc)}`);
  });

  test.each(everyText)(
    "%s: astrocite-ris reads the type, names (bodies too), date, container and publisher",
    (_name, doc) => {
      const item = itemOf(doc);
      const [back] = parseAstrociteRis(download(doc, "ris")) as Record<string, unknown>[];
      expect(back).toMatchObject({ type: item.type, title: item.title, URL: item.URL });
      expect(printed(back?.["author"])).toEqual(printed(item.author));
      expect(parts(back?.["issued"])).toEqual(parts(item.issued));
      expect(back?.["container-title"]).toBe(item["container-title"]);
      expect(back?.["publisher"]).toBe(item.publisher);
      expect(back?.["publisher-place"]).toBeUndefined();
    },
  );

  test.each(everyText)("%s: biblatex-csl-converter reads the type, names, year and the first note", (_name, doc) => {
    const item = itemOf(doc);
    const parsed = parseRIS(download(doc, "ris"));
    expect(parsed.errors).toEqual([]);
    const [back] = Object.values(new CSLExporter(parsed.entries).parse()) as Record<string, unknown>[];
    expect(back).toMatchObject({ type: item.type, title: item.title, URL: item.URL });
    expect(printed(back?.["author"])).toEqual(printed(item.author));
    // It reads the year (PY) and ignores the full date (DA) when both are there.
    expect(parts(back?.["issued"])[0]).toBe(parts(item.issued)[0]);
    expect(back?.["note"]).toBe(item.note?.split("\n")[0]);
    expect(back?.["publisher"]).toBe(item.publisher);
  });

  test.each(everyText)("%s: citation-js reads title, authors and year", (_name, doc) => {
    const item = itemOf(doc);
    const [back] = new Cite(download(doc, "ris")).data as unknown as (CslItem & { reporter?: unknown })[];
    expect(back?.title).toBe(item.title);
    // The RIS spec reads a NEWS record's AU as the reporter.
    const names = item.type === "article-newspaper" ? back?.reporter : back?.author;
    expect(printed(names)).toEqual(printed(item.author));
    expect(parts(back?.issued)[0]).toBe(parts(item.issued)[0]);
  });
});

describe("CSL-JSON", () => {
  test.each(everyText)(
    "%s: the item itself, without an access date; citeproc renders the site's GB/T reference",
    (_name, doc) => {
      const item = itemOf(doc);
      const parsed = JSON.parse(download(doc, "json")) as CslItem[];
      expect(parsed).toEqual([item]);
      expect(parsed[0]?.accessed).toBeUndefined();
      const dated = {
        ...(parsed[0] as CslItem),
        id: `${item.id}-download`,
        accessed: { "date-parts": [[2026, 11, 23]] },
      };
      const site = formatReference(toCslItem(doc, { url: d.urlOf(doc), accessed: d.accessed }), "gb7714", "text");
      expect(formatReference(dated, "gb7714", "text")).toBe(site);
    },
  );

  test.each(everyText)("%s: citation-js reads it", (_name, doc) => {
    const item = itemOf(doc);
    const [back] = new Cite(JSON.parse(download(doc, "json"))).data as unknown as CslItem[];
    expect(back).toMatchObject({ id: item.id, type: item.type, title: item.title, URL: item.URL, language: "zh-CN" });
  });
});

describe("the download the page gives a reader", () => {
  const copy = (doc: DocumentFrontmatter) => ({
    accessed: "2026-11-23",
    published: d.urlOf(doc),
    address: `http://127.0.0.1:4321/texts/${doc.slug}/`,
  });
  test.each(everyText)("%s: the file with the reader's date and address equals the edition's own", (_name, doc) => {
    for (const format of ["bib", "ris", "json"] as const) {
      const { accessed, address } = copy(doc);
      expect(withAccessDate(format, download(doc, format), copy(doc))).toBe(
        citationDownload(doc, address, format, accessed),
      );
    }
  });

  test("parsers read the access date: biblatex's urldate, RIS Y2, CSL accessed", () => {
    const doc = d.news;
    const bib = withAccessDate("bib", download(doc, "bib"), copy(doc));
    expect(parseBibtex(bib).entries[0]?.fields["urldate"]).toBe("2026-11-23");
    const ris = withAccessDate("ris", download(doc, "ris"), copy(doc));
    expect(parts((parseAstrociteRis(ris)[0] as Record<string, unknown>)["accessed"])).toEqual([2026, 11, 23]);
    const json = JSON.parse(withAccessDate("json", download(doc, "json"), copy(doc))) as CslItem[];
    expect(json[0]?.accessed).toEqual({ "date-parts": [[2026, 11, 23]] });
    expect(json[0]?.URL).toBe(copy(doc).address);
  });
});
