/**
 * The last step of `npm run build:site`: make a finished `dist/` readable offline.
 * `node scripts/build-offline.ts [--site dist]`, after astro build, the search indexes and the
 * exports, in this order:
 *
 * 1. every page's links, scripts and stylesheets relative to the page (reading from `file://`),
 *    and its Content-Security-Policy from the inline scripts and styles it really has;
 * 2. the service worker over the final files (offline after one visit, clean updates);
 * 3. the whole site as `downloads/xiangwen-site.zip`.
 *
 * `BASE_PATH` and `SOURCE_DATE_EPOCH` as for the site. Progress goes to stderr.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildDate } from "../src/exports/context.ts";
import { normaliseBase, sitePaths } from "../src/format/urls.ts";
import { withContentSecurityPolicy } from "../src/offline/content-security-policy.ts";
import { relativeUrls } from "../src/offline/relative-urls.ts";
import { writeServiceWorker } from "../src/offline/service-worker.ts";
import { filesBelow, writeSiteZip } from "../src/offline/site-zip.ts";

const { values } = parseArgs({ options: { site: { type: "string", default: "dist" } } });
const log = (message: string) => process.stderr.write(`[offline] ${message}\n`);

try {
  const site = resolve(values.site);
  if (!existsSync(join(site, "index.html"))) throw new Error(`${site}/index.html not found: run astro build first`);
  const base = normaliseBase(process.env["BASE_PATH"]);
  let started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

  // Every HTML file of the site (pages and note fragments), as paths relative to it.
  const files = filesBelow(site).filter((path) => path.endsWith(".html"));
  for (const path of files) {
    const file = join(site, path);
    const html = readFileSync(file, "utf8");
    // The 404 page is shown at any depth, so it keeps root-relative links; note fragments have no head.
    let rewritten = path === "404.html" ? html : relativeUrls(html, path, base);
    if (/<head[\s>]/i.test(rewritten)) rewritten = withContentSecurityPolicy(rewritten);
    if (rewritten !== html) writeFileSync(file, rewritten);
  }
  log(`relative links and Content-Security-Policy in ${files.length} HTML files (${seconds()} s)`);

  started = performance.now();
  const worker = await writeServiceWorker(site);
  log(`service worker: ${worker.count} files precached, ${(worker.size / 1e6).toFixed(1)} MB (${seconds()} s)`);

  started = performance.now();
  const zipPath = join(site, sitePaths.siteZip());
  const zip = writeSiteZip(site, zipPath, buildDate(process.env), (done, total) =>
    log(`site zip: ${done}/${total} files`),
  );
  log(
    `site zip: ${zip.files} files, ${(zip.bytes / 1e6).toFixed(1)} MB → ${relative(process.cwd(), zipPath)} (${seconds()} s)`,
  );
} catch (error) {
  log(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
