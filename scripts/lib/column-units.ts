/**
 * Units of a PDF column text: one printed line per source line, blank lines between them, first-line
 * indents lost. Lines printed without a blank between them are display units (headlines, title
 * blocks); the other lines are reflowed into paragraphs by their width in em.
 */
import { emWidth, sentenceEndPattern } from "./chars.ts";
import { couldBeHeading, endsOpen, isSubtitleLine, obviousDisplayRole, rolesInTightRun } from "./display-role.ts";
import { displayUnits } from "./display-units.ts";
import { bylineRanges, isLetterSpaced, normaliseSpaces } from "./spaces.ts";
import type { DisplayRole, Note, SourceLine, Unit } from "./types.ts";

type Item =
  | { kind: "tight"; lines: SourceLine[] }
  | { kind: "single"; line: SourceLine; width: number; role?: DisplayRole }
  | { kind: "marker"; line: SourceLine };

/** Normalise the spaces inside one printed line; letter-spaced lines lose all their gaps. */
function despaceLine(line: SourceLine): SourceLine {
  const { text, removed } = normaliseSpaces(line.text, isLetterSpaced(line.text));
  const notes = [...line.notes];
  if (removed > 0) notes.push({ kind: "space", detail: `${removed} spaces removed`, line: line.n });
  return { ...line, text, notes };
}

/** Group lines into runs printed without blank lines between them. */
function toItems(lines: ReadonlyArray<SourceLine | null>): { items: Item[]; tightRuns: number; runs: number } {
  const items: Item[] = [];
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
  return { items, tightRuns, runs };
}

/** Median width of the full-looking single lines around position i: the column width there. */
function columnWidthAt(items: readonly Item[], i: number): number {
  const widths: number[] = [];
  for (let j = Math.max(0, i - 12); j < Math.min(items.length, i + 13); j++) {
    const item = items[j];
    if (item?.kind === "single" && item.width >= 8) widths.push(item.width);
  }
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)] ?? 20;
}

/**
 * Decide which single lines are display lines rather than paragraph text: first from the line
 * alone (dateline, byline, subtitle, a short line ending open), then an open line printed right
 * before a display unit (a kicker above its headline). The second pass does not cascade.
 */
function assignSingleRoles(items: Item[]): void {
  const singles = items
    .map((item, i) => ({ item, i }))
    .filter(
      (x): x is { item: Extract<Item, { kind: "single" }>; i: number } =>
        x.item.kind === "single" && !x.item.line.forceBody,
    );
  for (const { item, i } of singles) {
    const text = item.line.text;
    const width = columnWidthAt(items, i);
    const obvious = obviousDisplayRole(text, item.line.bylineMark ?? false);
    if (obvious) item.role = obvious;
    else if (isSubtitleLine(text, width)) item.role = "subtitle";
    else if (couldBeHeading(text) && item.width < width - 3.5) item.role = "heading";
  }
  const displayAfter = singles.map(({ i }) => {
    const next = items[i + 1];
    return next?.kind === "tight" || (next?.kind === "single" && next.role !== undefined);
  });
  singles.forEach(({ item }, k) => {
    if (!item.role && displayAfter[k] && couldBeHeading(item.line.text)) item.role = "heading";
  });
}

/** Join the lines of one paragraph and record what reflow did. */
function paragraphUnit(lines: SourceLine[]): Unit {
  const joined = lines.map((l) => l.text).join("");
  const { text, removed } = normaliseSpaces(joined, true, bylineRanges(joined));
  const notes = lines.flatMap((l) => l.notes);
  const first = lines[0]?.n ?? 0;
  const last = lines.at(-1)?.n ?? first;
  if (lines.length > 1) {
    notes.push({
      kind: "reflow",
      detail: `${lines.length} printed lines (source lines ${first}–${last}) joined`,
      line: first,
    });
  }
  if (removed > 0) notes.push({ kind: "space", detail: `${removed} justification spaces removed`, line: first });
  return { type: "paragraph", lines, text, notes };
}

/** Turn column text into paragraphs and display units. */
export function columnUnits(lines: ReadonlyArray<SourceLine | null>): Unit[] {
  const { items, tightRuns, runs } = toItems(lines);
  // When most printed lines stand alone, consecutive lines are display blocks; otherwise the
  // source has no blank lines between printed lines and width alone decides.
  const spaced = runs > 0 && tightRuns / runs < 0.3;
  const flat: Item[] = spaced
    ? items
    : items.flatMap((it): Item[] =>
        it.kind === "tight" ? it.lines.map((line) => ({ kind: "single", line, width: emWidth(line.text) })) : [it],
      );
  assignSingleRoles(flat);

  const units: Unit[] = [];
  let paragraph: SourceLine[] = [];
  const endParagraph = () => {
    if (paragraph.length) units.push(paragraphUnit(paragraph));
    paragraph = [];
  };
  flat.forEach((item, i) => {
    if (item.kind === "marker") {
      endParagraph();
      units.push({
        type: "display",
        role: "marker",
        lines: [item.line],
        text: "",
        notes: item.line.notes,
        continuation: item.line.continuation ?? "",
      });
      return;
    }
    if (item.kind === "tight") {
      endParagraph();
      units.push(...displayUnits(item.lines, rolesInTightRun(item.lines.map((l) => l.text))));
      return;
    }
    if (item.role) {
      endParagraph();
      units.push(...displayUnits([item.line], [item.role]));
      return;
    }
    const first = paragraph.length === 0;
    paragraph.push(item.line);
    const width = columnWidthAt(flat, i);
    const next = flat[i + 1];
    const nextIsBody = next?.kind === "single" && next.role === undefined;
    // What follows a continuation mark is narrowed by the mark, so its width says nothing.
    const short = !item.line.forceBody && item.width < (first ? width - 3.5 : width - 1.75);
    // A full line ending a sentence ends the paragraph only when the next line looks indented
    // (about two em short) and is not itself a paragraph's last line.
    const afterNext = flat[i + 2];
    const nextRunsOn =
      endsOpen(next?.kind === "single" ? next.line.text : "。") ||
      (afterNext?.kind === "single" && afterNext.role === undefined);
    const nextLooksIndented = nextIsBody && next.width <= width - 1.25 && next.width >= width - 3.5 && nextRunsOn;
    if (!nextIsBody || short || (sentenceEndPattern.test(item.line.text) && nextLooksIndented)) endParagraph();
  });
  endParagraph();
  return units;
}
