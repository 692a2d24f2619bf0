/**
 * Lighthouse (the npm package) over pages of a built site served locally, driving Debian's
 * Chromium (found as the browser tests find it): mobile emulation with Lighthouse's default
 * simulated throttling, the four categories. Shared by `npm run bench:lighthouse` (all four scores)
 * and the browser test (accessibility, best practices and SEO, which do not depend on timing).
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumArgs, findChromium } from "../../tests/browser/find-chromium.ts";

export const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof categories)[number];

/** One page's scores (0–100) and the audits that kept a category below 100. */
export interface PageAudit {
  url: string;
  scores: Record<Category, number>;
  failing: string[];
}

/** Audit each URL in one Chromium, one after the other (the machine has two cores). */
export async function auditPages(urls: readonly string[]): Promise<PageAudit[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: chromiumArgs.map((flag) => (flag === "--headless" ? "--headless=new" : flag)),
  });
  try {
    const audits: PageAudit[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, logLevel: "error", output: "json" });
      if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(
        categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
      ) as Record<Category, number>;
      const failing = categories.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${c}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`),
      );
      audits.push({ url, scores, failing });
    }
    return audits;
  } finally {
    chrome.kill();
  }
}
