/**
 * Units of a text with one paragraph per line (Word or web copy): Markdown headings and bylines
 * are display units; a paragraph that stops mid-sentence at a blank line was broken by a page and
 * is joined to the next one, dropping a character the page break printed twice.
 */
import { closingPunctPattern, emWidth } from "./chars.ts";
import {
  couldBeHeading,
  isSubtitleLine,
  newsDatelinePattern,
  numberedHeadingPattern,
  obviousDisplayRole,
} from "./display-role.ts";
import { isLetterSpaced, normaliseSpaces } from "./spaces.ts";
import { supplyBreaks } from "./supplied-breaks.ts";
import type { Note, SourceLine, Unit } from "./types.ts";
import { doubledCharacter, pageBreakJoined, spacesRemoved } from "./notes.ts";

/** Lines shorter than this (in em) that end open are titles or headings, not paragraphs. */
const headingMaxWidth = 40;

function lineUnit(line: SourceLine, previous: Unit | undefined): Unit {
  const { text, removed } = normaliseSpaces(line.text.trim(), isLetterSpaced(line.text));
  const notes = [...line.notes];
  if (removed > 0) notes.push(spacesRemoved(removed, line.n));
  const base = { lines: [{ ...line, text }], text, notes };
  if (line.continuation && !text) return { ...base, type: "display", role: "marker", continuation: line.continuation };
  if (line.markdownLevel) return { ...base, type: "display", role: "heading", markdownLevel: line.markdownLevel };
  const obvious = obviousDisplayRole(text, line.bylineMark ?? false);
  if (obvious) return { ...base, type: "display", role: obvious };
  if (isSubtitleLine(text, headingMaxWidth)) return { ...base, type: "display", role: "subtitle" };
  if (numberedHeadingPattern.test(text) && couldBeHeading(text) && emWidth(text) < 2 * headingMaxWidth) {
    return { ...base, type: "display", role: "heading" };
  }
  const atStart = previous === undefined || previous.type === "display";
  if (atStart && couldBeHeading(text) && emWidth(text) < headingMaxWidth && !line.forceBody) {
    return { ...base, type: "display", role: "heading" };
  }
  return { ...base, type: "paragraph" };
}

/**
 * Join paragraph `b` onto `a`, which a page break cut mid-sentence. If the last character of `a`
 * is printed again at the start of `b` and that doubled pair occurs nowhere else in the source,
 * it is the printer's repeat (`各级各部门` / `门要`), kept once and recorded.
 */
function joinBroken(a: Unit, b: Unit, source: string): Unit {
  const last = a.text.slice(-1);
  const doubled = last + last;
  const notes: Note[] = [...a.notes, ...b.notes];
  let rest = b.text;
  const firstLine = b.lines[0]?.n;
  if (/\p{Script=Han}/u.test(last) && rest.startsWith(last) && !source.includes(doubled)) {
    rest = rest.slice(1);
    notes.push(doubledCharacter(last, firstLine));
  }
  notes.push(pageBreakJoined(a.lines.at(-1)?.n ?? "?", firstLine ?? "?"));
  return { type: "paragraph", lines: [...a.lines, ...b.lines], text: a.text + rest, notes };
}

/** True when a paragraph unit reads like a headline: one short line that could be a heading. */
function isHeadlineAbove(unit: Unit): boolean {
  return (
    unit.type === "paragraph" &&
    unit.lines.length === 1 &&
    couldBeHeading(unit.text) &&
    emWidth(unit.text) < headingMaxWidth
  );
}

/** Turn a one-paragraph-per-line text into paragraphs and display units. */
export function longLineUnits(lines: ReadonlyArray<SourceLine | null>, source: string): Unit[] {
  const units: Unit[] = [];
  let carried: Note[] = [];
  for (const line of lines.flatMap((l) => (l === null ? [] : supplyBreaks(l)))) {
    if (!line.text.trim() && !line.continuation) {
      carried.push(...line.notes); // an artefact-only line: its notes go with the next unit
      continue;
    }
    const unit = lineUnit({ ...line, notes: [...carried, ...line.notes] }, units.at(-1));
    carried = [];
    const previous = units.at(-1);
    if (previous && unit.type === "paragraph" && newsDatelinePattern.test(unit.text) && isHeadlineAbove(previous)) {
      // A short open line right above a news dateline (…4月22日讯) is that article's headline.
      units[units.length - 1] = { ...previous, type: "display", role: "heading" };
      units.push(unit);
    } else if (
      unit.type === "paragraph" &&
      previous?.type === "paragraph" &&
      !closingPunctPattern.test(previous.text) &&
      !line.suppliedBreak
    ) {
      units[units.length - 1] = joinBroken(previous, unit, source);
    } else {
      units.push(unit);
    }
  }
  if (carried.length && units.length) units.at(-1)?.notes.push(...carried);
  return units;
}
