/**
 * The site's build after the converter, step by step, in one place: `npm run build:site`
 * (build-site.ts) runs it and `npm run bench:build` measures it. Steps of one stage run at the same
 * time, so that neither core waits while the other works:
 *
 * 1. Astro writes the pages.
 * 2. The search indexes, the exports and the page links (relative URLs and each page's
 *    Content-Security-Policy). The exact index and the exports read the content; only Pagefind
 *    reads pages, and it indexes the same from a page before or after its links are rewritten
 *    (rewrite-pages.ts). Each writes files of its own. Measured: at 1,500 documents 26.3 s for the
 *    three, where the first two took 25.6 s and the page links 5.3 s after them; at 15,000, where
 *    they write 2 GB between them, 112 s against 77 + 38 s. The search indexes take longest and end
 *    on one thread (writing the index's files), so the other two yield the cores to them (`nice`).
 * 3. The service worker, which hashes every file, and the site zip, which takes every file but the
 *    service worker (src/offline/site-zip.ts). The zip takes longest, so the service worker yields.
 *
 * Measured at 15,000 documents with the yielding steps at nice 10: the second stage 85.1 → 75.3 s
 * (the search indexes 85.1 → 52.3 s).
 */
import { existsSync } from "node:fs";

/** One step: a name for progress, the Node arguments that run it, and whether it yields the cores. */
export interface BuildStep {
  name: string;
  args: string[];
  /** Run at this `nice` level: the step takes what CPU time the others of its stage leave. */
  niceness?: number;
}

/** Where `nice` is (Linux, macOS); elsewhere the steps run at the same priority. */
const niceCommand = "/usr/bin/nice";

/** The command line of a step: Node with its arguments, under `nice` if the step yields. */
export function stepCommand(step: BuildStep, node = process.execPath): string[] {
  const command = [node, ...step.args];
  if (!step.niceness || !existsSync(niceCommand)) return command;
  return [niceCommand, "-n", String(step.niceness), ...command];
}

/** The stages of building `site` (a folder; the default is dist/). */
export function buildStages(site = "dist"): BuildStep[][] {
  return [
    [{ name: "astro build", args: ["node_modules/astro/bin/astro.mjs", "build", "--force", "--outDir", site] }],
    [
      { name: "search indexes", args: ["scripts/index-search.ts", "--site", site] },
      { name: "exports", args: ["scripts/build-exports.ts", "--site", site], niceness: 10 },
      { name: "page links", args: ["scripts/rewrite-pages.ts", "--site", site], niceness: 10 },
    ],
    [
      { name: "service worker", args: ["scripts/build-service-worker.ts", "--site", site], niceness: 10 },
      { name: "site zip", args: ["scripts/build-site-zip.ts", "--site", site] },
    ],
  ];
}

/** The environment every step runs with. */
export function stepEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, ASTRO_TELEMETRY_DISABLED: "1" };
}
