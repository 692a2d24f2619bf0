/**
 * Recognise the structure of a document body: `一、` parts, `（一）` sections, `1.` items and
 * unnumbered subheads. A numbered head printed on a line of its own is a heading; a head the body
 * runs on from (`1.提高政治站位。推动…` on one printed line, or a full column line followed by more
 * text) stays inside its paragraph, as printed: one paragraph block with the structural id and the
 * head marked as its run-in head. `一是…二是…` stays prose.
 */
import { chineseNumeral } from "./numerals.ts";
import type { Note, Unit } from "./types.ts";
import { headingJoined } from "./notes.ts";
import { joinedWith } from "./display-units.ts";

/** A block before ids are assigned. */
export interface DraftBlock {
  type: "heading" | "paragraph";
  /** Structural kind of a heading and its number (parts and sections carry Chinese numerals). */
  heading?: { kind: "part" | "section" | "item" | "subhead"; n: number };
  level?: number;
  text: string;
  /** A paragraph's run-in head (its first sentence, numbered), which `text` begins with. */
  runIn?: string;
  notes: Note[];
  lines: number[];
}

const partPattern = /^([一二三四五六七八九十]+)、/u;
const sectionPattern = /^（([一二三四五六七八九十]+)）/u;
const itemPattern = /^(\d{1,2})[.．](?!\d)/u;

function numbering(text: string): DraftBlock["heading"] | undefined {
  const part = partPattern.exec(text);
  if (part?.[1] && !Number.isNaN(chineseNumeral(part[1]))) return { kind: "part", n: chineseNumeral(part[1]) };
  const section = sectionPattern.exec(text);
  if (section?.[1] && !Number.isNaN(chineseNumeral(section[1])))
    return { kind: "section", n: chineseNumeral(section[1]) };
  const item = itemPattern.exec(text);
  if (item?.[1]) return { kind: "item", n: Number(item[1]) };
  return undefined;
}

/**
 * Longest numbered first sentence, in characters, that is a head rather than prose. The heads of
 * the sources are 9–31 characters (004's items 9–20, 002's sections 14–31, parts up to 57 over two
 * lines); a numbered paragraph whose first sentence is longer is numbered prose.
 */
const headMax = { part: 60, section: 60, item: 40, subhead: 0 } as const;

function fromParagraph(unit: Unit): DraftBlock {
  const lines = unit.lines.map((l) => l.n);
  const heading = numbering(unit.text);
  const paragraph: DraftBlock = { type: "paragraph", text: unit.text, notes: unit.notes, lines };
  if (!heading) return paragraph;
  const end = unit.text.indexOf("。");
  if (end < 0 || end + 1 > headMax[heading.kind]) return paragraph;
  const head = unit.text.slice(0, end + 1);
  if (head === unit.text) return { type: "heading", heading, text: head, notes: unit.notes, lines };
  return { ...paragraph, heading, runIn: head };
}

function fromDisplay(unit: Unit): DraftBlock {
  const lines = unit.lines.map((l) => l.n);
  const notes = [...unit.notes];
  if (unit.lines.length > 1) notes.push(headingJoined(lines, joinedWith(unit)));
  return { type: "heading", heading: numbering(unit.text) ?? { kind: "subhead", n: 0 }, text: unit.text, notes, lines };
}

/** Turn body units into draft blocks with heading levels (2 = part, deeper levels below it). */
export function recogniseStructure(body: readonly Unit[]): DraftBlock[] {
  const blocks = body.map((unit) => (unit.type === "paragraph" ? fromParagraph(unit) : fromDisplay(unit)));
  const has = (kind: string) => blocks.some((b) => b.heading?.kind === kind);
  const partLevel = 2;
  const sectionLevel = has("part") ? 3 : 2;
  const itemLevel = has("part") || has("section") ? sectionLevel + (has("section") ? 1 : 0) : 2;
  const levels = { part: partLevel, section: sectionLevel, item: itemLevel, subhead: has("part") ? 3 : 2 };
  return blocks.map((block) =>
    block.type === "heading" ? { ...block, level: levels[block.heading?.kind ?? "subhead"] } : block,
  );
}
