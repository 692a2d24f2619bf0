/**
 * The site zip's second thread (started by `site-zip.ts`): packs the batches of files it is sent
 * (reads and deflates them, as `packEntry` does) and answers each with the packed entries, while
 * the first thread packs the batches between them and writes the archive.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parentPort } from "node:worker_threads";
import { packEntry, type PackedEntry } from "../exports/zip.ts";

/** A batch to pack: files (relative to `site`), and which of them to store, not deflate. */
export interface PackJob {
  batch: number;
  site: string;
  files: string[];
  store: boolean[];
  level: number;
}

/** The packed entries of a batch, in its order, or why it failed. */
export interface PackReply {
  batch: number;
  entries?: PackedEntry[];
  error?: string;
}

/** Pack one batch: the same bytes whichever thread runs it. */
export function packBatch(job: Omit<PackJob, "batch">): PackedEntry[] {
  return job.files.map((file, k) => packEntry(readFileSync(join(job.site, file)), job.store[k], job.level));
}

parentPort?.on("message", (job: PackJob) => {
  let reply: PackReply;
  try {
    reply = { batch: job.batch, entries: packBatch(job) };
  } catch (error) {
    reply = { batch: job.batch, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
