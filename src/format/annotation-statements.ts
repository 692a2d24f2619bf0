/**
 * The statements of an annotation's prose and what each rests on. The editors' definitions and
 * notes are read sentence by sentence: a sentence that dates something (a year, a month and day),
 * and every sentence of a note about a person (offices, tenures, affiliations), is a statement a
 * reader must be able to check. Each such statement is backed by a source — one whose `for` quotes
 * words of that sentence, or one without `for`, which backs the whole entry — or is marked 待核
 * (unverified) with the editors' reason, shown on the page where it stands. Pure, no dependencies
 * beyond the types: the schema (annotations.ts), the pages and the EPUB use it.
 */

/** A sentence of prose and where it starts. */
export interface Statement {
  text: string;
  start: number;
}

/** Split prose into sentences at 。；？！ (the mark stays with its sentence). */
export function statements(prose: string): Statement[] {
  const out: Statement[] = [];
  let start = 0;
  for (const match of prose.matchAll(/[。；？！]/g)) {
    const end = (match.index ?? 0) + 1;
    if (prose.slice(start, end).trim()) out.push({ text: prose.slice(start, end), start });
    start = end;
  }
  if (prose.slice(start).trim()) out.push({ text: prose.slice(start), start });
  return out;
}

/**
 * A year 1800–2099 written as one (2018年, 2016—2018, （2017）) — not a number that only looks like
 * one (2000万元, 12306, “中国制造2025”) — a year in Chinese numerals, a month and day, or 年代.
 */
const datePattern =
  /(?<!\d)(?:1[89]|20)\d{2}(?=年|[—–\-－~～至]\d|[）)])|[（(](?:1[89]|20)\d{2}(?!\d)|[〇零一二三四五六七八九]{4}年|\d{1,2}月\d{1,2}日|年代/;

/** True when the sentence dates something. */
export function isDated(text: string): boolean {
  return datePattern.test(text);
}

/** The years (four Arabic digits, 1800–2099) a text names, in order of appearance. */
export function yearsIn(text: string): string[] {
  return [...text.matchAll(/(?<!\d)((?:1[89]|20)\d{2})(?!\d)/g)].map((m) => m[1] ?? "");
}

/** What backs statements: sources (with or without `for`) and statements marked 待核. */
export interface Backing {
  sources: ReadonlyArray<{ for?: string | undefined }>;
  unverified: ReadonlyArray<{ text: string }>;
}

/** True when the sentence has a source, or is marked 待核 (the marked words lie in it, or it in them). */
export function isBacked(sentence: string, backing: Backing): boolean {
  return (
    backing.sources.some((s) => s.for === undefined || sentence.includes(s.for)) ||
    backing.unverified.some((u) => sentence.includes(u.text) || u.text.includes(sentence.replace(/[。；？！]$/, "")))
  );
}

/** The statements of `prose` that must be backed (`every`: all of them, as in a note about a person). */
export function unbackedStatements(prose: string, backing: Backing, every = false): Statement[] {
  return statements(prose).filter((s) => (every || isDated(s.text)) && !isBacked(s.text, backing));
}

/** The label a reader sees beside a statement the editors could not source. */
export const unverifiedLabel = "待核";

/** A piece of prose as the reader sees it: plain, or marked 待核 (`unverified`: its place in the entry's list). */
export interface ProsePiece {
  text: string;
  unverified?: number;
}

/** Cut prose into plain pieces and the pieces marked 待核 (each marked text at its first occurrence). */
export function proseWithUnverified(prose: string, unverified: ReadonlyArray<{ text: string }>): ProsePiece[] {
  const marks = unverified
    .map((u, index) => ({ text: u.text, index, start: prose.indexOf(u.text) }))
    .filter((u) => u.start >= 0)
    .sort((a, b) => a.start - b.start);
  const pieces: ProsePiece[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue; // overlapping marks: the first one shows
    if (mark.start > at) pieces.push({ text: prose.slice(at, mark.start) });
    pieces.push({ text: mark.text, unverified: mark.index });
    at = mark.start + mark.text.length;
  }
  if (at < prose.length) pieces.push({ text: prose.slice(at) });
  return pieces;
}

/** Prose as plain text, each statement marked 待核 followed by `〔待核〕` (meta descriptions, the EPUB). */
export function proseAsText(prose: string, unverified: ReadonlyArray<{ text: string }>): string {
  return proseWithUnverified(prose, unverified)
    .map((piece) => (piece.unverified === undefined ? piece.text : `${piece.text}〔${unverifiedLabel}〕`))
    .join("");
}
