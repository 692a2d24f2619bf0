/**
 * Arriving from a search result: the link opens the block it names, scrolled to the top, with the
 * match marked inside that block only; a text page loads no search code or index until the reader
 * searches; from file:// the search page says what does not work.
 */
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axePath, distDir, openHarness, type Harness } from "./harness.ts";
import { pickText, textPagePath } from "./site-data.ts";
import { allHrefs, blocksContaining, hitKey, searchPage } from "./search-helpers.ts";

let harness: Harness;

beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => harness?.close());

/** Where the block stands and what is marked, on a page opened from a hit. */
async function landing(page: Page, id: string) {
  return page.evaluate((blockId) => {
    const block = document.getElementById(blockId);
    const marks = [...document.querySelectorAll("mark.search-mark")];
    const atBottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    return {
      top: block?.getBoundingClientRect().top ?? Number.NaN,
      height: window.innerHeight,
      atBottom,
      marks: marks.map((mark) => mark.textContent),
      outside: marks.filter((mark) => !block?.contains(mark)).length,
    };
  }, id);
}

/** Expect the page to show block `id` at the top (or scrolled as far as it goes) with `query` marked in it. */
async function expectLanded(page: Page, id: string, query: string): Promise<void> {
  const state = await landing(page, id);
  expect(state.outside).toBe(0);
  expect(state.marks.length).toBeGreaterThan(0);
  for (const mark of state.marks) expect(mark).toBe(query);
  expect(state.top).toBeGreaterThanOrEqual(-2);
  if (!state.atBottom) expect(state.top).toBeLessThan(40);
  else expect(state.top).toBeLessThan(state.height);
}

describe("arriving from a search result", () => {
  it("lands on the climate speech's paragraph for 碳达峰 with the match marked in it", async () => {
    const page = await searchPage(harness, "碳达峰");
    const href = (await page.getAttribute("#search-results a.search-hit >> nth=0", "href")) ?? "";
    expect(href).not.toContain(":~:");
    await page.click("#search-results a.search-hit >> nth=0");
    await page.waitForURL(/\/texts\/.+#/);
    await page.waitForSelector("mark.search-mark");
    const id = new URL(page.url()).hash.slice(1);
    expect(hitKey(page.url())).toBe(hitKey(href));
    await expectLanded(page, id, "碳达峰");
  });

  it("lands every hit of 湘 on its own block, not on the 湘 of the site name", { timeout: 180_000 }, async () => {
    const hrefs = await allHrefs(await searchPage(harness, "湘"));
    expect(hrefs.map(hitKey).sort()).toEqual(blocksContaining("湘").sort());
    const context = await harness.newContext({ viewport: { width: 1280, height: 800 } });
    // A fresh page per link, as following a result from the list is: a full load, not a hash change.
    for (const href of hrefs) {
      const page = await harness.open(href, context);
      await page.waitForSelector("mark.search-mark");
      await expectLanded(page, new URL(href, harness.baseUrl).hash.slice(1), "湘");
      await page.close();
    }
    await context.close();
  });

  it("marks nothing without a highlight parameter", async () => {
    const text = pickText({ paragraphs: 3 });
    const page = await harness.open(`${textPagePath(text.slug)}#${text.blocks[1]?.id}`);
    await page.waitForLoadState("networkidle");
    expect(await page.locator("mark").count()).toBe(0);
  });

  it("has no accessibility violations on a marked block, light and dark", async () => {
    const hit = (await allHrefs(await searchPage(harness, "碳达峰")))[0] ?? "";
    for (const colorScheme of ["light", "dark"] as const) {
      // axe goes in as an init script: the page's Content-Security-Policy refuses injected <script> tags.
      const context = await harness.newContext({ colorScheme });
      await context.addInitScript({ path: axePath });
      const page = await harness.open(hit, context);
      await page.waitForSelector("mark.search-mark");
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } }).axe;
        return (await axe.run()).violations.map((v) => v.id);
      });
      expect(violations).toEqual([]);
    }
  });
});

describe("loading search only when it is used", () => {
  it("a text page fetches no search code or index until the reader searches", async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(harness.baseUrl + textPagePath(pickText({ paragraphs: 3 }).slug), { waitUntil: "networkidle" });
    await page.focus("input[data-site-search]");
    await page.keyboard.type("碳达峰");
    await page.waitForTimeout(300);
    expect(requests.filter((url) => /search-index\/|pagefind\//.test(url))).toEqual([]);
    for (const url of requests.filter((u) => u.endsWith(".js"))) {
      const code = await (await fetch(url)).text();
      expect(code, url).not.toContain("search index not found");
    }
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForSelector("#search-results a.search-hit");
    expect(requests.some((url) => url.includes("search-index/manifest.json"))).toBe(true);
  });

  it("focuses the header's search box with / on a text page", async () => {
    const page = await harness.open(textPagePath(pickText().slug));
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-site-search"))).toBe(true);
  });

  it("says plainly that search needs the site served when opened from disk", async () => {
    const page = await (await harness.browser.newContext()).newPage();
    await page.goto(`${pathToFileURL(join(distDir, "search", "index.html")).href}?q=${encodeURIComponent("湖南")}`);
    expect(await page.isVisible("#search-from-file")).toBe(true);
    expect(await page.textContent("#search-from-file")).toContain("需要通过网站服务器访问");
  });

  it("makes no request to another host while searching and landing", async () => {
    const hit = (await allHrefs(await searchPage(harness, "长株潭")))[0] ?? "";
    await harness.expectOnlyLocalRequests([`search/?q=${encodeURIComponent("长株潭")}`, hit.replace(/^\//, "")]);
  });
});
