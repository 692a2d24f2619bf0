/**
 * `node scripts/bench/page-budget.ts [dist]`: the DESIGN budgets, measured on the built site.
 *
 * - Every text page: its first-view transfer of HTML + CSS + JS — the HTML, every stylesheet and
 *   script it loads and every module those scripts import statically (lazy `import()`s such as the
 *   繁體 dictionary are not first view), each gzipped — must stay within the page's own compressed
 *   reading text + 20 KB, with no web font. Icons are fetched too but are not HTML, CSS or JS.
 * - All CSS of the site together at most 15 KB compressed.
 * - No page or stylesheet fetches anything from another host.
 *
 * Prints a table and exits 1 when a budget is exceeded. Sizes, not timings: the machine is noisy.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { staticImports } from "./page-scripts.ts";

const dist = process.argv[2] ?? "dist";
const slack = 20 * 1024;
const cssBudget = 15 * 1024;
const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(5);

if (!existsSync(join(dist, "texts"))) {
  console.error(`page-budget: no ${dist}/texts; run npm run build first`);
  process.exit(2);
}

/** A site URL (`http://site/…`) as a file of dist/, or null for another host. */
const site = "http://site/";
function fileOf(url: URL): string | null {
  return url.href.startsWith(site) ? join(dist, decodeURIComponent(url.pathname)) : null;
}

/** The HTML's references matching `pattern` (its first group), resolved against the page. */
const refsOf = (html: string, pattern: RegExp, pageUrl: URL) =>
  [...html.matchAll(pattern)].map((m) => new URL(m[1] ?? "", pageUrl));

/**
 * What a page fetches as CSS and JS on first view (stylesheets, scripts, module preloads and the
 * scripts' static imports), and anything it would fetch from another host (those, images, icons).
 */
function firstView(html: string, pageUrl: URL): { files: string[]; external: string[] } {
  const refs = refsOf(
    html,
    /<(?:script[^>]*\ssrc|link(?=[^>]*\srel="(?:stylesheet|modulepreload)")[^>]*\shref)="([^"]+)"/g,
    pageUrl,
  );
  const other = refsOf(
    html,
    /<(?:img|iframe|link(?=[^>]*\srel="(?:icon|apple-touch-icon|preload|manifest)"))[^>]*\s(?:src|href)="([^"]+)"/g,
    pageUrl,
  );
  const files = new Set<string>();
  const external: string[] = other.filter((url) => !fileOf(url)).map((url) => url.href);
  const queue = [...refs];
  for (let url = queue.shift(); url; url = queue.shift()) {
    const file = fileOf(url);
    if (!file) {
      external.push(url.href);
      continue;
    }
    if (files.has(file) || !existsSync(file)) continue;
    files.add(file);
    if (file.endsWith(".js")) {
      // Static imports only (`import{…}from"./x.js"`, `import"./x.js"`), not `import("./x.js")`.
      for (const spec of staticImports(readFileSync(file, "utf8"))) queue.push(new URL(spec, url));
    }
  }
  return { files: [...files], external };
}

let failures = 0;
const rows: string[] = [];
let worst = { slug: "", over: -Infinity };
for (const slug of readdirSync(join(dist, "texts")).sort()) {
  const html = readFileSync(join(dist, "texts", slug, "index.html"), "utf8");
  const { files, external } = firstView(html, new URL(`texts/${slug}/`, site));
  const fonts = files.filter((f) => /\.(woff2?|ttf|otf)$/.test(f)).length + (html.match(/@font-face/g)?.length ?? 0);
  const transfer = gz(html) + files.reduce((sum, file) => sum + gz(readFileSync(file)), 0);
  const data = JSON.parse(readFileSync(join(dist, "data/texts", `${slug}.json`), "utf8")) as {
    blocks: Array<{ text: string }>;
  };
  const own = gz(data.blocks.map((b) => b.text).join("\n"));
  const over = transfer > own + slack || fonts > 0 || external.length > 0;
  if (over) failures += 1;
  if (transfer - own > worst.over) worst = { slug, over: transfer - own };
  rows.push(
    `${over ? "OVER" : "ok  "} ${slug.slice(0, 48).padEnd(48)} transfer ${kb(transfer)} KB (${files.length + 1} files)  text ${kb(own)} KB  +${kb(transfer - own)} KB  fonts ${fonts}  other hosts ${external.length}`,
  );
}
console.log(rows.join("\n"));
console.log(
  `${rows.length - failures} of ${rows.length} text pages within budget (own compressed text + 20 KB, no web fonts, no other host); worst +${kb(worst.over).trim()} KB (${worst.slug})`,
);

const stylesheets = readdirSync(join(dist, "_astro")).filter((f) => f.endsWith(".css"));
const css = stylesheets.reduce((sum, f) => sum + gz(readFileSync(join(dist, "_astro", f))), 0);
const cssExternal = stylesheets.filter((f) =>
  /url\(\s*["']?(?:https?:)?\/\//.test(readFileSync(join(dist, "_astro", f), "utf8")),
);
console.log(
  `${css <= cssBudget && !cssExternal.length ? "ok  " : "OVER"} all CSS: ${kb(css).trim()} KB compressed in ${stylesheets.length} files (budget 15 KB)${cssExternal.length ? `; other hosts in ${cssExternal.join(", ")}` : ""}`,
);
if (css > cssBudget || cssExternal.length) failures += 1;
process.exitCode = failures ? 1 : 0;
