import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext } from "playwright-core";
import { axePath, openHarness, type Harness } from "./harness.ts";
import { pickText, textPagePath } from "./site-data.ts";

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

let harness: Harness;
const contexts: Record<string, BrowserContext> = {};
const pages = ["", textPagePath(pickText({ headings: true }).slug), "search/?q=湖南"];

beforeAll(async () => {
  harness = await openHarness();
  contexts["light"] = await harness.newContext({ colorScheme: "light" });
  contexts["dark"] = await harness.newContext({ colorScheme: "dark" });
});
afterAll(async () => harness?.close());

describe.each(["light", "dark"])("axe-core (%s)", (scheme) => {
  it.each(pages)("/%s has no violations", async (path) => {
    const page = await contexts[scheme]!.newPage();
    await page.goto(harness.baseUrl + path);
    if (path.startsWith("search")) await page.locator("#search-results li").first().waitFor();
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
      return (await axe.run()).violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => n.target.join(" ")),
      }));
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
