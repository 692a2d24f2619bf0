/**
 * What the converter says in the apparatus, in the reader's language: every kind of editorial
 * intervention as a function that returns its note. One place for the wording, so the page, the
 * TEI and EPUB exports and the tests all show the same sentences.
 */
import { formatDate } from "../../src/lib/labels.ts";
import type { Note } from "./types.ts";

/** Source lines `a–b` (or `a` alone). */
const lineRange = (first: number, last: number) => (first === last ? `源第${first}行` : `源第${first}–${last}行`);

/** Removals of source text that never belongs to the reading text. */
export const removed = {
  wordBookmark: (text: string, line: number): Note => ({ kind: "artefact", detail: "删除 Word 书签", text, line }),
  pageFurniture: (text: string, line: number): Note => ({ kind: "artefact", detail: "删除版面附属文字", text, line }),
  continuationMark: (text: string, reference: string, line: number): Note => ({
    kind: "artefact",
    detail: `删除转版标记；本文接续他版（${reference}）`,
    text,
    line,
  }),
  markdownHeading: (text: string, line: number): Note => ({
    kind: "markup",
    detail: "删除 Markdown 标题符号",
    text,
    line,
  }),
  bylineMark: (line: number): Note => ({ kind: "markup", detail: "删除署名前的■", text: "■", line }),
  pageNumber: (text: string, line: number): Note => ({ kind: "artefact", detail: "删除页码", text, line }),
  runningHead: (text: string, line: number): Note => ({ kind: "artefact", detail: "删除书眉", text, line }),
  contentsLine: (text: string, line: number): Note => ({ kind: "artefact", detail: "删除目录行", text, line }),
  scannerNoise: (text: string, line: number): Note => ({ kind: "artefact", detail: "删除扫描噪点", text, line }),
  truncatedCharacter: (hex: string, line: number): Note => ({
    kind: "artefact",
    detail: `删除文件末尾不完整的 UTF-8 字符（字节 ${hex}）`,
    line,
  }),
};

/** Justification spaces taken out of `count` places on lines `first`–`last`. */
export function spacesRemoved(count: number, first: number, last = first): Note {
  return { kind: "space", detail: `删除排版空格${count}处（${lineRange(first, last)}）`, line: first, count };
}

/** Printed lines of a column joined into one paragraph. */
export function linesJoined(count: number, first: number, last: number): Note {
  return { kind: "reflow", detail: `${lineRange(first, last)}的${count}个印刷行合为一段`, line: first };
}

/** A paragraph broken by a page, joined again. */
export function pageBreakJoined(before: number | string, after: number | string): Note {
  return {
    kind: "join",
    detail: `源第${before}行与第${after}行之间被分页断开的段落已接合`,
    ...(typeof after === "number" ? { line: after } : {}),
  };
}

/** A character printed twice across a page break, kept once. */
export function doubledCharacter(character: string, line: number | undefined): Note {
  return {
    kind: "dedupe",
    detail: `跨页处重印的“${character}”字只保留一个`,
    text: character,
    ...(line ? { line } : {}),
  };
}

/** How printed lines were joined into one: `（分2行印刷，合为一行，行间补一空格）`, or nothing for one line. */
function linesJoinedInto(count: number, joiner: string): string {
  if (count < 2) return "";
  return `（分${count}行印刷，合为一行${joiner === " " ? "，行间补一空格" : ""}）`;
}

/** A heading printed over several lines, joined (with a space between the lines when `joiner` is one). */
export function headingJoined(lines: readonly number[], joiner: string): Note {
  const first = lines[0] ?? 1;
  const space = joiner === " " ? "，行间补一空格" : "";
  return {
    kind: "heading",
    detail: `${lineRange(first, lines.at(-1) ?? first)}分${lines.length}行印刷的标题合为一行${space}`,
    line: first,
  };
}

/** The parts of a title block, by their names in the apparatus. */
export type TitlePart = "kicker" | "title" | "subtitle" | "dateline" | "byline";

const partNames: Record<TitlePart, string> = {
  kicker: "引题",
  title: "标题",
  subtitle: "副题",
  dateline: "日期行",
  byline: "署名",
};

/**
 * Source lines moved out of the running text into one part of the title block: every line cited,
 * and, where several printed lines became one, how they were joined. `text` is the part as the
 * title block holds it.
 */
export function movedToTitleBlock(part: TitlePart, text: string, lines: readonly number[], joiner = ""): Note {
  const first = lines[0] ?? 1;
  const last = lines.at(-1) ?? first;
  return {
    kind: "metadata",
    detail: `${lineRange(first, last)}的${partNames[part]}移入题录${linesJoinedInto(lines.length, joiner)}`,
    text,
    line: first,
  };
}

/** A title the source does not print, supplied by the edition. */
export function titleSupplied(text: string, reason?: string): Note {
  return { kind: "supplied", detail: reason ? `标题由编者拟定：${reason}` : "原文无标题，标题为编者所拟", text };
}

/** A correction from the sidecar. */
export function emendation(from: string, to: string, reason: string): Note {
  return { kind: "emendation", detail: `“${from}”改为“${to}”：${reason}`, text: from, replacement: to };
}

/** A reading the editors doubt, kept as printed, with their note (存疑). */
export function queried(at: string, note: string): Note {
  return { kind: "query", detail: `存疑：“${at}”照录原文。${note}`, text: at };
}

/** A paragraph break supplied at a named cue. */
export function breakSupplied(cue: string, line: number): Note {
  return { kind: "break", detail: `编者在此分段：${cue}`, line };
}

/** How an inferred date was found (the document's `dateNote`), or why a newspaper text has none. */
export const dateNotes = {
  fullDate: (printed: string) => `年份据同一来源中的完整日期“${printed}”推定`,
  commonestYear: (year: number) => `年份据来源中最常出现的“${year}年”推定`,
  /** A newspaper text whose page prints no issue date; its latest dispatch gives the earliest day. */
  issueUnknown: (notBefore?: string, yearNote?: string) =>
    notBefore
      ? `报纸出版日期版面未印；据同版电头，不早于${formatDate(notBefore)}出版${yearNote ? `（${yearNote}）` : ""}`
      : "报纸出版日期版面未印",
};

/** The editors' evidence for a newspaper page's issue date (sidecar `dateEvidence`), which the page does not print. */
export function issueDateEvidence(evidence: string, date: string | undefined): Note {
  return {
    kind: "supplied",
    detail: date ? `编者考定出版日期为${formatDate(date)}：${evidence}` : `出版日期：${evidence}`,
  };
}
