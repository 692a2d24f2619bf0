import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openHarness, type Harness } from "./harness.ts";
import { readTextExports } from "./site-data.ts";

let harness: Harness;
let page: Page;

/** A Chinese query that occurs in the edition: 湖南 when present, else a paragraph's first 4 characters. */
function chineseQuery(): string {
  const paragraphs = readTextExports().flatMap((t) => t.data.blocks.filter((b) => b.type === "paragraph"));
  if (paragraphs.some((b) => b.text.includes("湖南"))) return "湖南";
  const han = paragraphs.map((b) => /\p{Script=Han}{4}/u.exec(b.text)?.[0]).find(Boolean);
  if (!han) throw new Error("no Chinese paragraph in the exports");
  return han;
}

beforeAll(async () => {
  harness = await openHarness();
  page = await (await harness.newContext()).newPage();
});
afterAll(async () => harness?.close());

describe("search page", () => {
  it("finds a Chinese query typed into the box and links to a paragraph", async () => {
    const query = chineseQuery();
    await page.goto(`${harness.baseUrl}search/`);
    await page.fill("#q", query);
    await page.press("#q", "Enter");
    const first = page.locator("#search-results li a").first();
    await first.waitFor({ timeout: 20_000 });
    const href = (await first.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/texts\/[a-z0-9-]+\/#[a-z0-9-]+/);
    expect(await page.locator("#search-results mark").first().textContent()).toBe(query);
  });

  it("lands on the paragraph the hit names", async () => {
    const href = (await page.locator("#search-results li a").first().getAttribute("href")) ?? "";
    const id = /#([a-z0-9-]+)/.exec(href)?.[1];
    await page.click("#search-results li a >> nth=0");
    await page.waitForURL(/\/texts\//);
    expect(await page.locator(`#${id}`).count()).toBe(1);
    expect(await page.$eval(`#${id}`, (el) => el.closest(".reading") !== null)).toBe(true);
  });

  it("made no request to another host", () => {
    expect(harness.externalRequests).toEqual([]);
  });
});
