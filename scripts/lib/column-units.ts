/**
 * Units of a PDF column text: one printed line per source line, blank lines between them, first-line
 * indents lost. Lines printed without a blank between them are display units (headlines, title
 * blocks); the other lines are reflowed into paragraphs by their width in em (column-lines.ts).
 *
 * The numbers below were measured with `npm run bench:columns` on the two column sources (000,
 * 002): d is how many em a line is shorter than the local column width W. Lines inside a paragraph
 * have d in [−2, 1.5] (n = 721, 98% within [−1, 1]); a paragraph's first line, whose two-em
 * indent the extraction lost, has d in [0, 3.5] (n = 102, median 1.5–2); its last line anything.
 */
import { emWidth, sentenceEndPattern } from "./chars.ts";
import { columnItems, columnWidthAt, type ColumnItem } from "./column-lines.ts";
import {
  couldBeHeading,
  endsOpen,
  isSubtitleLine,
  numberedHeadingPattern,
  obviousDisplayRole,
  rolesInTightRun,
} from "./display-role.ts";
import { displayUnits } from "./display-units.ts";
import { bylineRanges, normaliseSpaces } from "./spaces.ts";
import type { SourceLine, Unit } from "./types.ts";
import { linesJoined, spacesRemoved } from "./notes.ts";

/** A line inside a paragraph is at most 1.5 em short: one this short or more is the paragraph's last. */
export const lastLineShortfall = 1.75;
/** A first line is at most 3.5 em short (its indent plus noise): one shorter still also ends its paragraph. */
export const firstLineShortfall = 3.5;
/** A line that could be a heading and is shorter than any first line is a heading, not text. */
export const headingShortfall = firstLineShortfall;
/**
 * After a full line that ends a sentence, the next line starts a paragraph when it is at least
 * this many em short (and at most `indentMax`). Measured (npm run bench:columns): where the text
 * runs on after such a line, the next line is −0.5–0 em short; where a paragraph starts, 0.5–3.5
 * em (its two-em indent, less the noise of compressed punctuation). Continuing lines are 0.5 em
 * short or more in 16% of cases (118 of 721) but paragraphs start in about 70% of these places, so
 * 0.5 is where a break becomes the likelier reading.
 */
export const indentMin = 0.5;
/**
 * The same after a paragraph's own first line, where a break would leave a paragraph of one line
 * (9 of 112 in the column sources): only an unmistakable indent counts, beyond the p99 (1.0 em)
 * of continuing lines.
 */
export const indentMinAfterFirstLine = 1.25;
export const indentMax = firstLineShortfall;
/**
 * Below this share of runs printed without blank lines between them, blank lines separate the
 * printed lines (the column sources: 1.4–4.7%, only headline blocks are tight); above it, the
 * source has no blank lines and width alone decides.
 */
export const maxTightShareOfSpacedText = 0.3;

type Single = Extract<ColumnItem, { kind: "single" }>;

/**
 * Decide which single lines are display lines rather than paragraph text: first from the line
 * alone (dateline, byline, subtitle, a short line ending open), then an open line printed right
 * before a display unit (a kicker above its headline). The second pass does not cascade.
 * Returns the items with their roles; the input is not changed.
 */
function withSingleRoles(items: readonly ColumnItem[]): ColumnItem[] {
  const roled = items.map((item, i): ColumnItem => {
    if (item.kind !== "single" || item.line.forceBody) return item;
    const text = item.line.text;
    const width = columnWidthAt(items, i);
    const role =
      obviousDisplayRole(text, item.line.bylineMark ?? false) ??
      (isSubtitleLine(text, width)
        ? "subtitle"
        : couldBeHeading(text) && item.width < width - headingShortfall
          ? "heading"
          : undefined);
    return role ? { ...item, role } : item;
  });
  return roled.map((item, i) => {
    if (item.kind !== "single" || item.line.forceBody || item.role || !couldBeHeading(item.line.text)) return item;
    const next = roled[i + 1];
    const displayAfter = next?.kind === "tight" || (next?.kind === "single" && next.role !== undefined);
    return displayAfter ? { ...item, role: "heading" } : item;
  });
}

/** Join the lines of one paragraph and record what reflow did. */
function paragraphUnit(lines: SourceLine[]): Unit {
  const joined = lines.map((l) => l.text).join("");
  const { text, removed } = normaliseSpaces(joined, true, bylineRanges(joined));
  const notes = lines.flatMap((l) => l.notes);
  const first = lines[0]?.n ?? 0;
  const last = lines.at(-1)?.n ?? first;
  if (lines.length > 1) notes.push(linesJoined(lines.length, first, last));
  if (removed > 0) notes.push(spacesRemoved(removed, first, last));
  return { type: "paragraph", lines, text, notes };
}

const isBody = (item: ColumnItem | undefined): item is Single => item?.kind === "single" && item.role === undefined;

/**
 * True when the paragraph ends after body line `i` of `flat`: the next item is not body text,
 * the line is clearly short, or it is a full line ending a sentence and the next line opens with
 * an enumerator (一、 （三） 5.) or looks like an indented first line that runs on (rather than a
 * paragraph's own last line).
 */
export function endsParagraphAfter(flat: readonly ColumnItem[], i: number, isFirstLine: boolean): boolean {
  const item = flat[i] as Single;
  const next = flat[i + 1];
  if (!isBody(next)) return true;
  const width = columnWidthAt(flat, i);
  // What follows a continuation mark is narrowed by the mark, so its width says nothing.
  const shortfall = isFirstLine ? firstLineShortfall : lastLineShortfall;
  if (!item.line.forceBody && item.width < width - shortfall) return true;
  if (!sentenceEndPattern.test(item.line.text)) return false;
  if (numberedHeadingPattern.test(next.line.text)) return true;
  const minimum = isFirstLine ? indentMinAfterFirstLine : indentMin;
  return looksIndented(flat, i + 1, width, minimum) && !isOwnLastLine(flat, i + 1, width);
}

/** True when body line `i` is as short as an indented first line (at least `minimum` em short). */
function looksIndented(flat: readonly ColumnItem[], i: number, width: number, minimum = indentMin): boolean {
  const item = flat[i];
  return isBody(item) && item.width <= width - minimum && item.width >= width - indentMax;
}

/**
 * True when body line `i` closes a paragraph itself: it ends with a closing mark and what follows
 * starts a new paragraph. Such a line after a full sentence-ending line is that paragraph's last
 * line, not a paragraph of one line (9 of the 112 paragraphs of the column sources have one line,
 * none of them after a full line).
 */
function isOwnLastLine(flat: readonly ColumnItem[], i: number, width: number): boolean {
  const item = flat[i] as Single;
  if (endsOpen(item.line.text)) return false;
  return !isBody(flat[i + 1]) || looksIndented(flat, i + 1, width);
}

/** Turn column text into paragraphs and display units. */
export function columnUnits(lines: ReadonlyArray<SourceLine | null>): Unit[] {
  const { items, tightRuns, runs } = columnItems(lines);
  const spaced = runs > 0 && tightRuns / runs < maxTightShareOfSpacedText;
  const flat = withSingleRoles(
    spaced
      ? items
      : items.flatMap((it): ColumnItem[] =>
          it.kind === "tight" ? it.lines.map((line) => ({ kind: "single", line, width: emWidth(line.text) })) : [it],
        ),
  );

  const units: Unit[] = [];
  let paragraph: SourceLine[] = [];
  const endParagraph = () => {
    if (paragraph.length) units.push(paragraphUnit(paragraph));
    paragraph = [];
  };
  flat.forEach((item, i) => {
    if (item.kind === "marker") {
      endParagraph();
      const { line } = item;
      units.push({
        type: "display",
        role: "marker",
        lines: [line],
        text: "",
        notes: line.notes,
        continuation: line.continuation ?? "",
      });
    } else if (item.kind === "tight") {
      endParagraph();
      units.push(...displayUnits(item.lines, rolesInTightRun(item.lines.map((l) => l.text))));
    } else if (item.role) {
      endParagraph();
      units.push(...displayUnits([item.line], [item.role]));
    } else {
      const isFirstLine = paragraph.length === 0;
      paragraph.push(item.line);
      if (endsParagraphAfter(flat, i, isFirstLine)) endParagraph();
    }
  });
  endParagraph();
  return units;
}
