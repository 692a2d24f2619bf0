/**
 * The raw source lines a document came from, for the source view: the source file decoded as the
 * converter decoded it, split into lines as the converter counted them, checked against the
 * checksum the document records (a changed source file is said so, not silently shown).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeSource } from "../../scripts/lib/decode.ts";
import { splitLines } from "../../scripts/lib/clean-lines.ts";
import type { DocumentFrontmatter } from "../format/schema.ts";

/** The lines of a document's source, numbered as in the apparatus. */
export interface SourceLines {
  lines: Array<{ n: number; text: string }>;
  /** False when the file on disk is no longer the one the document was converted from. */
  matches: boolean;
}

/** The source folder the site reads (XIANGWEN_SOURCES_DIR, else `sources/`). */
export const sourcesDir = (): string => process.env["XIANGWEN_SOURCES_DIR"] || "sources";

/** Lines `first`–`last` of the document's source file, or null when the file is gone. */
export function sourceLinesOf(doc: Pick<DocumentFrontmatter, "source">, dir = sourcesDir()): SourceLines | null {
  const path = join(dir, doc.source.file);
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  const matches = createHash("sha256").update(bytes).digest("hex") === doc.source.sha256;
  const all = splitLines(decodeSource(doc.source.file, bytes).text);
  const [first, last] = doc.source.lines;
  return { lines: all.slice(first - 1, last).map((text, k) => ({ n: first + k, text })), matches };
}
