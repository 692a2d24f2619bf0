/**
 * A synthetic document with every feature the exports must encode — supplied title, kicker,
 * subtitle, dateline, byline, inferred date, headings at two levels, a run-in head, an
 * emendation, a removed artefact, an alias, and `& < >` in the text — validated by the real
 * schema, plus helpers to parse what the renderers write.
 */
import { DOMParser, type Document } from "@xmldom/xmldom";
import { unzipSync } from "fflate";
import { documentSchema, type Block, type DocumentFrontmatter } from "../../../src/format/schema.ts";
import { glossaryEntry, type GlossaryEntry } from "../../../src/format/annotations.ts";
import { exportContext } from "../../../src/exports/context.ts";

/** A site under a base path, for URL assertions. */
export const context = exportContext("https://edition.example.org", "/xiangwen/", "2024-05-06");

/** The blocks of the sample, as the content file's reader would give them. */
export const sampleBlocks: Block[] = [
  { id: "p1", type: "paragraph", text: "会议指出，R&D投入<持续>增长。" },
  { id: "s1", type: "heading", level: 2, text: "一、总体要求" },
  { id: "i1", type: "paragraph", text: "1.提高政治站位。推动取得了新进展。", runIn: "1.提高政治站位。" },
  { id: "s1-1", type: "heading", level: 3, text: "（一）基本原则" },
  { id: "p2", type: "paragraph", text: "坚持绿色发展，A > B & C。" },
];

/** The sample's frontmatter (parsed by the document schema, as the build reads it). */
export const sampleDoc: DocumentFrontmatter = documentSchema.parse({
  slug: "2021-sample-resolution",
  title: "某县第二次全体会议决议",
  titleSupplied: true,
  kicker: "引题 <测试>",
  subtitle: "——副题",
  kind: "resolution",
  date: "2021-04-22",
  dateInferred: true,
  dateNote: "年份据同一来源推定",
  eventDate: "2021-04-21",
  dateline: "（2021年4月22日，长沙）",
  place: "长沙",
  issuer: "中共某县委员会",
  byline: [{ name: "张三", role: "记者" }],
  source: {
    file: "000_sample.txt",
    sha256: "a".repeat(64),
    lines: [10, 42],
    encoding: "gb18030",
    publication: "湖南日报",
    page: "2",
  },
  order: 0,
  aliases: { p3: "p2" },
  apparatus: [
    { block: null, kind: "supplied", detail: "原文无标题，编者拟", text: "某县第二次全体会议决议" },
    { block: "p1", kind: "artefact", detail: "删去版面杂项", text: "扫码看视频", line: 12 },
    { block: "p1", kind: "reflow", detail: "接排 3 行", line: 11 },
    { block: "p2", kind: "break", detail: "在序号前分段", line: 20 },
    {
      block: "i1",
      kind: "emendation",
      detail: "“取得新进展” → “取得了新进展”: 原文脱“了”字",
      text: "取得新进展",
      replacement: "取得了新进展",
    },
  ],
});

/** Parse XML strictly: any well-formedness error or warning throws. */
export function parseXml(text: string): Document {
  const fail = (level: string, message: string): never => {
    throw new Error(`${level}: ${message}`);
  };
  return new DOMParser({ onError: fail }).parseFromString(text, "application/xml");
}

/** The entries of a zip (an EPUB) by path, as text. */
export function unzipText(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([path, data]) => [path, Buffer.from(data).toString("utf8")]));
}

/** The value of `attribute` on every element named `name` (any namespace), in document order. */
export function attributeValues(doc: Document, name: string, attribute: string): string[] {
  return Array.from(doc.getElementsByTagName(name)).map((el) => el.getAttribute(attribute) ?? "");
}

/** A small glossary in the annotation file's shape (with `& <` in a definition), for the appendix. */
export const sampleGlossary: GlossaryEntry[] = [
  { id: "san-gao-si-xin", term: "三高四新", definition: "湖南的发展战略 & 目标", english: "Three Highlands" },
  { id: "liang-ge-wei-hu", term: "两个维护", definition: "<释义>" },
].map((entry) => glossaryEntry.parse({ ...entry, category: "政治术语" }));
