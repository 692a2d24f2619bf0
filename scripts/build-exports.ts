/**
 * Write the edition's exports into a built site: `node scripts/build-exports.ts [--site dist]
 * [--content content/texts] [--annotations content]`. Runs after `astro build`
 * (`npm run build:site`); TEI, plain text and EPUBs as README "Public formats" describes.
 * `SITE_URL`, `BASE_PATH` and `SOURCE_DATE_EPOCH` as for the site. Progress goes to stderr.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { normaliseBase, siteFromEnv } from "../src/format/urls.ts";
import { buildDate, exportContext } from "../src/exports/context.ts";
import { readAnnotations } from "../src/format/annotation-files.ts";
import { contentDirFromEnv } from "../src/format/content-folder.ts";
import { writeExports } from "./exports/write-exports.ts";

const { values } = parseArgs({
  options: {
    site: { type: "string", default: "dist" },
    content: { type: "string", default: contentDirFromEnv() },
    annotations: { type: "string", default: process.env["XIANGWEN_ANNOTATIONS_DIR"] || "content" },
  },
});
const log = (message: string) => process.stderr.write(`[exports] ${message}\n`);

try {
  const siteDir = resolve(values.site);
  if (!existsSync(resolve(siteDir, "index.html")))
    throw new Error(`${siteDir}/index.html not found: run astro build first`);
  // The same rule as astro.config.mjs, so the exports name the address the pages do.
  const site = siteFromEnv(process.env, (message) => log(message.trim()));
  const base = normaliseBase(process.env["BASE_PATH"]);
  const context = exportContext(site, base, buildDate(process.env));
  const terms = readAnnotations(resolve(values.annotations)).term;
  const glossary = terms.length ? terms : null;
  log(
    `writing TEI, plain text and EPUB for ${site}${base} (${context.buildDate}${glossary ? `, glossary of ${glossary.length} terms` : ", no glossary"})`,
  );
  const started = performance.now();
  const summary = writeExports({ contentDir: resolve(values.content), siteDir, context, glossary, log });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  log(
    `${summary.documents} documents → ${summary.files} files, ${(summary.bytes / 1e6).toFixed(1)} MB in ${seconds} s`,
  );
} catch (error) {
  log(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
