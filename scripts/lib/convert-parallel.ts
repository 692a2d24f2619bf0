/**
 * Convert the sources on every core: each source converts independently of the others
 * (`convertSourceFile`), so worker threads take them in turn and the results come back in name
 * order for `assembleDocuments`, which needs the whole corpus (slugs, carried ids); the same
 * threads then emit the content files, a share of the documents each. Measured at 5,000 sources
 * (15,000 documents) on 2 cores: 81.5 s on one thread, 58.9 s on two with emitting on the main
 * thread, 42–48 s with emitting on the workers too (writing the files stays on the main thread).
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import {
  assembleDocuments,
  convertCorpus,
  corpusFiles,
  sourceNames,
  sourceSummary,
  type AssembledDocument,
  type ConvertedSource,
  type CorpusOptions,
} from "./corpus.ts";
import { ConvertError } from "./errors.ts";
import type { ConvertJob, EmitJob, EmitReply } from "./convert-worker.ts";
import type { CorpusFiles } from "./write-corpus.ts";

/**
 * Below this many sources one thread is faster: starting a worker (loading the converter's modules)
 * takes ≈ 0.3 s, about what 20 sources take to convert.
 */
export const parallelFrom = 20;

/** A reply of a worker: the converted source, or why it was refused, or a crash. */
type Reply = { index: number } & (
  | { source: ConvertedSource }
  | { refused: { file: string; reason: string; where: string | undefined } }
  | { crashed: string }
);

/**
 * Convert every `*.txt` of the sources folder on `threads` worker threads (one thread below `from`
 * sources); the same files as `convertCorpus`, and the same refusal of a bad source.
 */
export async function convertCorpusInParallel(
  options: CorpusOptions,
  { threads = availableParallelism(), from = parallelFrom } = {},
): Promise<CorpusFiles> {
  const names = sourceNames(options.sourcesDir);
  if (names.length < from || threads < 2) return convertCorpus(options);
  const sources = new Array<ConvertedSource>(names.length);
  const workers = Array.from({ length: threads }, () => new Worker(new URL("./convert-worker.ts", import.meta.url)));
  try {
    await new Promise<void>((resolve, reject) => {
      let pending = names.length;
      for (const [w, worker] of workers.entries()) {
        worker.on("error", reject);
        worker.on("message", (reply: Reply) => {
          if ("refused" in reply) {
            const { file, reason, where } = reply.refused;
            reject(new ConvertError(file, reason, where));
          } else if ("crashed" in reply) reject(new Error(`converting ${names[reply.index]}: ${reply.crashed}`));
          else {
            sources[reply.index] = reply.source;
            options.onSource?.(sourceSummary(reply.source));
            if (--pending === 0) resolve();
          }
        });
        // Every threads-th source: neighbouring sources (often alike in size) go to different threads.
        const share = names.flatMap((name, index) =>
          index % threads === w ? [[index, name] as [number, string]] : [],
        );
        worker.postMessage({
          sourcesDir: options.sourcesDir,
          useSidecars: options.useSidecars,
          names: share,
        } satisfies ConvertJob);
      }
    });
    const documents = assembleDocuments(sources, options);
    return corpusFiles(documents, await emitOn(workers, documents));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** The content files of `documents`, in order, emitted on `workers`: a run of documents each. */
async function emitOn(workers: readonly Worker[], documents: readonly AssembledDocument[]): Promise<string[]> {
  const share = Math.ceil(documents.length / workers.length);
  const parts = await Promise.all(
    workers.map(
      (worker, w) =>
        new Promise<string[]>((resolve, reject) => {
          worker.removeAllListeners("message").removeAllListeners("error");
          worker.once("error", reject);
          worker.once("message", (reply: EmitReply) =>
            "emitted" in reply ? resolve(reply.emitted) : reject(new Error(`emitting: ${reply.crashed}`)),
          );
          worker.postMessage({ emit: documents.slice(w * share, (w + 1) * share) } satisfies EmitJob);
        }),
    ),
  );
  return parts.flat();
}
