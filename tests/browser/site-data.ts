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

/** A text with at least `n` paragraphs and, when asked, headings (for anchor and ToC tests). */
export function pickText(options: { paragraphs?: number; headings?: boolean } = {}): TextExport {
  const found = readTextExports()
    .map((t) => t.data)
    .find(
      (t) =>
        t.blocks.filter((b) => b.type === "paragraph").length >= (options.paragraphs ?? 1) &&
        (!options.headings || t.blocks.some((b) => b.type === "heading")),
    );
  if (!found) throw new Error(`no text with ${JSON.stringify(options)} in dist/data/texts`);
  return found;
}

/** Site-relative path of a document page. */
export function textPagePath(slug: string): string {
  return `texts/${slug}/`;
}
