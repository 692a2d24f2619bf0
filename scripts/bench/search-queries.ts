/**
 * The benchmark's query set, drawn from the corpus text with a fixed seed, and its ground truth:
 * a block answers a query when it contains every term — as typed or in OpenCC's simplified form
 * (opencc-js's full t2cn converter, not the index's restricted table), Latin case ignored — as an
 * exact substring. The classes are what readers type: substrings of 1–6 characters, real terms,
 * mixed Chinese/Latin/digits, traditional characters, AND queries and strings that occur nowhere.
 */
import { queryText } from "../../src/search/query.ts";
import * as OpenCC from "opencc-js";
import type { ContentDocument } from "../../src/format/content-file.ts";
import type { Random } from "./seeded-random.ts";

/** A query of the benchmark: its class, the string a reader types, and the terms it means. */
export interface BenchQuery {
  kind: QueryClass;
  text: string;
  terms: string[];
}

/** Query classes, in report order. */
export const queryClasses = ["1 字", "2–3 字", "4–6 字", "术语", "中西文混合", "繁体", "多词（与）", "不存在"] as const;
export type QueryClass = (typeof queryClasses)[number];

/** Terms of the edition that readers look for (those absent from a corpus are left out). */
const realTerms = [
  "三高四新",
  "碳达峰",
  "碳中和",
  "长株潭",
  "快递小哥",
  "绿水青山",
  "生态文明",
  "人与自然",
  "高质量发展",
  "乡村振兴",
  "一带一路",
  "中部地区崛起",
  "产业工人",
  "湖湘工匠",
  "全民阅读",
  "空铁联运",
  "政协委员",
  "党史学习教育",
  "营商环境",
  "共同富裕",
];

/** Mixed strings named in issue 7; the generator adds more found in the corpus. */
const mixedExamples = ["2030年", "G9695", "RCEP", "4×4", "1-5月", "rcep", "cptpp"];

/** Simplified → traditional (Taiwan) for making traditional queries; t → cn for the ground truth. */
const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });

/** The string a reader types for the terms (query.ts, the inverse of its parser). */
export { queryText };

/** Every block's text, lower-cased, in reading order with its key `slug#id`. */
export function corpusBlocks(docs: readonly ContentDocument[]): { key: string; text: string }[] {
  return docs.flatMap((doc) =>
    doc.blocks.map((block) => ({
      key: `${doc.frontmatter.slug}#${block.id}`,
      text: block.text.normalize("NFC").toLowerCase(),
    })),
  );
}

/** Keys of the blocks that contain every term (as typed or simplified), in reading order. */
export function groundTruth(blocks: readonly { key: string; text: string }[], terms: readonly string[]): string[] {
  const variants = terms.map((term) => [
    ...new Set([term, toSimplified(term)].map((v) => v.normalize("NFC").toLowerCase())),
  ]);
  return blocks.filter((b) => variants.every((forms) => forms.some((form) => b.text.includes(form)))).map((b) => b.key);
}

/** A substring of `length` characters of a random block, without whitespace at its ends. */
function substring(blocks: readonly { text: string }[], length: number, random: Random): string {
  for (let tries = 0; ; tries++) {
    if (tries > 10_000) throw new Error(`no substring of ${length} characters without edge spaces`);
    const text = random.pick(blocks).text;
    if (text.length < length) continue;
    const at = random.int(text.length - length + 1);
    const found = text.slice(at, at + length);
    if (found.trim() === found && found !== "") return found;
  }
}

/** The query set: `perClass` queries of each class (fewer where the corpus offers fewer). */
export function benchQueries(docs: readonly ContentDocument[], perClass: number, random: Random): BenchQuery[] {
  const raw = docs.flatMap((doc) => doc.blocks.map((block) => ({ text: block.text.normalize("NFC") })));
  const lower = corpusBlocks(docs);
  const occurs = (term: string): boolean => lower.some((b) => b.text.includes(term.toLowerCase()));
  const queries: BenchQuery[] = [];
  const add = (kind: QueryClass, terms: string[]): void => {
    queries.push({ kind, text: queryText(terms), terms });
  };
  for (let i = 0; i < perClass; i++) add("1 字", [substring(raw, 1, random)]);
  for (let i = 0; i < perClass; i++) add("2–3 字", [substring(raw, 2 + random.int(2), random)]);
  for (let i = 0; i < perClass; i++) add("4–6 字", [substring(raw, 4 + random.int(3), random)]);
  random
    .shuffle(realTerms.filter(occurs))
    .slice(0, perClass)
    .forEach((term) => add("术语", [term]));
  const mixedFound = [
    ...new Set(raw.flatMap((b) => b.text.match(/[0-9A-Za-z][0-9A-Za-z×.%-]*\p{Script=Han}?/gu) ?? [])),
  ];
  const mixed = [...mixedExamples.filter(occurs), ...random.shuffle(mixedFound.filter((m) => /\D/.test(m)))];
  mixed.slice(0, perClass).forEach((term) => add("中西文混合", [term]));
  const traditional = ["碳達峰", "長株潭", "發展"];
  for (let tries = 0; traditional.length < perClass && tries < perClass * 50; tries++) {
    const source = random.next() < 0.3 ? random.pick(realTerms) : substring(raw, 2 + random.int(3), random);
    const converted = toTraditional(source);
    if (converted !== source && !traditional.includes(converted)) traditional.push(converted);
  }
  traditional.slice(0, perClass).forEach((term) => add("繁体", [term]));
  const long = raw.filter((b) => b.text.length >= 12);
  // Mostly two words of one block (they co-occur), some of two random blocks (they may not).
  for (let i = 0; i < perClass; i++) {
    const block = random.next() < 0.75 ? [random.pick(long)] : raw;
    const a = substring(block, 2 + random.int(2), random);
    const b = substring(block, 1 + random.int(3), random);
    if (a.toLowerCase() !== b.toLowerCase()) add("多词（与）", [a, b]);
  }
  const chars = [...new Set(raw.flatMap((b) => [...b.text].filter((ch) => /\p{Script=Han}/u.test(ch))))];
  for (const fixed of ["量子计算机", "量子计算"]) if (!occurs(fixed)) add("不存在", [fixed]);
  while (queries.filter((q) => q.kind === "不存在").length < perClass) {
    const made = Array.from({ length: 2 + random.int(4) }, () => random.pick(chars)).join("");
    if (!occurs(made)) add("不存在", [made]);
  }
  return queries;
}
