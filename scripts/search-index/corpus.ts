/**
 * The documents the exact-search index is built from: the content folder, read with the edition's
 * own reader and put in the edition's reading order (the order of document numbers in the index).
 */
import { existsSync } from "node:fs";
import type { ContentDocument } from "../../src/format/content-file.ts";
import { readContentFolder } from "../../src/format/content-folder.ts";
import { compareDocuments } from "../../src/lib/documents.ts";

/** Every content file of `dir`, parsed, in reading order; errors name the file, a missing folder is one. */
export function readIndexDocuments(dir: string): ContentDocument[] {
  if (!existsSync(dir)) throw new Error(`${dir}: no such content folder`);
  return readContentFolder(dir).sort((a, b) => compareDocuments(a.frontmatter, b.frontmatter));
}

/** A block's text as the index and the excerpts see it (NFC, so positions agree). */
export function indexedText(text: string): string {
  return text.normalize("NFC");
}
