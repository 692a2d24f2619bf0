/**
 * The second thread of the build (started by `reference-pool.ts`): computes the references of the
 * text pages it is sent, in the order sent, and posts each page's result (or its error) back as
 * soon as it is ready. Runs as plain Node, not through Vite: the citation modules' `?raw` imports
 * (the CSL styles and locales) are read here by a module hook, as Vite would read them.
 */
import { readFileSync } from "node:fs";
import { registerHooks } from "node:module";
import { fileURLToPath } from "node:url";
import { parentPort } from "node:worker_threads";
import type { DocumentFrontmatter } from "../../format/schema.ts";

/** Vite's `?raw` suffix: the file's text as the module's default export. */
registerHooks({
  load(url, context, nextLoad) {
    if (!url.endsWith("?raw")) return nextLoad(url, context);
    const text = readFileSync(fileURLToPath(url.slice(0, -"?raw".length)), "utf8");
    return { format: "module", source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
  },
});
// Imported after the hook is in place.
const { pageReferences } = await import("./page-references.ts");

/** One page to compute. */
export interface ReferenceJob {
  doc: DocumentFrontmatter;
  url: string;
}

parentPort?.on("message", (jobs: ReferenceJob[]) => {
  for (const { doc, url } of jobs) {
    try {
      parentPort?.postMessage({ slug: doc.slug, references: pageReferences(doc, url) });
    } catch (error) {
      parentPort?.postMessage({ slug: doc.slug, error: error instanceof Error ? error.message : String(error) });
    }
  }
});
