/**
 * Work for the build's second core. Astro renders pages one at a time on one thread; pure work that
 * pages need later (citation references, shared passages) runs meanwhile on a worker thread. The
 * workers run from the source tree as plain Node (the build runs in the project folder); where
 * none can run (the dev server, a missing source tree, a thread that fails) the work is done on the
 * page thread instead, with the same result.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";

/** A worker running `file` (relative to the project folder), or undefined where none can run. */
export function sourceWorker(file: string): Worker | undefined {
  const path = join(process.cwd(), file);
  if (import.meta.env.DEV || !existsSync(path)) return undefined;
  // Not the page thread's Node options: a build started with `node -e` (as a test does) would
  // hand the worker `--input-type`, which a worker run from a file refuses.
  const worker = new Worker(path, { execArgv: [] });
  worker.unref(); // never keeps the build alive
  return worker;
}

/** Say that a second thread failed and its work falls back to the page thread. */
export function warnFellBack(file: string, error: Error): void {
  console.warn(`[build] second thread ${file} failed (${error.message}); computing on the page thread`);
}

/** Post `input` to a worker running `file` and take its one reply; `here` computes it on this thread instead. */
export function onSecondThread<I, O>(file: string, input: I, here: (input: I) => O): Promise<O> {
  const worker = sourceWorker(file);
  if (!worker) return Promise.resolve().then(() => here(input));
  const result = new Promise<O>((resolve, reject) => {
    worker.once("message", (output: O) => {
      resolve(output);
      void worker.terminate();
    });
    worker.once("error", (error: Error) => {
      warnFellBack(file, error);
      try {
        resolve(here(input));
      } catch (hereError) {
        reject(hereError instanceof Error ? hereError : new Error(String(hereError)));
      }
    });
  });
  worker.postMessage(input);
  return result;
}
