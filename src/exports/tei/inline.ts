/**
 * The inline content of one TEI block: the reading text with a run-in head as `label`, and each
 * emendation found in place as `choice`/`sic`/`corr` followed by its reason as an editorial note.
 * The converter records what an emendation replaced and with what, not where; the place is where
 * the replacement occurs in the block (the first free occurrence). An emendation that cannot be
 * placed (a deletion, or text no longer there) is kept as a note at the end of the block.
 */
import type { ApparatusEntry, Block } from "../../format/schema.ts";
import { el, type XmlNode } from "../xml.ts";

/** An emendation located in a block's text: `[start, end)` is where its replacement stands. */
interface Placed {
  start: number;
  end: number;
  entry: ApparatusEntry;
}

/** Where each emendation stands; those that cannot be placed (or overlap another) are returned apart. */
function placeEmendations(
  text: string,
  emendations: readonly ApparatusEntry[],
): { placed: Placed[]; unplaced: ApparatusEntry[] } {
  const placed: Placed[] = [];
  const unplaced: ApparatusEntry[] = [];
  for (const entry of emendations) {
    const replacement = entry.replacement ?? "";
    let start = replacement ? text.indexOf(replacement) : -1;
    while (start >= 0 && placed.some((p) => start < p.end && start + replacement.length > p.start)) {
      start = text.indexOf(replacement, start + 1);
    }
    if (start < 0) unplaced.push(entry);
    else placed.push({ start, end: start + replacement.length, entry });
  }
  return { placed: placed.sort((a, b) => a.start - b.start), unplaced };
}

/** An emendation: what the source printed (`sic`), what the edition reads (`corr`), and why. */
function emendationNodes(entry: ApparatusEntry, reading: string): XmlNode[] {
  return [
    el("choice", {}, el("sic", {}, entry.text ?? ""), el("corr", {}, reading)),
    el("note", { type: "editorial", subtype: "emendation" }, entry.detail),
  ];
}

/** The text of `[from, to)` with the emendations that lie wholly inside it marked up. */
function marked(text: string, from: number, to: number, placed: readonly Placed[]): XmlNode[] {
  const out: XmlNode[] = [];
  let at = from;
  for (const p of placed) {
    if (p.start < from || p.end > to) continue;
    if (p.start > at) out.push(text.slice(at, p.start));
    out.push(...emendationNodes(p.entry, text.slice(p.start, p.end)));
    at = p.end;
  }
  if (at < to) out.push(text.slice(at, to));
  return out;
}

/** The inline content of a heading or paragraph; `emendations` are this block's apparatus entries of that kind. */
export function blockContent(block: Block, emendations: readonly ApparatusEntry[]): XmlNode[] {
  const { text } = block;
  const head = block.runIn && text.startsWith(block.runIn) ? block.runIn.length : 0;
  const { placed, unplaced } = placeEmendations(text, emendations);
  // An emendation across the end of the run-in head cannot be nested in either part: note it instead.
  const crossing = placed.filter((p) => p.start < head && p.end > head);
  const inside = placed.filter((p) => !crossing.includes(p));
  const notes = [...crossing.map((p) => p.entry), ...unplaced].map((entry) =>
    el("note", { type: "editorial", subtype: "emendation" }, entry.detail),
  );
  const label = head ? [el("label", { type: "runIn" }, ...marked(text, 0, head, inside))] : [];
  return [...label, ...marked(text, head, text.length, inside), ...notes];
}
