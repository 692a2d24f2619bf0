/** Finds the shared passages on the build's second thread (see `worker-thread.ts`). */
import { parentPort } from "node:worker_threads";
import { findSharedPassages, type PassageDocument } from "./shared-passages.ts";

parentPort?.once("message", (documents: PassageDocument[]) => parentPort?.postMessage(findSharedPassages(documents)));
