/**
 * `npm run bench:lighthouse -- [dist]`: Lighthouse on the home page, the longest text page and the
 * search page (with a query) of a built site, mobile emulation. Targets: performance ≥ 98,
 * accessibility, best practices and SEO 100. Prints the scores and what kept any below; exits 1
 * when a target is missed. Performance depends on the machine: run it when nothing else is.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { sitePaths } from "../../src/format/urls.ts";
import { startServer } from "../serve.ts";
import { auditPages, categories, type Category } from "./lighthouse-audit.ts";

const dist = process.argv[2] ?? "dist";
const targets: Record<Category, number> = { performance: 98, accessibility: 100, "best-practices": 100, seo: 100 };

/** The text page with the most HTML. */
function longestText(): string {
  const slugs = readdirSync(join(dist, "texts"));
  const size = (slug: string) => statSync(join(dist, "texts", slug, "index.html")).size;
  return slugs.reduce((a, b) => (size(a) >= size(b) ? a : b));
}

const { server, url } = await startServer({ root: dist, port: 0 });
try {
  const pages = [sitePaths.home(), sitePaths.text(longestText()), sitePaths.searchFor("湖南")];
  const audits = await auditPages(pages.map((page) => url + page));
  let missed = 0;
  for (const audit of audits) {
    const line = categories.map((c) => {
      const ok = audit.scores[c] >= targets[c];
      if (!ok) missed += 1;
      return `${c} ${audit.scores[c]}${ok ? "" : " (!)"}`;
    });
    console.log(`${audit.url.slice(url.length - 1)}\n  ${line.join("  ")}`);
    for (const failing of audit.failing) console.log(`    ${failing}`);
  }
  process.exitCode = missed ? 1 : 0;
} finally {
  server.closeAllConnections();
  server.close();
}
