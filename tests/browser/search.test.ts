import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openHarness, type Harness } from "./harness.ts";
import { readTextExports } from "./site-data.ts";

let harness: Harness;

/** A Chinese query that occurs in the edition: 湖南 when present, else a paragraph's first 4 characters. */
function chineseQuery(): string {
  const paragraphs = readTextExports().flatMap((t) => t.data.blocks.filter((b) => b.type === "paragraph"));
  if (paragraphs.some((b) => b.text.includes("湖南"))) return "湖南";
  const han = paragraphs.map((b) => /\p{Script=Han}{4}/u.exec(b.text)?.[0]).find(Boolean);
  if (!han) throw new Error("no Chinese paragraph in the exports");
  return han;
}

/** The search page with `query` typed into the box and the first hit shown. */
async function searchFor(query: string): Promise<Page> {
  const page = await harness.open("search/");
  await page.fill("#q", query);
  await page.press("#q", "Enter");
  await page.locator("#search-results li a").first().waitFor({ timeout: 20_000 });
  return page;
}

beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => harness?.close());

describe("search page", () => {
  it("finds a Chinese query typed into the box and links to a paragraph", async () => {
    const query = chineseQuery();
    const page = await searchFor(query);
    const href = (await page.locator("#search-results li a").first().getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/texts\/[a-z0-9-]+\/#[a-z0-9_-]+/);
    expect(await page.locator("#search-results mark").first().textContent()).toBe(query);
  });

  it("lands on the paragraph the hit names", async () => {
    const page = await searchFor(chineseQuery());
    const href = (await page.locator("#search-results li a").first().getAttribute("href")) ?? "";
    const id = /#([a-z0-9_-]+)/.exec(href)?.[1];
    await page.click("#search-results li a >> nth=0");
    await page.waitForURL(/\/texts\//);
    expect(await page.locator(`#${id}`).count()).toBe(1);
    expect(await page.$eval(`#${id}`, (el) => el.closest(".reading") !== null)).toBe(true);
  });

  it("makes no request to another host", async () => {
    await harness.expectOnlyLocalRequests([`search/?q=${encodeURIComponent(chineseQuery())}`]);
  });
});
