/**
 * `node scripts/bench/page-budget.ts [dist]`: the DESIGN budgets of every text page, measured on
 * the built site — first-view transfer (HTML + the CSS/JS it loads, gzip) must stay within the
 * page's own compressed reading text + 20 KB; no web fonts; no request to another host. Prints a
 * table and exits 1 when a page is over budget. Sizes, not timings: the machine is noisy.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const slack = 20 * 1024;
const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

if (!existsSync(join(dist, "texts"))) {
  console.error(`page-budget: no ${dist}/texts; run npm run build first`);
  process.exit(2);
}

let failures = 0;
const rows: string[] = [];
for (const slug of readdirSync(join(dist, "texts")).sort()) {
  const html = readFileSync(join(dist, "texts", slug, "index.html"), "utf8");
  const assets = [...html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)].map(
    (m) => m[1] ?? "",
  );
  // Only what a browser fetches counts (stylesheets, scripts, images, icons, preloads), not the
  // canonical link, the Dublin Core schema link or metadata values.
  const fetched =
    /<(?:script|img|iframe|link(?=[^>]*rel="(?:stylesheet|preload|icon|modulepreload)"))[^>]+(?:src|href)="(?:https?:)?\/\/(?!localhost|127\.0\.0\.1)[^"]+"/g;
  const external = [...html.matchAll(fetched)];
  const fonts = assets.filter((a) => /\.(woff2?|ttf|otf)$/.test(a)).length + (html.match(/@font-face/g)?.length ?? 0);
  let transfer = gz(html);
  for (const asset of assets) {
    const local = join(dist, asset.replace(/^\/+/, "").replace(/^.*?_astro\//, "_astro/"));
    if (existsSync(local)) transfer += gz(readFileSync(local));
  }
  const data = JSON.parse(readFileSync(join(dist, "data/texts", `${slug}.json`), "utf8")) as {
    blocks: Array<{ text: string }>;
  };
  const own = gz(data.blocks.map((b) => b.text).join("\n"));
  const over = transfer > own + slack || fonts > 0;
  if (over) failures += 1;
  rows.push(
    `${over ? "OVER" : "ok  "} ${slug.padEnd(64)} transfer ${(transfer / 1024).toFixed(1).padStart(5)} KB  text ${(own / 1024).toFixed(1).padStart(5)} KB  +${((transfer - own) / 1024).toFixed(1).padStart(4)} KB  fonts ${fonts}  other hosts ${external.length}`,
  );
}
console.log(rows.join("\n"));
console.log(
  `${rows.length - failures} of ${rows.length} text pages within budget (own compressed text + 20 KB, no web fonts)`,
);
process.exitCode = failures ? 1 : 0;
