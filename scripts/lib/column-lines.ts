/**
 * The printed lines of a PDF column text as the reflow sees them: runs of lines printed without a
 * blank line between them ("tight" runs: headline blocks), single lines with their width in em,
 * continuation markers, and the local column width W around each line.
 */
import { emWidth } from "./chars.ts";
import { isLetterSpaced, normaliseSpaces } from "./spaces.ts";
import type { DisplayRole, Note, SourceLine } from "./types.ts";
import { spacesRemoved } from "./notes.ts";

/** A unit of printed lines before reflow. */
export type ColumnItem =
  | { kind: "tight"; lines: SourceLine[] }
  | { kind: "single"; line: SourceLine; width: number; role?: DisplayRole }
  | { kind: "marker"; line: SourceLine };

/**
 * Lines on either side that vote for the local column width W. Several columns of different
 * widths share a newspaper page (000: 17, 20 and 22 em columns); a window of 12 lines each way
 * (about one printed column paragraph-run) follows a change of column within a few lines.
 */
export const columnWidthWindow = 12;
/** Lines narrower than this (em) never vote for W: they are paragraph ends, headings or bylines. */
export const columnWidthMinVoter = 8;
/** W where no line votes (a text of only short lines). The commonest column of the sources. */
export const defaultColumnWidth = 20;

/** Normalise the spaces inside one printed line; letter-spaced lines lose all their gaps. */
function despaceLine(line: SourceLine): SourceLine {
  const { text, removed } = normaliseSpaces(line.text, isLetterSpaced(line.text));
  const notes = [...line.notes];
  if (removed > 0) notes.push(spacesRemoved(removed, line.n));
  return { ...line, text, notes };
}

/** Group lines into runs printed without blank lines between them. */
export function columnItems(lines: ReadonlyArray<SourceLine | null>): {
  items: ColumnItem[];
  tightRuns: number;
  runs: number;
} {
  const items: ColumnItem[] = [];
  let run: SourceLine[] = [];
  let runs = 0;
  let tightRuns = 0;
  let carried: Note[] = [];
  const flush = () => {
    if (run.length === 0) return;
    runs += 1;
    if (run.length > 1) tightRuns += 1;
    if (run.length > 1) items.push({ kind: "tight", lines: run });
    else for (const line of run) items.push({ kind: "single", line, width: emWidth(line.text) });
    run = [];
  };
  for (const raw of lines) {
    if (raw === null) {
      flush();
      continue;
    }
    const line = despaceLine({ ...raw, notes: [...carried, ...raw.notes] });
    carried = [];
    if (line.continuation) {
      flush();
      items.push({ kind: "marker", line: { ...line, text: "" } });
      if (line.text.trim()) run.push({ n: line.n, text: line.text.trim(), notes: [], forceBody: true });
      continue;
    }
    if (line.text.trim() === "") {
      carried = line.notes; // an artefact-only line: its notes go with the next unit
      continue;
    }
    run.push({ ...line, text: line.text.trim() });
  }
  flush();
  return { items: withTrailingNotes(items, carried), tightRuns, runs };
}

/** The items with the notes of artefact-only lines after the last text given to the last line. */
function withTrailingNotes(items: ColumnItem[], notes: readonly Note[]): ColumnItem[] {
  const last = items.at(-1);
  if (!last || notes.length === 0) return items;
  const addNotes = (line: SourceLine): SourceLine => ({ ...line, notes: [...line.notes, ...notes] });
  const updated: ColumnItem =
    last.kind === "tight"
      ? { ...last, lines: [...last.lines.slice(0, -1), addNotes(last.lines.at(-1) as SourceLine)] }
      : { ...last, line: addNotes(last.line) };
  return [...items.slice(0, -1), updated];
}

/** Median width of the full-looking single lines around position i: the column width W there. */
export function columnWidthAt(items: readonly ColumnItem[], i: number): number {
  const widths: number[] = [];
  for (let j = Math.max(0, i - columnWidthWindow); j < Math.min(items.length, i + columnWidthWindow + 1); j++) {
    const item = items[j];
    if (item?.kind === "single" && item.width >= columnWidthMinVoter) widths.push(item.width);
  }
  // A typed array sorts numbers without a comparator call per pair (the converter asks for every line).
  const sorted = Float64Array.from(widths).sort();
  return sorted[Math.floor(sorted.length / 2)] ?? defaultColumnWidth;
}
