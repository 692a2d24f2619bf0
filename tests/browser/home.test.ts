import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openHarness, type Harness } from "./harness.ts";
import { readCorpus } from "./site-data.ts";

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await openHarness();
  page = await (await harness.newContext()).newPage();
  await page.goto(harness.baseUrl);
});
afterAll(async () => harness?.close());

describe("home page", () => {
  it("is Chinese (zh-CN) with the site title", async () => {
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    expect(await page.textContent("header")).toContain("湘文 · 湖南文献数字版");
  });

  it("lists all 15 documents, each linking to its text page", async () => {
    const hrefs = await page.$$eval("main a[href*='/texts/']", (links) => links.map((a) => a.getAttribute("href")));
    const unique = new Set(hrefs);
    expect(unique.size).toBe(15);
    expect(unique.size).toBe(hrefs.length);
    const expected = readCorpus().texts.map((t) => new URL(t.url).pathname);
    expect([...unique].sort()).toEqual(expected.sort());
  });

  it("shows supplied titles in 〔 〕 and each document's kind label", async () => {
    const corpus = readCorpus();
    const items = await page.$$eval(".timeline-item", (els) => els.map((el) => el.textContent ?? ""));
    expect(items).toHaveLength(corpus.texts.length);
    for (const item of items) expect(item).toMatch(/讲话|决议|报告|公报|新闻|综述|续文|其他/);
  });

  it("has a search form that works without JavaScript (GET to search/ with q)", async () => {
    const form = page.locator("header form[role=search]");
    expect(await form.getAttribute("method")).toBe("get");
    expect(await form.getAttribute("action")).toMatch(/\/search\/$/);
    expect(await form.locator("input[name=q]").count()).toBe(1);
  });

  it("made no request to another host", () => {
    expect(harness.externalRequests).toEqual([]);
  });
});
