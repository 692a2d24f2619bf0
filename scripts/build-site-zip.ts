/**
 * A step of `npm run build:site` (build-steps.ts), once every other file of the site is written:
 * `node scripts/build-site-zip.ts [--site dist]` writes `downloads/xiangwen-site.zip`, the whole
 * site for reading from disk (src/offline/site-zip.ts). `SOURCE_DATE_EPOCH` dates its files.
 * Progress goes to stderr.
 */
import { join, relative } from "node:path";
import { buildDate } from "../src/exports/context.ts";
import { sitePaths } from "../src/format/urls.ts";
import { writeSiteZip } from "../src/offline/site-zip.ts";
import { runSiteStep } from "./lib/site-step.ts";

await runSiteStep("offline", async (site, log) => {
  const started = performance.now();
  const zipPath = join(site, sitePaths.siteZip());
  const zip = await writeSiteZip(site, zipPath, buildDate(process.env), (done, total) =>
    log(`site zip: ${done}/${total} files`),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(
    `site zip: ${zip.files} files, ${(zip.bytes / 1e6).toFixed(1)} MB → ${relative(process.cwd(), zipPath)} (${seconds} s)`,
  );
});
