/**
 * The whole built site as one zip (`downloads/xiangwen-site.zip`), for reading from disk: unzipped,
 * `xiangwen/index.html` opens in a browser and every page, link and stylesheet works (the pages'
 * URLs are relative, src/offline/relative-urls.ts). Files go in under one folder, in path order,
 * each dated the build day, so two builds of the same site give identical bytes. Files that are
 * compressed already (images, EPUBs, the gzipped search index) are stored, not deflated again.
 *
 * The service worker is left out: no browser runs one for a page opened from disk, and leaving it
 * out lets the archive be written while the worker is built (build-steps.ts).
 */
import { closeSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { packEntry, ZipWriter } from "../exports/zip.ts";
import { sitePaths } from "../format/urls.ts";

/** The folder the archive unpacks into. */
export const siteZipFolder = "xiangwen";

/**
 * zlib's fastest level. Deflating is most of the archive's time; measured on the 171 MB it deflates
 * at 1,500 documents: level 6 (the default) 3.0 s of CPU → 50.9 MB, level 1 1.8 s → 54.6 MB, so
 * the whole zip grows 2.7 % (140.2 → 143.9 MB) for 40 % less deflating.
 */
const level = 1;

/** Names that are compressed already: deflating them again costs time and saves nothing. */
const compressed = /\.(png|jpe?g|webp|gif|epub|zip|gz|bin|woff2?|wasm|pagefind|pf_[a-z]+)$/;

/** Every file below `root`, as sorted paths relative to it with `/` separators. */
export function filesBelow(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/** What was written. */
export interface SiteZipReport {
  files: number;
  bytes: number;
}

/**
 * Write `zipPath` (inside `site` or elsewhere) from every file of `site` but the archive itself and
 * the service worker, dated `date` (YYYY-MM-DD). Written to a temporary name and renamed, so a
 * failed run leaves no half archive. `progress` hears how many files are in, twenty times over.
 */
export function writeSiteZip(
  site: string,
  zipPath: string,
  date: string,
  progress: (done: number, total: number) => void = () => {},
): SiteZipReport {
  const own = relative(site, zipPath).split(sep).join("/");
  const files = filesBelow(site).filter((file) => file !== own && file !== sitePaths.serviceWorker());
  const every = Math.max(1000, Math.ceil(files.length / 20));
  const partial = join(dirname(zipPath), `.${Date.now()}.zip.partial`);
  const fd = openSync(partial, "w");
  let bytes = 0;
  try {
    const zip = new ZipWriter((chunk) => {
      writeSync(fd, chunk);
      bytes += chunk.length;
    }, date);
    files.forEach((file, k) => {
      zip.addPacked(
        `${siteZipFolder}/${file}`,
        packEntry(readFileSync(join(site, file)), compressed.test(file), level),
      );
      if ((k + 1) % every === 0) progress(k + 1, files.length);
    });
    zip.finish();
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    closeSync(fd);
  }
  renameSync(partial, zipPath);
  return { files: files.length, bytes };
}
