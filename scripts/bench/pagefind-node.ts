/**
 * Plain Pagefind run in Node the way a browser runs it: the bundle's pagefind.js, fetching its
 * files relative to itself (file: URLs answered from disk). Every file fetched is metered with its
 * gzip-compressed size, so a fresh instance's first query shows what a first visit downloads.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { allowFileFetch } from "../node-pagefind.ts";
import type { PagefindApi, PagefindFilters } from "../../src/search/pagefind-types.ts";

/** Gzip size of some bytes (already-compressed Pagefind files stay about their size). */
export function gzipSize(bytes: Uint8Array): number {
  return Math.min(bytes.length, gzipSync(bytes, { level: 9 }).length);
}

/** Files fetched while a meter is active: path → gzip bytes. */
let meter: Map<string, number> | null = null;

/** Run `work` with fetches metered; returns its result and the files fetched. */
export async function metered<T>(work: () => Promise<T>): Promise<{ result: T; files: Map<string, number> }> {
  const files = new Map<string, number>();
  meter = files;
  try {
    return { result: await work(), files };
  } finally {
    meter = null;
  }
}

/** Answer `fetch(file:…)` from disk (the CLI's shim), metering what is read. */
const installFileFetch = (): void => allowFileFetch((path, bytes) => meter?.set(path, gzipSize(bytes)));

/** One Pagefind instance with its own caches, as one browser session has. */
export interface PagefindSession extends PagefindApi {
  destroy(): Promise<void>;
}

interface PagefindModule {
  createInstance(options: { basePath: string }): PagefindSession;
}

const modules = new Map<string, Promise<PagefindModule>>();

/** A fresh Pagefind session over the bundle in `dir`; its pagefind.js counts as fetched. */
export async function openPagefind(dir: string): Promise<PagefindSession> {
  installFileFetch();
  const bundle = resolve(dir, "pagefind.js");
  let module = modules.get(bundle);
  if (!module) modules.set(bundle, (module = import(pathToFileURL(bundle).href) as Promise<PagefindModule>));
  meter?.set(bundle, gzipSize(readFileSync(bundle)));
  const session = (await module).createInstance({ basePath: `${pathToFileURL(resolve(dir)).href}/` });
  return session;
}

/** A Pagefind search with filters, results as the browser API gives them. */
export async function pagefindSearch(session: PagefindApi, query: string, filters: PagefindFilters = {}) {
  return (await session.search(query, Object.keys(filters).length ? { filters } : {}))?.results ?? [];
}
