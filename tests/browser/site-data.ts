/** Expectations read from the built site's own data exports, not hard-coded sample text. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { CorpusExport, TextExport } from "../../src/format/export-schema.ts";
import { distDir } from "./harness.ts";

/** `dist/data/corpus.json`. */
export function readCorpus(): CorpusExport {
  return JSON.parse(readFileSync(join(distDir, "data", "corpus.json"), "utf8")) as CorpusExport;
}

/** Every `dist/data/texts/<slug>.json`, unvalidated (the export test validates them). */
export function readTextExports(): { file: string; data: TextExport }[] {
  const dir = join(distDir, "data", "texts");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((file) => ({ file, data: JSON.parse(readFileSync(join(dir, file), "utf8")) as TextExport }));
}

/** What a test needs of the text it picks. */
export interface TextNeeds {
  /** At least this many paragraphs. */
  paragraphs?: number;
  headings?: boolean;
  /** These block ids must exist (e.g. p3 and p4 for a highlight test). */
  ids?: string[];
  /** A date as stated, not inferred. */
  statedDate?: boolean;
}

/** The first text (by file name) that has what a test needs, from the built exports. */
export function pickText(needs: TextNeeds = {}): TextExport {
  const found = readTextExports()
    .map((t) => t.data)
    .find(
      (t) =>
        t.blocks.filter((b) => b.type === "paragraph").length >= (needs.paragraphs ?? 1) &&
        (!needs.headings || t.blocks.some((b) => b.type === "heading")) &&
        (needs.ids ?? []).every((id) => t.blocks.some((b) => b.id === id)) &&
        (!needs.statedDate || (t.date !== null && !t.dateInferred)),
    );
  if (!found) throw new Error(`no text with ${JSON.stringify(needs)} in dist/data/texts`);
  return found;
}

/** Site-relative path of a document page. */
export function textPagePath(slug: string): string {
  return `texts/${slug}/`;
}
