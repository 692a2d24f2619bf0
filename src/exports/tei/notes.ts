/**
 * The apparatus as TEI standoff notes: one `note type="editorial"` per entry, its kind as
 * `subtype`, pointing with `target` at the block it concerns (or the title for the title block),
 * the removed or supplied characters as `orig`, the source line as `n`. Emendations and a supplied
 * title are encoded in place instead (`choice`, `supplied`), so they are not repeated here.
 */
import type { ApparatusEntry, DocumentFrontmatter } from "../../format/schema.ts";
import { el, type XmlElement } from "../xml.ts";

/** True when the entry is encoded in the text itself rather than as a note in `back`. */
export function isInlineEntry(
  entry: ApparatusEntry,
  doc: Pick<DocumentFrontmatter, "title" | "titleSupplied">,
): boolean {
  if (entry.kind === "emendation") return entry.block !== null;
  return entry.kind === "supplied" && entry.block === null && doc.titleSupplied && entry.text === doc.title;
}

/** The notes; `ids` are the ids present in the text (a note never points at a missing id). */
export function apparatusNotes(
  entries: readonly ApparatusEntry[],
  ids: ReadonlySet<string>,
  titleId: string,
): XmlElement[] {
  return entries.map((entry) => {
    const target = entry.block === null ? titleId : ids.has(entry.block) ? entry.block : undefined;
    return el(
      "note",
      { type: "editorial", subtype: entry.kind, target: target && `#${target}`, n: entry.line },
      entry.detail,
      entry.text !== undefined && ["：", el("orig", {}, entry.text)],
      entry.replacement !== undefined && [" → ", el("reg", {}, entry.replacement)],
      entry.line !== undefined && `（源文件第${entry.line}行）`,
    );
  });
}
