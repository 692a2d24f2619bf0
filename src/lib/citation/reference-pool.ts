/**
 * The text pages' references, computed on a second thread while Astro renders pages on the first
 * (`worker-thread.ts`). `prepareReferences` hands the
 * worker every page in the order Astro builds them, so by the time a page asks, its references
 * are usually ready. Without the worker (the dev server, or a worker that cannot start) each
 * page computes its own on the page thread: same result, slower.
 */
import type { DocumentFrontmatter } from "../../format/schema.ts";
import { sourceWorker, warnFellBack } from "../worker-thread.ts";
import { pageReferences, type PageReferences } from "./page-references.ts";
import type { ReferenceJob } from "./reference-worker.ts";

/** Slug → its references (from the worker), for the pages handed over. */
const ready = new Map<string, Promise<PageReferences>>();

/** Start computing the references of these pages on the worker (once per build). */
export function prepareReferences(jobs: readonly ReferenceJob[]): void {
  if (ready.size > 0) return;
  const file = "src/lib/citation/reference-worker.ts";
  const worker = sourceWorker(file);
  if (!worker) return;
  const waiting = new Map<
    string,
    { job: ReferenceJob; resolve: (r: PageReferences) => void; reject: (e: Error) => void }
  >();
  for (const job of jobs) {
    const promise = new Promise<PageReferences>((resolve, reject) =>
      waiting.set(job.doc.slug, { job, resolve, reject }),
    );
    promise.catch(() => {}); // rejected before its page asks: the page's own await reports it
    ready.set(job.doc.slug, promise);
  }
  worker.on("message", ({ slug, references, error }: { slug: string; references?: PageReferences; error?: string }) => {
    const page = waiting.get(slug);
    waiting.delete(slug);
    if (references) page?.resolve(references);
    else page?.reject(new Error(`citation references of ${slug}: ${error}`));
    if (waiting.size === 0) void worker.terminate();
  });
  worker.on("error", (error: Error) => {
    // The thread itself failed (not one page's references): the pages compute their own.
    warnFellBack(file, error);
    for (const { job, resolve, reject } of waiting.values()) {
      try {
        resolve(pageReferences(job.doc, job.url));
      } catch (pageError) {
        reject(pageError instanceof Error ? pageError : new Error(String(pageError)));
      }
    }
    waiting.clear();
  });
  worker.postMessage(jobs);
}

/** A text page's references: the worker's if it was handed the page, else computed here. */
export function referencesFor(doc: DocumentFrontmatter, url: string): Promise<PageReferences> {
  return ready.get(doc.slug) ?? Promise.resolve().then(() => pageReferences(doc, url));
}
