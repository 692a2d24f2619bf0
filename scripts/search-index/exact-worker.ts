/**
 * The exact-substring index, written on a worker thread: `index-search.ts` starts it and drives
 * Pagefind (a process of its own) from the main thread meanwhile, so the two indexes are built at
 * the same time on a machine's cores instead of one after the other (the main thread has to stay
 * free for that: Pagefind's requests and replies go through its event loop).
 */
import { parentPort, workerData } from "node:worker_threads";
import { readIndexDocuments } from "./corpus.ts";
import { buildPostingsOnTwoThreads } from "./postings-builder.ts";
import { writeSearchIndex, type IndexStats } from "./write-index.ts";

/** What the worker is given. */
export interface ExactIndexJob {
  contentDir: string;
  outDir: string;
}

/** What the worker answers: the index's stats and how long it took. */
export interface ExactIndexResult {
  stats: IndexStats;
  seconds: number;
}

const { contentDir, outDir } = workerData as ExactIndexJob;
const started = performance.now();
const docs = readIndexDocuments(contentDir);
const stats = writeSearchIndex(docs, outDir, {}, await buildPostingsOnTwoThreads(docs));
const result: ExactIndexResult = { stats, seconds: (performance.now() - started) / 1000 };
parentPort?.postMessage(result);
