/**
 * The five real sources, converted as a careful reader segments them: the document list, nothing
 * lost, deterministic output, content/ up to date, and the same segmentation without sidecars.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convertSource } from "../../../scripts/lib/convert-source.ts";
import { convertCorpus, diffCorpus } from "../../../scripts/lib/corpus.ts";
import { parseDocumentFile, readPreviousContent } from "../../../scripts/lib/previous-content.ts";
import { readContentFile } from "../../../src/format/content-file.ts";
import { unaccountedCharacters } from "../../../scripts/lib/nothing-lost.ts";

const root = join(import.meta.dirname, "../../..");
const sourcesDir = join(root, "sources");
const previous = readPreviousContent(join(root, "content/texts"));
const corpus = convertCorpus({ sourcesDir, useSidecars: true, previous });
const documents = [...corpus].map(([name, file]) => {
  const { frontmatter, blocks } = parseDocumentFile(name, file);
  return { fm: frontmatter, blocks };
});
const bySource = (file: string) =>
  documents.filter((d) => d.fm.source.file === file).sort((a, b) => a.fm.order - b.fm.order);
const summary = (file: string) =>
  bySource(file).map(({ fm, blocks }) => [
    fm.kind,
    fm.title,
    fm.date,
    blocks.filter((b) => b.type === "paragraph").length,
    blocks.filter((b) => b.type === "heading").length,
  ]);

describe("the five sources give the documents a careful reader sees", () => {
  it("000: a Hunan Daily page — speech, feature, three news items, three fragments", () => {
    expect(summary("000_ea349d759deb6524.txt")).toEqual([
      ["speech", "共同构建人与自然生命共同体", "2021-04-23", 19, 0],
      ["feature", "三湘书香韵更浓", "2021-04-23", 22, 3],
      ["news", "保障“快递小哥”合法权益", "2021-04-23", 3, 0],
      ["news", "湖南“空铁联运”在韶山启动", "2021-04-23", 5, 0],
      ["news", "比学赶超 争先进位 推动“三高四新”战略落地生根", "2021-04-23", 4, 0],
      ["fragment", "紧接1版①：要发扬“认真”“到底”精神", "2021-04-23", 2, 0],
      ["fragment", "上接1版③：许达哲强调，要开展好党史学习教育", "2021-04-23", 6, 0],
      ["fragment", "上接1版②：许达哲强调，要聚焦建设现代化新湖南", "2021-04-23", 3, 0],
    ]);
    const [speech, feature, expressNews, airRail] = bySource("000_ea349d759deb6524.txt");
    // The issue date is the editors' (sidecar), with its evidence; the speech was delivered the day before.
    expect(speech?.fm).toMatchObject({
      subtitle: "——在“领导人气候峰会”上的讲话",
      place: "北京",
      dateInferred: true,
      eventDate: "2021-04-22",
      byline: [{ name: "习近平", role: "中华人民共和国主席" }],
    });
    expect(speech?.fm.dateNote).toContain("世界读书日");
    expect(speech?.fm.eventDateNote).toBeUndefined();
    const evidence = speech?.fm.apparatus.find((entry) => entry.block === null && entry.kind === "supplied");
    expect(evidence?.detail).toContain("编者考定出版日期为2021年4月23日");
    // News leads: the event of 4月21日 under a dispatch of 4月22日, and 今天 (the dispatch's day).
    expect([expressNews?.fm.eventDate, airRail?.fm.eventDate]).toEqual(["2021-04-21", "2021-04-22"]);
    expect(feature?.fm.subtitle).toBe("——湖南全民阅读活动综述");
    expect(feature?.blocks.filter((b) => b.type === "heading").map((b) => b.text)).toEqual([
      "“书香湖南”品牌引领 三湘阅读风头渐盛",
      "“文化粮仓”服务群众 基层读者共沐书香",
      "数字阅读塑造风尚 一屏万卷一触即达",
    ]);
  });
  it("001: one resolution of the sixth plenary session", () => {
    expect(summary("001_0f24566a65a87a3f.txt")).toEqual([
      ["resolution", "中国共产党湖南省第十二届委员会第六次全体会议决议", "2024-04-29", 7, 0],
    ]);
    expect(bySource("001_0f24566a65a87a3f.txt")[0]?.fm).toMatchObject({
      place: "长沙",
      issuer: "中国共产党湖南省第十二届委员会",
    });
  });
  it("002: the CPPCC work report with parts and sections, and one fragment", () => {
    expect(summary("002_5a66071c439eaf9c.txt")).toEqual([
      ["report", "中国人民政治协商会议湖南省委员会常务委员会工作报告", "2021-01-24", 32, 3],
      ["fragment", "上接1版：县乡两级党委要从人选质量、班子合力…", null, 17, 2],
    ]);
    const [report] = bySource("002_5a66071c439eaf9c.txt");
    expect(report?.fm.byline).toEqual([{ name: "李微微" }]);
    expect(report?.blocks.filter((b) => b.type === "heading" && b.level === 2).map((b) => b.id)).toEqual([
      "s1",
      "s2",
      "s3",
    ]);
    // The twelve （一）… sections are printed run-in: each stays one paragraph with its section id.
    const sections = report?.blocks.filter((b) => b.runIn) ?? [];
    expect(sections.map((b) => b.id)).toEqual([
      "s1-1",
      "s1-2",
      "s1-3",
      "s1-4",
      "s2-1",
      "s2-2",
      "s2-3",
      "s2-4",
      "s2-5",
      "s3-1",
      "s3-2",
      "s3-3",
    ]);
    for (const section of sections) expect(section.text.startsWith(section.runIn ?? "-")).toBe(true);
  });
  it("003: three news articles of 2022-06-14 with trailing ■ bylines, in an issue of unknown date", () => {
    expect(summary("003_9954a45cdba6c14f.txt").map((row) => [row[0], row[2], row[4]])).toEqual([
      ["news", null, 0],
      ["news", null, 2],
      ["news", null, 0],
    ]);
    // The dispatches of 6月14日 say only that the page appeared on that day or later.
    for (const { fm } of bySource("003_9954a45cdba6c14f.txt")) {
      expect(fm).toMatchObject({ notBefore: "2022-06-14", eventDate: "2022-06-14", dateInferred: false });
      expect(fm.dateNote).toContain("出版日期待核");
      expect(fm.eventDateNote).toContain("2022年");
    }
    expect(bySource("003_9954a45cdba6c14f.txt").map((d) => d.fm.byline.map((p) => p.name).join(" "))).toEqual([
      "邓晶琨",
      "孙敏坚 黄晗",
      "王智芳 廖为",
    ]);
  });
  it("004: the Xiangtan resolution with a supplied title, four parts and 24 items", () => {
    const [doc] = bySource("004_533e1e65b1aadefe.txt");
    expect(doc?.fm).toMatchObject({
      kind: "resolution",
      titleSupplied: true,
      date: "2018-06-08",
      issuer: "中国共产党湘潭市第十二届委员会",
    });
    const items = doc?.blocks.filter((b) => /^i\d+$/.test(b.id)) ?? [];
    expect(items).toHaveLength(24);
    expect(items.every((b) => b.type === "paragraph" && b.runIn && b.text.length > b.runIn.length)).toBe(true);
    expect(items[0]?.runIn).toBe("1.提高政治站位。");
    expect(doc?.blocks.filter((b) => /^s\d+$/.test(b.id))).toHaveLength(4);
  });
  it("15 documents with unique slugs of at most 64 lowercase ASCII characters", () => {
    expect(documents).toHaveLength(15);
    const slugs = documents.map((d) => d.fm.slug);
    expect(new Set(slugs).size).toBe(15);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9-]{1,64}$/);
  });
});

describe("nothing lost", () => {
  it.each([
    "000_ea349d759deb6524.txt",
    "001_0f24566a65a87a3f.txt",
    "002_5a66071c439eaf9c.txt",
    "003_9954a45cdba6c14f.txt",
    "004_533e1e65b1aadefe.txt",
  ])("%s: every character is in the text or accounted for in the apparatus", (file) => {
    const bytes = readFileSync(join(sourcesDir, file));
    const documents = convertSource(file, bytes, null).documents;
    const lost = unaccountedCharacters(
      new TextDecoder().decode(bytes),
      documents.map((d) => ({ blocks: d.blocks, apparatus: d.frontmatter.apparatus })),
    );
    expect(lost).toEqual({ missing: [], extra: [] });
  });
});

describe("reproducible output", () => {
  it("is byte-identical when run twice", () => {
    const again = convertCorpus({ sourcesDir, useSidecars: true, previous });
    expect([...again.entries()]).toEqual([...corpus.entries()]);
  });
  it("matches the committed content/ (what --check verifies)", () => {
    expect(diffCorpus(join(root, "content/texts"), corpus)).toEqual([]);
  });
  it("segments every source the same without sidecars", () => {
    const bare = convertCorpus({ sourcesDir, useSidecars: false });
    const shape = (files: Map<string, string>) =>
      [...files.values()].map((f) => readContentFile(f).frontmatter.title).sort();
    expect(shape(bare)).toEqual(shape(corpus));
  });
});
