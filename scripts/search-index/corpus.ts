/**
 * The documents the exact-search index is built from: the content files, read with the edition's
 * own reader and put in the edition's reading order (the order of document numbers in the index).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readContentFile, type ContentDocument } from "../../src/format/content-file.ts";
import { compareDocuments } from "../../src/lib/documents.ts";

/** Every `*.md` content file of `dir`, parsed, in reading order; errors name the file. */
export function readIndexDocuments(dir: string): ContentDocument[] {
  const files = readdirSync(dir).filter((name) => name.endsWith(".md"));
  const docs = files.map((name) => {
    try {
      return readContentFile(readFileSync(join(dir, name), "utf8"));
    } catch (error) {
      throw new Error(`${join(dir, name)}: ${(error as Error).message}`);
    }
  });
  return docs.sort((a, b) => compareDocuments(a.frontmatter, b.frontmatter));
}

/** A block's text as the index and the excerpts see it (NFC, so positions agree). */
export function indexedText(text: string): string {
  return text.normalize("NFC");
}
