/**
 * A step of `npm run build:site` (build-steps.ts), once every other file of the site is written:
 * `node scripts/build-service-worker.ts [--site dist]` writes `sw.js`, which precaches the finished
 * site for offline reading (src/offline/service-worker.ts). Progress goes to stderr.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeServiceWorker } from "../src/offline/service-worker.ts";

const { values } = parseArgs({ options: { site: { type: "string", default: "dist" } } });
const log = (message: string) => process.stderr.write(`[offline] ${message}\n`);

try {
  const site = resolve(values.site);
  if (!existsSync(join(site, "index.html"))) throw new Error(`${site}/index.html not found: run astro build first`);
  const started = performance.now();
  const worker = await writeServiceWorker(site);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`service worker: ${worker.count} files precached, ${(worker.size / 1e6).toFixed(1)} MB (${seconds} s)`);
} catch (error) {
  log(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
