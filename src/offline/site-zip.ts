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
import { closeSync, openSync, readdirSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { Worker } from "node:worker_threads";
import { ZipWriter, type PackedEntry } from "../exports/zip.ts";
import { sitePaths } from "../format/urls.ts";
import { packBatch, type PackJob, type PackReply } from "./zip-packer.ts";

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
 * Files per batch handed to a thread. Small enough that the two threads take turns often and the
 * batches waiting to be written stay small (a few MB of pages); large enough that a message per
 * batch costs nothing beside deflating it.
 */
const defaultBatch = 200;

/** Batches packed ahead on the second thread, waiting their turn to be written. */
const ahead = 2;

/** What packing some files of `site` takes, on either thread: which to store, at which level. */
function packJob(site: string, files: string[]): Omit<PackJob, "batch"> {
  return { site, files, store: files.map((file) => compressed.test(file)), level };
}

/** A second thread packing batches: `pack(n)` asks it for batch `n`, answered in any order. */
function packer(
  site: string,
  batches: readonly string[][],
): { pack: (n: number) => Promise<PackedEntry[]>; stop: () => Promise<number> } {
  const worker = new Worker(new URL("./zip-packer.ts", import.meta.url));
  const waiting = new Map<number, { resolve: (entries: PackedEntry[]) => void; reject: (error: Error) => void }>();
  const failAll = (error: Error) => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on("message", ({ batch, entries, error }: PackReply) => {
    const asked = waiting.get(batch);
    waiting.delete(batch);
    if (entries) asked?.resolve(entries);
    else asked?.reject(new Error(`site zip: ${error}`));
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`site zip: the packing thread stopped (exit code ${code})`)));
  return {
    pack: (batch) =>
      new Promise((resolve, reject) => {
        waiting.set(batch, { resolve, reject });
        const job: PackJob = { batch, ...packJob(site, batches[batch] ?? []) };
        worker.postMessage(job);
      }),
    stop: () => worker.terminate(),
  };
}

/**
 * Write `zipPath` (inside `site` or elsewhere) from every file of `site` but the archive itself and
 * the service worker, dated `date` (YYYY-MM-DD). Written to a temporary name and renamed, so a
 * failed run leaves no half archive. `progress` hears how many files are in, twenty times over.
 *
 * Files are packed in batches by two threads in turn, this one and a second (zip-packer.ts), and
 * written in path order, so the bytes are the same as packing them all here (a test compares).
 * Measured at 15,000 documents (192,596 files, 1.2 GB of archive): one thread 36.6 s, two 27.1 s.
 */
export async function writeSiteZip(
  site: string,
  zipPath: string,
  date: string,
  progress: (done: number, total: number) => void = () => {},
  batchSize = defaultBatch,
): Promise<SiteZipReport> {
  const own = relative(site, zipPath).split(sep).join("/");
  const files = filesBelow(site).filter((file) => file !== own && file !== sitePaths.serviceWorker());
  const batches: string[][] = [];
  for (let at = 0; at < files.length; at += batchSize) batches.push(files.slice(at, at + batchSize));
  const every = Math.max(1000, Math.ceil(files.length / 20));
  const partial = join(dirname(zipPath), `.${Date.now()}.zip.partial`);
  const fd = openSync(partial, "w");
  // Odd batches go to the second thread, a few ahead; even ones are packed here meanwhile.
  const helper = batches.length > 1 ? packer(site, batches) : undefined;
  const packed = new Map<number, Promise<PackedEntry[]>>();
  let nextOdd = 1;
  const askAhead = () => {
    while (helper && nextOdd < batches.length && packed.size < ahead) {
      const entries = helper.pack(nextOdd);
      entries.catch(() => {}); // a failure is reported where the batch is awaited
      packed.set(nextOdd, entries);
      nextOdd += 2;
    }
  };
  let bytes = 0;
  let done = 0;
  try {
    const zip = new ZipWriter((chunk) => {
      writeSync(fd, chunk);
      bytes += chunk.length;
    }, date);
    for (let batch = 0; batch < batches.length; batch++) {
      const names = batches[batch] ?? [];
      askAhead();
      let entries: PackedEntry[];
      const pending = packed.get(batch);
      if (pending) {
        packed.delete(batch);
        entries = await pending;
      } else {
        entries = packBatch(packJob(site, names));
      }
      entries.forEach((entry, k) => {
        zip.addPacked(`${siteZipFolder}/${names[k]}`, entry);
        if (++done % every === 0) progress(done, files.length);
      });
    }
    zip.finish();
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    closeSync(fd);
    await helper?.stop();
  }
  renameSync(partial, zipPath);
  return { files: files.length, bytes };
}
