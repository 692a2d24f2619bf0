/**
 * The engine's file reader in Node: index files straight from a folder on disk (a built site's
 * `search-index/`), with an optional tally of what was read, for the benchmark's byte counts.
 */
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { ReadIndexFile } from "../../src/search/engine.ts";

/** Read index files from `dir`; `onRead` sees each file read and its size. */
export function folderReader(dir: string, onRead?: (path: string, bytes: number) => void): ReadIndexFile {
  const root = resolve(dir);
  return async (path) => {
    try {
      const bytes = new Uint8Array(await readFile(join(root, path)));
      onRead?.(path, bytes.length);
      return bytes;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  };
}
