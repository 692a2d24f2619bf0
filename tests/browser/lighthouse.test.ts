/**
 * Lighthouse, mobile emulation, on the home page, the longest text page and the search page:
 * accessibility, best practices and SEO at 100. Performance depends on the machine's speed, so it
 * is measured by `npm run bench:lighthouse`, never asserted here.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sitePaths } from "../../src/format/urls.ts";
import { auditPages, type PageAudit } from "../../scripts/bench/lighthouse-audit.ts";
import { distDir, openHarness, type Harness } from "./harness.ts";

let harness: Harness;
let audits: PageAudit[];

/** The text page with the most HTML. */
function longestText(): string {
  const size = (slug: string) => statSync(join(distDir, "texts", slug, "index.html")).size;
  return readdirSync(join(distDir, "texts")).reduce((a, b) => (size(a) >= size(b) ? a : b));
}

beforeAll(async () => {
  harness = await openHarness();
  const pages = [
    sitePaths.home(),
    sitePaths.text(longestText()),
    `${sitePaths.search()}?q=${encodeURIComponent("湖南")}`,
  ];
  audits = await auditPages(pages.map((page) => harness.baseUrl + page));
}, 300_000);
afterAll(async () => harness?.close());

describe("Lighthouse", () => {
  it("scores accessibility, best practices and SEO 100 on the home, longest text and search pages", () => {
    expect(audits).toHaveLength(3);
    for (const audit of audits) {
      const below = audit.failing.filter((failing) => !failing.startsWith("performance:"));
      expect({ url: audit.url, below }).toEqual({ url: audit.url, below: [] });
      expect(audit.scores.accessibility).toBe(100);
      expect(audit.scores["best-practices"]).toBe(100);
      expect(audit.scores.seo).toBe(100);
    }
  });
});
