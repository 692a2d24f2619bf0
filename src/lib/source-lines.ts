/**
 * The raw source lines a document came from, for the source view: the source file decoded as the
 * converter decoded it, split into lines as the converter counted them, checked against the
 * checksum the document records (a changed source file is said so, not silently shown).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
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

/**
 * The last source file read, decoded: one file gives several documents, and the reading order puts
 * them next to each other (same date, then same file), so one entry saves re-reading without
 * holding every source of a large edition in memory.
 */
let lastRead: { key: string; sha256: string; lines: string[] } | undefined;

/** A source file's SHA-256 and decoded lines. */
function readSource(path: string, file: string): { sha256: string; lines: string[] } {
  // Keyed by modification time too: the dev server keeps this module while sources are edited.
  const key = `${path} ${statSync(path).mtimeMs}`;
  if (lastRead?.key !== key) {
    const bytes = readFileSync(path);
    lastRead = {
      key,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      lines: splitLines(decodeSource(file, bytes).text),
    };
  }
  return lastRead;
}

/** True when `path` lies below the folder `root` (both absolute). */
const isInside = (root: string, path: string): boolean => {
  const rest = relative(root, path);
  return rest !== "" && rest !== ".." && !rest.startsWith(`..${sep}`) && !isAbsolute(rest);
};

/**
 * The real path of a document's source file, or null when it is gone. A content file is data, so
 * its `source.file` may name anything: a path that leaves the sources folder (`../../secret.txt`,
 * an absolute path) or a link inside it that points outside stops the build instead of being
 * printed in the source view.
 */
function sourcePath(dir: string, file: string): string | null {
  if (!existsSync(dir)) return null;
  const root = realpathSync(dir);
  const outside = () =>
    new Error(`source file “${file}” is outside the sources folder ${root}: the source view reads only inside it`);
  const path = resolve(root, file);
  if (!isInside(root, path)) throw outside();
  if (!existsSync(path)) return null;
  const real = realpathSync(path);
  if (!isInside(root, real)) throw outside();
  return real;
}

/** Lines `first`–`last` of the document's source file, or null when the file is gone. */
export function sourceLinesOf(doc: Pick<DocumentFrontmatter, "source">, dir = sourcesDir()): SourceLines | null {
  const path = sourcePath(dir, doc.source.file);
  if (path === null) return null;
  const { sha256, lines: all } = readSource(path, doc.source.file);
  const matches = sha256 === doc.source.sha256;
  const [first, last] = doc.source.lines;
  return { lines: all.slice(first - 1, last).map((text, k) => ({ n: first + k, text })), matches };
}
