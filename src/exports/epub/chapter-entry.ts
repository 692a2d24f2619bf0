/**
 * A document's chapter, rendered and compressed once for both EPUBs it goes into (its own and
 * the edition's): the export step adds the same document to both in a row, so a one-slot cache
 * keyed by the very objects passed in is enough and holds no memory beyond one chapter.
 */
import type { Block, DocumentFrontmatter } from "../../format/schema.ts";
import type { ExportContext } from "../context.ts";
import { renderChapter } from "./chapter.ts";
import { packEntry, type PackedEntry } from "../zip.ts";

let last:
  { doc: DocumentFrontmatter; blocks: readonly Block[]; context: ExportContext; entry: PackedEntry } | undefined;

/** The compressed chapter of a document. */
export function chapterEntry(doc: DocumentFrontmatter, blocks: readonly Block[], context: ExportContext): PackedEntry {
  if (last?.doc !== doc || last.blocks !== blocks || last.context !== context) {
    last = { doc, blocks, context, entry: packEntry(renderChapter(doc, blocks, context)) };
  }
  return last.entry;
}
