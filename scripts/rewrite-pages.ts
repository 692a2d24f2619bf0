/**
 * A step of `npm run build:site` (build-steps.ts), after astro build:
 * `node scripts/rewrite-pages.ts [--site dist]` makes every page's links, scripts and stylesheets
 * relative to the page (reading from `file://`) and gives it its Content-Security-Policy, from the
 * inline scripts and styles it really has. `BASE_PATH` as for the site. Progress goes to stderr.
 *
 * It runs while the search indexes are built. Where Pagefind builds the related results, it reads
 * the text pages meanwhile: then each page is replaced whole (written beside it, then renamed over
 * it), so Pagefind reads either the page as Astro wrote it or as rewritten, never half of one, and
 * its index is the same from either (measured on the edition: identical files). Where it does not
 * (larger editions, src/search/related-setting.ts), nothing else reads the pages, and each is
 * rewritten in place: measured at 15,000 documents, 7 s less system time.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { normaliseBase } from "../src/format/urls.ts";
import { withContentSecurityPolicy } from "../src/offline/content-security-policy.ts";
import { relativeUrls } from "../src/offline/relative-urls.ts";
import { filesBelow } from "../src/offline/site-zip.ts";
import { contentDirFromEnv, contentFileNames } from "../src/format/content-folder.ts";
import { relatedResultsBuilt } from "../src/search/related-setting.ts";
import { runSiteStep } from "./lib/site-step.ts";

await runSiteStep("pages", (site, log) => {
  const base = normaliseBase(process.env["BASE_PATH"]);
  const pagefindReadsPages = relatedResultsBuilt(contentFileNames(contentDirFromEnv()).length, process.env);
  const started = performance.now();
  // Every HTML file of the site (pages and note fragments), as paths relative to it.
  const files = filesBelow(site).filter((path) => path.endsWith(".html"));
  for (const path of files) {
    const file = join(site, path);
    const html = readFileSync(file, "utf8");
    // The 404 page is shown at any depth, so it keeps root-relative links. Note fragments get their
    // policy too: a reader can open one on its own.
    const rewritten = withContentSecurityPolicy(path === "404.html" ? html : relativeUrls(html, path, base));
    if (rewritten === html) continue;
    if (!pagefindReadsPages) {
      writeFileSync(file, rewritten);
      continue;
    }
    // A dot name: no reader of the pages (Pagefind's glob, the link checker) takes it for a page.
    const aside = join(dirname(file), `.${basename(file)}.${process.pid}.partial`);
    writeFileSync(aside, rewritten);
    renameSync(aside, file);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`relative links and Content-Security-Policy in ${files.length} HTML files (${seconds} s)`);
});
