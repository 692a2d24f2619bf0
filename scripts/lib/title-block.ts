/**
 * Read the title block of a document from the display units assigned to it: kicker (引题),
 * title, subtitle (副题 or a `——` line), dateline and byline. Each unit moved out of the running
 * text is recorded, with its characters and every source line it was printed on, under the part of
 * the title block it became (a headline's second line that became the 副题 is recorded as one), so
 * that nothing printed is lost and the record says where each line went.
 */
import type { BylineEntry } from "../../src/format/schema.ts";
import { couldBeHeading, numberedHeadingPattern } from "./display-role.ts";
import { parseByline } from "./byline.ts";
import { joinedWith } from "./display-units.ts";
import type { Note, SourceLine, Unit } from "./types.ts";
import { movedToTitleBlock, type TitlePart } from "./notes.ts";

export interface TitleBlock {
  kicker?: string;
  title?: string;
  subtitle?: string;
  dateline?: string;
  byline: BylineEntry[];
  notes: Note[];
}

/** A part of the title block: its printed lines, what joined them, its text. */
interface Piece {
  part: TitlePart;
  lines: readonly SourceLine[];
  joiner: "" | " ";
  text: string;
}

/** A piece made of some lines of a unit, joined with `joiner`. */
const piece = (part: TitlePart, lines: readonly SourceLine[], joiner: "" | " "): Piece => ({
  part,
  lines,
  joiner,
  text: lines.map((l) => l.text).join(joiner),
});

/** A whole unit as one piece, with the unit's own text. */
const wholeUnit = (part: TitlePart, unit: Unit): Piece => ({
  part,
  lines: unit.lines,
  joiner: joinedWith(unit),
  text: unit.text,
});

/**
 * The pieces of the main headline unit: a second printed line is a 副题 unless line one wraps.
 * Under a kicker the headline is the title alone, its lines joined with a space.
 */
function splitHeadline(unit: Unit, hasKicker: boolean): Piece[] {
  const [first, ...rest] = unit.lines;
  if (!first || rest.length === 0) return [wholeUnit("title", unit)];
  if (hasKicker) return [piece("title", unit.lines, " ")];
  if (!couldBeHeading(first.text) || numberedHeadingPattern.test(first.text)) return [wholeUnit("title", unit)];
  return [piece("title", [first], ""), piece("subtitle", rest, " ")];
}

/** The pieces of one head unit, by the part of the title block each becomes. */
function piecesOf(unit: Unit, kicker: Unit | undefined, main: Unit | undefined): Piece[] {
  if (unit.role === "heading") {
    if (unit === kicker) return [wholeUnit("kicker", unit)];
    if (unit === main) return splitHeadline(unit, kicker !== undefined);
    return [wholeUnit("subtitle", unit)]; // a further headline joins the subtitle
  }
  if (unit.role === "subtitle" || unit.role === "dateline" || unit.role === "byline")
    return [wholeUnit(unit.role, unit)];
  return [];
}

/** Build the title block from the head units of a segment. */
export function readTitleBlock(head: readonly Unit[]): TitleBlock {
  const block: TitleBlock = { byline: [], notes: [] };
  const headlines = head.filter((u) => u.role === "heading");
  const kicker = headlines.length >= 2 ? headlines[0] : undefined;
  const main = headlines.at(kicker ? 1 : 0);
  const extra: string[] = [];
  for (const unit of head) {
    block.notes.push(...unit.notes);
    for (const { part, lines, joiner, text } of piecesOf(unit, kicker, main)) {
      if (part === "kicker") block.kicker = text;
      if (part === "title") block.title = text;
      if (part === "subtitle") {
        if (unit.role === "heading" && unit !== main) extra.push(text);
        else block.subtitle = [block.subtitle, text].filter(Boolean).join(" ");
      }
      if (part === "dateline") block.dateline = text;
      if (part === "byline") block.byline.push(...parseByline(text));
      block.notes.push(
        movedToTitleBlock(
          part,
          text,
          lines.map((l) => l.n),
          joiner,
        ),
      );
    }
  }
  if (extra.length) block.subtitle = [block.subtitle, ...extra].filter(Boolean).join(" ");
  return block;
}
