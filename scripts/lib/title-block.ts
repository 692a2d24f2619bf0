/**
 * Read the title block of a document from the display units assigned to it: kicker (引题),
 * title, subtitle (副题 or a `——` line), dateline and byline. Each unit moved out of the running
 * text is recorded, with its characters, so that nothing printed is lost.
 */
import type { BylineEntry } from "../../src/format/schema.ts";
import { couldBeHeading, numberedHeadingPattern } from "./display-role.ts";
import { parseByline } from "./byline.ts";
import type { Note, Unit } from "./types.ts";
import { movedToTitleBlock } from "./notes.ts";

export interface TitleBlock {
  kicker?: string;
  title?: string;
  subtitle?: string;
  dateline?: string;
  byline: BylineEntry[];
  notes: Note[];
}

/** Title and subtitle of a headline unit: a second printed line is a 副题 unless line one wraps. */
function splitHeadline(unit: Unit, hasKicker: boolean): { title: string; subtitle?: string } {
  const lines = unit.lines.map((l) => l.text);
  const [first = "", ...rest] = lines;
  if (rest.length === 0) return { title: first };
  if (hasKicker) return { title: lines.join(" ") };
  if (!couldBeHeading(first) || numberedHeadingPattern.test(first)) return { title: unit.text };
  return { title: first, subtitle: rest.join(" ") };
}

/** Build the title block from the head units of a segment. */
export function readTitleBlock(head: readonly Unit[]): TitleBlock {
  const block: TitleBlock = { byline: [], notes: [] };
  const headlines = head.filter((u) => u.role === "heading");
  const kicker = headlines.length >= 2 ? headlines[0] : undefined;
  const main = headlines.at(kicker ? 1 : 0);
  if (kicker) block.kicker = kicker.text;
  if (main) Object.assign(block, splitHeadline(main, kicker !== undefined));
  const extra = headlines.slice(kicker ? 2 : 1).map((u) => u.text);
  for (const unit of head) {
    if (unit.role === "subtitle") block.subtitle = [block.subtitle, unit.text].filter(Boolean).join(" ");
    if (unit.role === "dateline") block.dateline = unit.text;
    if (unit.role === "byline") block.byline.push(...parseByline(unit.text));
    block.notes.push(...unit.notes);
    const text = unit.lines.map((l) => l.text).join("");
    if (unit.role && unit.role !== "marker") {
      block.notes.push(movedToTitleBlock(unit.role, text, unit.lines[0]?.n ?? 1));
    }
  }
  if (extra.length) block.subtitle = [block.subtitle, ...extra].filter(Boolean).join(" ");
  return block;
}
