/**
 * Load a built site's `pagefind/pagefind.js` in Node. The bundle fetches its index files
 * relative to its own URL; in Node that is a file: URL, which Node's fetch refuses, so file:
 * requests are answered from disk and everything else goes to the real fetch.
 */
import { relatedResultsUpTo, relatedSetting } from "../src/search/related-setting.ts";
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { PagefindApi } from "../src/search/pagefind-types.ts";
import { baseOfTextUrl, sitePaths } from "../src/format/urls.ts";

/** Told of every file the shim reads (the search benchmark counts the bytes a query fetches). */
let onFileRead: ((path: string, bytes: Uint8Array) => void) | undefined;

/** Make `fetch(file:...)` read the file (installed once per process); `onRead` sees each file read. */
export function allowFileFetch(onRead?: (path: string, bytes: Uint8Array) => void): void {
  if (onRead) onFileRead = onRead;
  const realFetch = globalThis.fetch;
  if ((realFetch as { fileShim?: boolean }).fileShim) return;
  const shim = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const href = input instanceof Request ? input.url : String(input);
    if (!href.startsWith("file:")) return realFetch(input, init);
    try {
      const path = fileURLToPath(href);
      const bytes = new Uint8Array(await readFile(path));
      onFileRead?.(path, bytes);
      return new Response(bytes, { status: 200 });
    } catch {
      return new Response(null, { status: 404 });
    }
  };
  globalThis.fetch = Object.assign(shim, { fileShim: true });
}

/** The base path the site was built for, read from `data/corpus.json` (`/` when unknown). */
export function builtBasePath(site: string): string {
  try {
    const corpus = JSON.parse(readFileSync(join(site, sitePaths.corpusData()), "utf8")) as {
      texts: { slug: string; url: string }[];
    };
    const first = corpus.texts[0];
    if (!first) return "/";
    return baseOfTextUrl(first.url, first.slug);
  } catch {
    return "/";
  }
}

/** Import the site's Pagefind bundle; result URLs carry the site's base path, like on the page. */
export async function loadPagefind(siteDir: string): Promise<PagefindApi> {
  const site = resolve(siteDir);
  const bundle = join(site, "pagefind", "pagefind.js");
  if (!existsSync(bundle))
    throw new Error(
      `no related-results index at ${bundle}: run npm run build first; an edition of more than ${relatedResultsUpTo.toLocaleString("en")} documents builds it only with ${relatedSetting}=on`,
    );
  allowFileFetch();
  const pagefind = (await import(pathToFileURL(bundle).href)) as PagefindApi;
  await pagefind.options({ baseUrl: builtBasePath(site) });
  return pagefind;
}
