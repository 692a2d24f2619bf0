/**
 * Browser-test global setup: the tests run against a built dist/. When dist/ is missing or
 * older than the sources it is built from, run `npm run build:site` (Astro, search indexes, exports; the
 * converter is not re-run, content/ is committed) with its output shown.
 */
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildEnv } from "./build-env.ts";
import { sitePaths } from "../../src/format/urls.ts";

const root = resolve(import.meta.dirname, "../..");
const inputs = [
  "content",
  "src",
  "astro.config.mjs",
  "scripts/build-site.ts",
  "scripts/build-steps.ts",
  "scripts/index-search.ts",
  "scripts/search-index",
  "scripts/build-exports.ts",
  "scripts/exports",
  "scripts/rewrite-pages.ts",
  "scripts/build-service-worker.ts",
  "scripts/build-site-zip.ts",
  "public",
];

/** Newest modification time of a file or any file below a directory. */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Outputs of the build's steps: the search indexes, the edition EPUB, the site zip (written last). */
const markers = [
  join(root, "dist", "pagefind", "pagefind.js"),
  join(root, "dist", sitePaths.searchIndex("manifest.json")),
  join(root, "dist", sitePaths.editionEpub()),
  join(root, "dist", sitePaths.siteZip()),
];

/** Build the site unless an up-to-date dist/ with a search index and the exports is there. */
export default function setup(): void {
  const builtAt = Math.min(...markers.map((marker) => (existsSync(marker) ? statSync(marker).mtimeMs : 0)));
  const sourcesAt = Math.max(...inputs.map((input) => newestMtime(join(root, input))));
  if (builtAt > sourcesAt) return;
  process.stderr.write(builtAt ? "dist/ is older than its sources: rebuilding\n" : "dist/ not built yet: building\n");
  try {
    execSync("npm run build:site", { cwd: root, stdio: "inherit", env: buildEnv() });
  } catch {
    throw new Error("npm run build:site failed (see its output above); the browser tests need a built dist/");
  }
}
