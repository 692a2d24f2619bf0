/**
 * The site's build after the converter, step by step, in one place: `npm run build:site`
 * (build-site.ts) runs it and `npm run bench:build` measures it. Steps of one stage run at the same
 * time. The search indexes and the exports both read only the content and the built pages, and
 * write to folders of their own; Pagefind, the longest of them, keeps about 1.35 of the 2 cores
 * busy (measured at 1,500 documents), so the exports fill the rest instead of waiting their turn.
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
    [{ name: "offline", args: ["scripts/build-offline.ts", "--site", site] }],
  ];
}

/** The environment every step runs with. */
export function stepEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, ASTRO_TELEMETRY_DISABLED: "1" };
}
