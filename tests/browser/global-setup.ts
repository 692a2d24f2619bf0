/**
 * Browser-test global setup: the tests run against a built dist/. When dist/ is missing or
 * older than the sources it is built from, run `npm run build:site` (Astro + search indexes; the
 * converter is not re-run, content/ is committed) with its output shown.
 */
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildEnv } from "./build-env.ts";

const root = resolve(import.meta.dirname, "../..");
const inputs = ["content", "src", "astro.config.mjs", "scripts/index-search.ts", "scripts/search-index"];

/** Newest modification time of a file or any file below a directory. */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Build the site unless an up-to-date dist/ with a search index is there. */
export default function setup(): void {
  const marker = join(root, "dist", "pagefind", "pagefind.js");
  const exactIndex = join(root, "dist", "search-index", "manifest.json");
  const builtAt =
    existsSync(marker) && existsSync(exactIndex) ? Math.min(statSync(marker).mtimeMs, statSync(exactIndex).mtimeMs) : 0;
  const sourcesAt = Math.max(...inputs.map((input) => newestMtime(join(root, input))));
  if (builtAt > sourcesAt) return;
  process.stderr.write(builtAt ? "dist/ is older than its sources: rebuilding\n" : "dist/ not built yet: building\n");
  try {
    execSync("npm run build:site", { cwd: root, stdio: "inherit", env: buildEnv() });
  } catch {
    throw new Error("npm run build:site failed (see its output above); the browser tests need a built dist/");
  }
}
