import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openHarness, type Harness } from "./harness.ts";
import { readCorpus } from "./site-data.ts";

let harness: Harness;

beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => harness?.close());

describe("home page", () => {
  it("is Chinese (zh-CN) with the site title", async () => {
    const page = await harness.open("");
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    expect(await page.textContent("header")).toContain("湘文 · 湖南文献数字版");
  });

  it("lists every document, each linking to its text page", async () => {
    const page = await harness.open("");
    const hrefs = await page.$$eval("main a[href*='texts/']", (links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    const unique = new Set(hrefs);
    const expected = readCorpus().texts.map((t) => new URL(t.url).pathname);
    expect(unique.size).toBe(expected.length);
    expect(unique.size).toBe(hrefs.length);
    expect([...unique].sort()).toEqual(expected.sort());
  });

  it("shows each document's kind label", async () => {
    const page = await harness.open("");
    const items = await page.$$eval(".timeline-item", (els) => els.map((el) => el.textContent ?? ""));
    expect(items).toHaveLength(readCorpus().texts.length);
    for (const item of items) expect(item).toMatch(/讲话|决议|报告|公报|新闻|综述|续文|其他/);
  });

  it("has a search form that works without JavaScript (GET to search/ with q)", async () => {
    const page = await harness.open("");
    const form = page.locator("header form[role=search]");
    expect(await form.getAttribute("method")).toBe("get");
    expect(await form.evaluate((f) => (f as HTMLFormElement).action)).toBe(`${harness.baseUrl}search/`);
    expect(await form.locator("input[name=q]").count()).toBe(1);
  });

  it("makes no request to another host", async () => {
    await harness.expectOnlyLocalRequests([""]);
  });
});
