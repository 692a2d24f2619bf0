import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext } from "playwright-core";
import { openHarness, type Harness } from "./harness.ts";
import { pickText, textPagePath } from "./site-data.ts";

let harness: Harness;
let noJs: BrowserContext;
const text = pickText({ headings: true });

beforeAll(async () => {
  harness = await openHarness();
  noJs = await harness.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
});
afterAll(async () => harness?.close());

describe("with JavaScript off", () => {
  it("shows the text", async () => {
    const page = await harness.open(textPagePath(text.slug), noJs);
    const first = text.blocks.find((b) => b.type === "paragraph");
    expect(await page.isVisible(`#${first?.id}`)).toBe(true);
    expect(await page.textContent(`#${first?.id}`)).toContain(first?.text.slice(0, 10));
  });

  it("follows table-of-contents links to their headings (on a phone, from the collapsed contents)", async () => {
    const page = await harness.open(textPagePath(text.slug), noJs);
    const heading = text.blocks.filter((b) => b.type === "heading").at(-1);
    expect(await page.isVisible(`.toc a[href="#${heading?.id}"]`)).toBe(false);
    await page.click(".toc summary");
    await page.click(`.toc a[href="#${heading?.id}"]`);
    expect(new URL(page.url()).hash).toBe(`#${heading?.id}`);
    const inView = await page.$eval(`#${heading?.id}`, (el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    expect(inView).toBe(true);
  });

  it("shows the contents beside the text on a wide screen", async () => {
    const wide = await harness.newContext({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
    const page = await harness.open(textPagePath(text.slug), wide);
    const heading = text.blocks.filter((b) => b.type === "heading").at(-1);
    expect(await page.isVisible(`.toc a[href="#${heading?.id}"]`)).toBe(true);
    const [toc, reading] = await Promise.all([
      page.locator(".toc").boundingBox(),
      page.locator(".reading").boundingBox(),
    ]);
    expect(toc && reading && toc.x + toc.width <= reading.x).toBe(true);
    await wide.close();
  });

  it("tells the reader that search needs JavaScript", async () => {
    const page = await harness.open("search/?q=湖南", noJs);
    expect(await page.textContent("main")).toContain("全文检索需要启用 JavaScript");
  });

  it("has no margin number overflowing a phone screen", async () => {
    const page = await harness.open(textPagePath(text.slug), noJs);
    const overflow = await page.$$eval(
      ".block-number",
      (els) =>
        els.filter((el) => el.getBoundingClientRect().left < 0 || el.getBoundingClientRect().right > window.innerWidth)
          .length,
    );
    expect(overflow).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});
