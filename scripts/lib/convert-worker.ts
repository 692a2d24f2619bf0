/** Converts the sources it is sent, one reply per source (see `convert-parallel.ts`). */
import { parentPort } from "node:worker_threads";
import { convertSourceFile } from "./corpus.ts";
import { ConvertError } from "./errors.ts";

/** A batch of sources: which folder, which files (with their place in the whole list). */
export interface ConvertJob {
  sourcesDir: string;
  useSidecars: boolean;
  names: Array<[index: number, name: string]>;
}

parentPort?.on("message", ({ sourcesDir, useSidecars, names }: ConvertJob) => {
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
