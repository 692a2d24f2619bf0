/**
 * The postings of the keys of class 1, encoded on a second thread for `buildPostingsOnTwoThreads`
 * (postings-builder.ts) while the first encodes class 0; the buffers are handed back, not copied.
 */
import { parentPort, workerData } from "node:worker_threads";
import { buildClassPostings, type IndexText } from "./postings-builder.ts";

const built = buildClassPostings(workerData as IndexText, 1);
parentPort?.postMessage(
  built,
  built.postings.map((bytes) => bytes.buffer as ArrayBuffer),
);
