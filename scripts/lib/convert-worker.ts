/**
 * Converts the sources it is sent, one reply per source, then emits the content files of the
 * documents it is sent, one reply for all (see `convert-parallel.ts`).
 */
import { parentPort } from "node:worker_threads";
import { convertSourceFile, type AssembledDocument } from "./corpus.ts";
import { emitDocument } from "./emit.ts";
import { ConvertError } from "./errors.ts";

/** A batch of sources: which folder, which files (with their place in the whole list). */
export interface ConvertJob {
  sourcesDir: string;
  useSidecars: boolean;
  names: Array<[index: number, name: string]>;
}

/** Documents to emit, assembled by the main thread. */
export interface EmitJob {
  emit: AssembledDocument[];
}

/** The content files of an `EmitJob`'s documents, in order, or why they could not be written. */
export type EmitReply = { emitted: string[] } | { crashed: string };

parentPort?.on("message", (job: ConvertJob | EmitJob) => {
  if ("emit" in job) {
    try {
      parentPort?.postMessage({
        emitted: job.emit.map(({ frontmatter, blocks }) => emitDocument(frontmatter, blocks)),
      } satisfies EmitReply);
    } catch (error) {
      parentPort?.postMessage({
        crashed: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies EmitReply);
    }
    return;
  }
  const { sourcesDir, useSidecars, names } = job;
  for (const [index, name] of names) {
    try {
      parentPort?.postMessage({ index, source: convertSourceFile(sourcesDir, name, useSidecars) });
    } catch (error) {
      // A ConvertError crosses the thread as its parts and is rebuilt there; anything else is a bug.
      if (error instanceof ConvertError)
        parentPort?.postMessage({ index, refused: { file: error.file, reason: error.reason, where: error.where } });
      else
        parentPort?.postMessage({
          index,
          crashed: error instanceof Error ? (error.stack ?? error.message) : String(error),
        });
    }
  }
});
