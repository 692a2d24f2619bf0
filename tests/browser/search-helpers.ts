/** Shared steps of the search browser tests: run a query on the search page, read every hit. */
import type { Page } from "playwright-core";
import type { Harness } from "./harness.ts";
import { readTextExports } from "./site-data.ts";

/** `slug#id` of every block whose text contains every term (exact substring), from the JSON exports. */
export function blocksContaining(...terms: string[]): string[] {
  return readTextExports().flatMap(({ data }) =>
    data.blocks.filter((block) => terms.every((term) => block.text.includes(term))).map((b) => `${data.slug}#${b.id}`),
  );
}

/** Wait until the status line reports a finished search, and return it. */
export async function finishedStatus(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const status = document.getElementById("search-status")?.textContent ?? "";
    return status !== "" && status !== "检索中…";
  });
  return (await page.textContent("#search-status")) ?? "";
}

/** A fresh search page opened at `?q=<query>` (plus other parameters), its search finished. */
export async function searchPage(harness: Harness, query: string, params: Record<string, string> = {}): Promise<Page> {
  const page = await harness.open(`search/?${new URLSearchParams({ q: query, ...params }).toString()}`);
  await finishedStatus(page);
  return page;
}

/** Hrefs of the hits shown now. */
export function shownHrefs(page: Page): Promise<string[]> {
  return page.$$eval("#search-results a.search-hit", (links) => links.map((link) => link.getAttribute("href") ?? ""));
}

/** Press "显示更多" until every hit is shown; returns every hit's href. */
export async function allHrefs(page: Page): Promise<string[]> {
  while (await page.isVisible("#search-more")) {
    const before = await page.locator("#search-results a.search-hit").count();
    await page.click("#search-more");
    await page.waitForFunction((n) => document.querySelectorAll("#search-results a.search-hit").length > n, before);
  }
  return shownHrefs(page);
}

/** `slug#id` of a hit link (`/texts/<slug>/?hl=…#<id>`). */
export function hitKey(href: string): string {
  const url = new URL(href, "http://x");
  return `${/\/texts\/([^/]+)\//.exec(url.pathname)?.[1] ?? ""}#${url.hash.slice(1)}`;
}
