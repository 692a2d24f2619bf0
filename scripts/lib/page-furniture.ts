/**
 * Page furniture of a scanned book (OCR): page numbers, running heads, contents pages and noise
 * lines are not reading text. They go to the apparatus as artefacts, and because a removed line is
 * not a blank line, the paragraph it interrupted continues across the page break.
 */
import { emWidth, hanPattern } from "./chars.ts";
import { couldBeHeading, numberedHeadingPattern } from "./display-role.ts";
import type { Note, SourceLine } from "./types.ts";
import { removed } from "./notes.ts";

/** A page number alone on its line: `12`, `- 12 -`, `·12·`, `第12页`, `xii`. */
const pageNumberPattern = /^[-—–·•\s]*(?:第\s*)?(\d{1,4}|[ivxlc]{1,7}|[IVXLC]{1,7})\s*(?:页)?[-—–·•\s]*$/u;
/** A contents line: a title, a dot leader, a page number (`第一章 总则……………1`). */
const contentsLinePattern = /^\S.{0,60}?(?:[.．。·…_\s-]{3,}|…+)\s*\d{1,4}$/u;
/** The heading of a contents page. */
const contentsHeadingPattern = /^(?:目\s*录|目\s*次|contents)$/iu;
/** Running heads are short lines: at most this many em (a book title, a chapter title). */
const runningHeadMaxWidth = 24;
/** A short line printed this often (digits aside), next to a page number, is a running head. */
const runningHeadMinRepeats = 2;
/** How close (in lines) to a page number a running head is printed: above or below it, blank lines between. */
const runningHeadReach = 4;

type Kind = "page number" | "running head" | "contents" | "noise";

/** A line that is text of neither Han nor Latin letters nor digits: scanner noise (`~ ' ,`, `|||`). */
function isNoise(text: string): boolean {
  return !hanPattern.test(text) && !/[\p{L}\d]/u.test(text.replace(/[ivxlc]/giu, ""));
}

/** The furniture kind of each line (undefined for text). */
function classify(lines: ReadonlyArray<SourceLine | null>): Array<Kind | undefined> {
  const texts = lines.map((line) => line?.text.trim() ?? "");
  const kinds: Array<Kind | undefined> = texts.map(() => undefined);
  // Page numbers count only as a sequence: two or more, mostly rising (a lone number may be text).
  const numbers = texts.flatMap((text, i) => {
    const match = pageNumberPattern.exec(text);
    const value = match?.[1] && /\d/.test(match[1]) ? Number(match[1]) : match?.[1] ? romanValue(match[1]) : NaN;
    return match && !Number.isNaN(value) ? [{ i, value }] : [];
  });
  const rising = numbers.filter((n, k) => k > 0 && n.value > (numbers[k - 1]?.value ?? Infinity)).length;
  if (numbers.length >= 2 && rising >= (numbers.length - 1) / 2) for (const { i } of numbers) kinds[i] = "page number";
  // Contents: the lines of a contents page (two or more leader lines), and its heading.
  const contents = texts.map((text) => contentsLinePattern.test(text) && hanPattern.test(text));
  if (contents.filter(Boolean).length >= 2) {
    texts.forEach((text, i) => {
      if (contents[i] || contentsHeadingPattern.test(text)) kinds[i] = "contents";
    });
  }
  // Running heads: short open lines printed more than once (digits aside), each time next to a page
  // number. A dateline or any other line that recurs in running text is not next to page numbers.
  const pages = kinds.flatMap((kind, i) => (kind === "page number" ? [i] : []));
  const nearPage = (i: number) => pages.some((p) => Math.abs(p - i) <= runningHeadReach);
  const key = (text: string) => text.replace(/[\d\s]/gu, "");
  const counts = new Map<string, number>();
  for (const text of texts) if (text) counts.set(key(text), (counts.get(key(text)) ?? 0) + 1);
  texts.forEach((text, i) => {
    if (!text || kinds[i]) return;
    const short = emWidth(text) <= runningHeadMaxWidth && couldBeHeading(text) && !numberedHeadingPattern.test(text);
    const repeated = (counts.get(key(text)) ?? 0) >= runningHeadMinRepeats;
    if (short && hanPattern.test(text) && nearPage(i) && repeated) kinds[i] = "running head";
    else if (isNoise(text)) kinds[i] = "noise";
  });
  return kinds;
}

/** Value of a lowercase or uppercase roman numeral (i–cc), NaN if malformed. */
function romanValue(text: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  const digits = [...text.toLowerCase()].map((ch) => values[ch] ?? NaN);
  return digits.reduce((sum, value, k) => sum + ((digits[k + 1] ?? 0) > value ? -value : value), 0);
}

const notes: Record<Kind, (text: string, line: number) => Note> = {
  "page number": removed.pageNumber,
  "running head": removed.runningHead,
  contents: removed.contentsLine,
  noise: removed.scannerNoise,
};

/** The lines with page furniture emptied into artefact notes (a new array; the input is unchanged). */
export function removePageFurniture(lines: ReadonlyArray<SourceLine | null>): Array<SourceLine | null> {
  const kinds = classify(lines);
  return lines.map((line, i) => {
    const kind = kinds[i];
    if (!line || !kind) return line;
    const note = notes[kind](line.text.trim(), line.n);
    return { ...line, text: "", notes: [...line.notes, note] };
  });
}
