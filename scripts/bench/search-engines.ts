/**
 * One benchmark query through each engine, measured as a browser would meet it: the edition's
 * exact search (a fresh index per query, so its bytes are a first visit's) and plain Pagefind
 * (a fresh instance for the bytes; a warm one for the hits and the time).
 */
import type { ContentDocument } from "../../src/format/content-file.ts";
import { SearchIndex, type ReadIndexFile } from "../../src/search/engine.ts";
import { blockAnchors, blockAt, slugOf } from "../../src/search/map-results.ts";
import type { PagefindApi, PagefindFragment } from "../../src/search/pagefind-types.ts";
import { folderReader } from "../search-index/node-reader.ts";
import { gzipSize, metered, openPagefind, pagefindSearch } from "./pagefind-node.ts";

/** Hits shown on a first results page: ours lists 10 blocks, Pagefind's UI 5 pages. */
export const firstPageHits = 10;
export const firstPagePages = 5;

/** What one query cost and found. */
export interface Run {
  ms: number;
  /** `slug#id` of every block returned. */
  found: string[];
  /** Files fetched (path → gzip bytes). */
  files: Map<string, number>;
}

/** A reader over the index folder that records each file with the bytes a browser would receive. */
export function meteredReader(dir: string, files: Map<string, number>): ReadIndexFile {
  const read = folderReader(dir);
  return async (path) => {
    const bytes = await read(path);
    // The manifest is plain JSON (the server gzips it); every other file is stored gzipped.
    if (bytes) files.set(path, path.endsWith(".json") ? gzipSize(bytes) : bytes.length);
    return bytes;
  };
}

/** Our search, from a cold start: open, search, show the first page. */
export async function runExact(
  dir: string,
  docs: readonly ContentDocument[],
  query: string,
  files = new Map<string, number>(),
): Promise<Run> {
  const started = performance.now();
  const index = await SearchIndex.open(meteredReader(dir, files));
  const result = await index.search(query);
  const page = await result.page(0, firstPageHits);
  const ms = performance.now() - started;
  const found = result.hits.map((hit) => `${docs[hit.doc]?.frontmatter.slug}#${docs[hit.doc]?.blocks[hit.block]?.id}`);
  page.forEach((hit, i) => {
    if (`${hit.slug}#${hit.block}` !== found[i])
      throw new Error(`display of hit ${i} for ${query} disagrees with numbering`);
  });
  return { ms, found, files };
}

/** Blocks plain Pagefind points at in a result: the blocks holding its match locations. */
function locatedBlocks(fragment: PagefindFragment): string[] {
  const blocks = blockAnchors(fragment);
  return fragment.locations.flatMap((location) => {
    const block = blockAt(blocks, location);
    return block ? [`${slugOf(fragment)}#${block.id}`] : [];
  });
}

/** Plain Pagefind on a warm instance: time to the first page, then every located block. */
export async function runPagefind(session: PagefindApi, query: string): Promise<Omit<Run, "files">> {
  const started = performance.now();
  const results = await pagefindSearch(session, query);
  await Promise.all(results.slice(0, firstPagePages).map((result) => result.data()));
  const ms = performance.now() - started;
  const fragments = await Promise.all(results.map((result) => result.data()));
  return { ms, found: [...new Set(fragments.flatMap(locatedBlocks))] };
}

/** Files a fresh Pagefind instance fetches for some queries in a row (first page of each). */
export async function pagefindSessionFiles(dir: string, queries: readonly string[]): Promise<Map<string, number>> {
  const { result: session, files } = await metered(async () => {
    const opened = await openPagefind(dir);
    for (const query of queries) {
      const results = await pagefindSearch(opened, query);
      await Promise.all(results.slice(0, firstPagePages).map((result) => result.data()));
    }
    return opened;
  });
  await session.destroy();
  return files;
}

/** Files a fresh index of ours fetches for some queries in a row (first page of each). */
export async function exactSessionFiles(dir: string, queries: readonly string[]): Promise<Map<string, number>> {
  const files = new Map<string, number>();
  const index = await SearchIndex.open(meteredReader(dir, files));
  for (const query of queries) await (await index.search(query)).page(0, firstPageHits);
  return files;
}
