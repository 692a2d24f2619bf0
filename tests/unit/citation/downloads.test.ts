/**
 * BibTeX, RIS and CSL-JSON downloads: exact records for a web page and a newspaper article, and
 * for every kind a round trip through citation-js's own parsers back to title, author and date.
 */
import { Cite } from "@citation-js/core";
import { describe, expect, test } from "vitest";
import { toCslItem, type CslItem } from "../../../src/lib/citation/csl-item.ts";
import { toBibtex, toCslJson, toRis } from "../../../src/lib/citation/format.ts";
import { displayName, type CslName } from "../../../src/lib/citation/names.ts";
import * as d from "./fixtures.ts";

const itemOf = (doc: (typeof d.documents)[keyof typeof d.documents]): CslItem =>
  toCslItem(doc, { url: d.urlOf(doc), accessed: d.accessed });
/** Names as printed, whichever shape a parser returns ({family, given}, {literal}, "刘, 瀚潞", one or a list). */
const printed = (names: unknown): string[] =>
  [(names as CslName | string | (CslName | string)[] | undefined) ?? []]
    .flat()
    .map((name) => (typeof name === "string" ? name.replace(", ", "") : displayName(name)));
const year = (item: { issued?: { "date-parts": number[][] } }) => item.issued?.["date-parts"][0]?.[0];

describe("BibTeX", () => {
  test("a speech: @misc, UTF-8 Chinese, surname, given name", () => {
    expect(toBibtex(itemOf(d.speech))).toBe(
      [
        "@misc{gong_tong_gou_jian_ren_yu_zi_ran_sheng_ming_gong_tong_ti,",
        "\tnote = {[Online; accessed 2026-11-23]},",
        "\tauthor = {习, 近平},",
        "\tyear = {2021},",
        "\tmonth = {apr 22},",
        "\ttitle = {共同构建人与自然生命共同体: 在“领导人气候峰会”上的讲话},",
        "\ttype = {讲话},",
        `\turl = {${d.urlOf(d.speech)}},`,
        `\thowpublished = {${d.urlOf(d.speech)}},`,
        "}",
        "",
        "",
      ].join("\n"),
    );
  });

  test("a resolution: the body in double braces so it is never split into names", () => {
    expect(toBibtex(itemOf(d.resolution))).toContain("\tauthor = {{中国共产党湖南省第十二届委员会}},");
  });

  test("a newspaper article: journal and page", () => {
    const bib = toBibtex(itemOf(d.news));
    expect(bib.startsWith("@article{hu_nan_kong_tie_lian_yun_zai_shao_shan_qi_dong,\n")).toBe(true);
    expect(bib).toContain("\tauthor = {刘, 瀚潞 and 欧阳, 坚},\n\tjournal = {湖南日报},");
    expect(bib).toContain("\tpages = {1},");
  });
});

describe("RIS", () => {
  test("a newspaper article: NEWS with reporters (AU) and the full issue date (DA)", () => {
    expect(toRis(itemOf(d.news))).toBe(
      [
        "TY  - NEWS",
        "ID  - hu-nan-kong-tie-lian",
        "LA  - zh-CN",
        "PY  - 2021",
        "SP  - 1",
        "T2  - 湖南日报",
        "TI  - 湖南空铁联运在韶山启动",
        `UR  - ${d.urlOf(d.news)}`,
        "Y2  - 2026/11/23/",
        "AU  - 刘, 瀚潞",
        "AU  - 欧阳, 坚",
        "DA  - 2021/4/23/",
        "ER  - ",
        "",
      ].join("\n"),
    );
  });

  test("a resolution: ELEC, the body as one author, access date", () => {
    expect(toRis(itemOf(d.resolution))).toBe(
      [
        "TY  - ELEC",
        "AU  - 中国共产党湖南省第十二届委员会",
        "DA  - 2024/4/29/",
        "PY  - 2024",
        "ID  - hunan-12-6-resolutio",
        "LA  - zh-CN",
        "M1  - 2026/11/23/",
        "TI  - 中国共产党湖南省第十二届委员会第六次全体会议决议",
        `UR  - ${d.urlOf(d.resolution)}`,
        "ER  - ",
        "",
      ].join("\n"),
    );
  });

  test("long values stay on one line (a URL is never wrapped)", () => {
    const ris = toRis(toCslItem(d.fragment, { url: d.urlOf(d.fragment), accessed: d.accessed, blockId: "p12" }));
    expect(ris).toContain(`UR  - ${d.urlOf(d.fragment)}#p12\n`);
    expect(ris.split("\n").every((line) => line === "" || /^[A-Z][A-Z0-9]  - /.test(line))).toBe(true);
  });
});

describe("round trips through citation-js", () => {
  test.each(Object.entries(d.documents))("%s: BibTeX → title, authors, year", (_kind, doc) => {
    const item = itemOf(doc);
    const [back] = new Cite(toBibtex(item)).data as unknown as CslItem[];
    expect(back?.title).toBe(item.title);
    // A body comes back as a one-part name ({family}); printed, it is the same name.
    expect(printed(back?.author)).toEqual(printed(item.author));
    expect(year(back ?? {})).toBe(year(item));
  });

  test.each(Object.entries(d.documents))("%s: RIS → title, authors, year", (_kind, doc) => {
    const item = itemOf(doc);
    const [back] = new Cite(toRis(item)).data as unknown as (CslItem & { reporter?: unknown })[];
    expect(back?.title).toBe(item.title);
    // The RIS spec reads a NEWS record's AU as the reporter.
    const names = item.type === "article-newspaper" ? back?.reporter : back?.author;
    expect(printed(names)).toEqual(printed(item.author));
    expect(year(back ?? {})).toBe(year(item));
  });

  test.each(Object.entries(d.documents))("%s: CSL-JSON is valid JSON holding the item", (_kind, doc) => {
    const item = itemOf(doc);
    const parsed = JSON.parse(toCslJson(item)) as unknown;
    expect(parsed).toEqual([item]);
    const [back] = new Cite(parsed).data as unknown as CslItem[];
    expect(back).toMatchObject({ id: item.id, type: item.type, title: item.title, URL: item.URL, language: "zh-CN" });
  });
});
