/**
 * Recognise the structure of a document body: `一、` parts, `（一）` sections (stand-alone or
 * run-in at the start of a paragraph), `1.` items with run-in headings, and unnumbered subheads.
 * `一是…二是…` stays prose. A run-in heading is split from its paragraph and recorded.
 */
import { chineseNumeral } from "./numerals.ts";
import type { Note, Unit } from "./types.ts";

/** A block before ids are assigned. */
export interface DraftBlock {
  type: "heading" | "paragraph";
  /** Structural kind of a heading and its number (parts and sections carry Chinese numerals). */
  heading?: { kind: "part" | "section" | "item" | "subhead"; n: number };
  level?: number;
  text: string;
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

/** Longest run-in heading, in characters, for each kind: longer first sentences are prose. */
const runInMax = { part: 60, section: 60, item: 40, subhead: 0 } as const;

function fromParagraph(unit: Unit): DraftBlock[] {
  const lines = unit.lines.map((l) => l.n);
  const heading = numbering(unit.text);
  const paragraph: DraftBlock = { type: "paragraph", text: unit.text, notes: unit.notes, lines };
  if (!heading) return [paragraph];
  const end = unit.text.indexOf("。");
  if (end < 0 || end + 1 > runInMax[heading.kind]) return [paragraph];
  const head = unit.text.slice(0, end + 1);
  const rest = unit.text.slice(end + 1);
  if (!rest) return [{ type: "heading", heading, text: head, notes: unit.notes, lines }];
  return [
    {
      type: "heading",
      heading,
      text: head,
      notes: [{ kind: "heading", detail: "run-in heading split from its paragraph", line: lines[0] ?? 1 }],
      lines: lines.slice(0, 1),
    },
    { ...paragraph, text: rest },
  ];
}

function fromDisplay(unit: Unit): DraftBlock {
  const lines = unit.lines.map((l) => l.n);
  const notes = [...unit.notes];
  if (unit.lines.length > 1)
    notes.push({
      kind: "heading",
      detail: `heading printed over ${unit.lines.length} lines joined`,
      line: lines[0] ?? 1,
    });
  return { type: "heading", heading: numbering(unit.text) ?? { kind: "subhead", n: 0 }, text: unit.text, notes, lines };
}

/** Turn body units into draft blocks with heading levels (2 = part, deeper levels below it). */
export function recogniseStructure(body: readonly Unit[]): DraftBlock[] {
  const blocks = body.flatMap((unit) => (unit.type === "paragraph" ? fromParagraph(unit) : [fromDisplay(unit)]));
  const has = (kind: string) => blocks.some((b) => b.heading?.kind === kind);
  const partLevel = 2;
  const sectionLevel = has("part") ? 3 : 2;
  const itemLevel = has("part") || has("section") ? sectionLevel + (has("section") ? 1 : 0) : 2;
  for (const block of blocks) {
    const kind = block.heading?.kind;
    if (kind === "part") block.level = partLevel;
    else if (kind === "section") block.level = sectionLevel;
    else if (kind === "item") block.level = itemLevel;
    else if (kind === "subhead") block.level = has("part") ? 3 : 2;
  }
  return blocks;
}
