/**
 * The engine's file reader in the browser: index files fetched relative to the site's base
 * (`<base>search-index/…`), so the edition works under any base path and from any static server.
 */
import { joinBase, sitePaths } from "../../format/urls.ts";
import type { ReadIndexFile } from "../engine.ts";

/** Fetch index files under `base`; a 404 is a missing file (null), other failures throw. */
export function fetchReader(base: string): ReadIndexFile {
  return async (path) => {
    const response = await fetch(joinBase(base, sitePaths.searchIndex(path)));
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
}
