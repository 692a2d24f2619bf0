/**
 * A step of `npm run build:site` (build-steps.ts), once every other file of the site is written:
 * `node scripts/build-service-worker.ts [--site dist]` writes `sw.js`, which precaches the finished
 * site for offline reading (src/offline/service-worker.ts). Progress goes to stderr.
 */
import { writeServiceWorker } from "../src/offline/service-worker.ts";
import { runSiteStep } from "./lib/site-step.ts";

await runSiteStep("offline", async (site, log) => {
  const started = performance.now();
  const worker = await writeServiceWorker(site);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`service worker: ${worker.count} files precached, ${(worker.size / 1e6).toFixed(1)} MB (${seconds} s)`);
});
