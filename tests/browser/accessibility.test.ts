/**
 * axe-core on every page of the built site — home, search, every text, every source view, every
 * glossary, person and body entry and their indexes — in the light and the dark colour scheme:
 * zero violations. One browser page per scheme walks the site.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axePath, openHarness, type Harness } from "./harness.ts";
import { sitePages } from "./site-pages.ts";

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

let harness: Harness;
const pages = [...sitePages(), "search/?q=湖南"];

/** Violations of one page, as `/path rule: selector` strings (axe is injected into every page). */
async function violations(page: Page, path: string): Promise<string[]> {
  await page.goto(harness.baseUrl + path);
  if (path.startsWith("search/?")) await page.locator("#search-results li").first().waitFor();
  const found = await page.evaluate(async () => {
    type Axe = { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    // Only violations: computing passes and incompletes doubles the time on 300 pages.
    const { violations } = await axe.run(document, { resultTypes: ["violations"] });
    return violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
  return found.flatMap((v) => v.nodes.map((node) => `/${path} ${v.id}: ${node}`));
}

/** Check every page in two browser pages at once (the two cores), returning all violations. */
async function checkAll(scheme: "light" | "dark"): Promise<string[]> {
  const context = await harness.newContext({ colorScheme: scheme });
  await context.addInitScript({ path: axePath });
  const queue = [...pages];
  const found: string[] = [];
  const worker = async () => {
    const page = await context.newPage();
    for (let path = queue.shift(); path !== undefined; path = queue.shift())
      found.push(...(await violations(page, path)));
  };
  await Promise.all([worker(), worker()]);
  return found.sort();
}

beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => harness?.close());

describe.each(["light", "dark"] as const)("axe-core on every page (%s)", (scheme) => {
  it(`finds no violation on any of the ${pages.length} pages`, { timeout: 900_000 }, async () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(await checkAll(scheme)).toEqual([]);
  });
});
