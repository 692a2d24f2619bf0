/**
 * The site's build after the converter, step by step, in one place: `npm run build:site`
 * (build-site.ts) runs it and `npm run bench:build` measures it. Steps of one stage run at the same
 * time, so that neither core waits while the other works:
 *
 * 1. Astro writes the pages, final as written: relative links and each page's policy are given as
 *    it renders them (src/middleware.ts).
 * 2. The search indexes and the exports. The exact index and the exports read the content,
 *    Pagefind the pages; each writes files of its own.
 * 3. The service worker, which hashes every file, and the site zip, which takes every file but the
 *    service worker (src/offline/site-zip.ts).
 */

/** One step: a name for progress and the Node arguments that run it. */
export interface BuildStep {
  name: string;
  args: string[];
}

/** The stages of building `site` (a folder; the default is dist/). */
export function buildStages(site = "dist"): BuildStep[][] {
  return [
    [{ name: "astro build", args: ["node_modules/astro/bin/astro.mjs", "build", "--force", "--outDir", site] }],
    [
      { name: "search indexes", args: ["scripts/index-search.ts", "--site", site] },
      { name: "exports", args: ["scripts/build-exports.ts", "--site", site] },
    ],
    [
      { name: "service worker", args: ["scripts/build-service-worker.ts", "--site", site] },
      { name: "site zip", args: ["scripts/build-site-zip.ts", "--site", site] },
    ],
  ];
}

/** The environment every step runs with. */
export function stepEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, ASTRO_TELEMETRY_DISABLED: "1" };
}
