/** Small hand-made documents and their exact-search index in a temporary folder, for the engine tests. */
import { join } from "node:path";
import type { ContentDocument } from "../../../src/format/content-file.ts";
import type { Block, DocumentKind } from "../../../src/format/schema.ts";
import { SearchIndex } from "../../../src/search/engine.ts";
import { folderReader } from "../../../scripts/search-index/node-reader.ts";
import { writeSearchIndex, type IndexOptions } from "../../../scripts/search-index/write-index.ts";
import { tempDir } from "../temp-dir.ts";

/** A document with the given blocks (ids p1…, or s1… for texts starting with 一、). */
export function doc(
  slug: string,
  kind: DocumentKind,
  date: string | null,
  texts: string[],
  file = "a.txt",
): ContentDocument {
  let p = 0;
  let s = 0;
  const blocks = texts.map((text): Block =>
    /^[一二三四五六七八九十]+、/.test(text)
      ? { id: `s${++s}`, type: "heading", level: 2, text }
      : { id: `p${++p}`, type: "paragraph", text },
  );
  return {
    frontmatter: {
      slug,
      title: `${slug} 标题`,
      titleSupplied: false,
      kind,
      date,
      dateInferred: false,
      byline: [],
      source: { file, sha256: "0".repeat(64), lines: [1, 2], encoding: "utf-8" },
      order: 0,
      aliases: {},
      apparatus: [],
      blockLines: {},
    },
    blocks,
  };
}

/** Write the index of `docs` (in the given order) to a new temporary folder and open it. */
export async function openFixtureIndex(
  docs: ContentDocument[],
  options: IndexOptions = {},
  onRead?: (path: string) => void,
): Promise<{ index: SearchIndex; dir: string }> {
  const dir = join(tempDir("xiangwen-search-"), "search-index");
  writeSearchIndex(docs, dir, options);
  return { index: await SearchIndex.open(folderReader(dir, onRead)), dir };
}

/** `slug#id` of every hit of a query, in ranked order. */
export async function hitKeys(index: SearchIndex, query: string, filters = {}): Promise<string[]> {
  const result = await index.search(query, filters);
  return (await result.page(0, result.hits.length)).map((hit) => `${hit.slug}#${hit.block}`);
}
