import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext } from "playwright-core";
import { openHarness, type Harness } from "./harness.ts";
import { pickText, textPagePath } from "./site-data.ts";
import { idFromMarginLabel } from "../../src/format/block-id.ts";

let harness: Harness;
let desktop: BrowserContext;
const text = pickText({ paragraphs: 4, ids: ["p3"] });

beforeAll(async () => {
  harness = await openHarness();
  desktop = await harness.newContext({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => harness?.close());

describe("text page", () => {
  it("shows every block with its id and a margin number equal to the id", async () => {
    const page = await harness.open(textPagePath(text.slug), desktop);
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    const blocks = await page.$$eval(".reading > [id]", (els) =>
      els.map((el) => ({ id: el.id, number: el.querySelector(":scope > .block-number")?.textContent ?? "" })),
    );
    expect(blocks.map((b) => b.id)).toEqual(text.blocks.map((b) => b.id));
    for (const block of blocks) expect(idFromMarginLabel(block.number)).toBe(block.id);
    // Without JavaScript the margin number is a plain link to its own block.
    const plain = await harness.open(textPagePath(text.slug), await harness.newContext({ javaScriptEnabled: false }));
    expect(await plain.getAttribute(`#${text.blocks[0]?.id} > .block-number`, "href")).toBe(`#${text.blocks[0]?.id}`);
  });

  it("highlights the targeted paragraph #p3 and scrolls it into view", async () => {
    const page = await harness.open(`${textPagePath(text.slug)}#p3`, desktop);
    const other = text.blocks.find((b) => b.type === "paragraph" && b.id !== "p3")?.id ?? "p1";
    const background = (id: string) => page.$eval(`#${id}`, (el) => getComputedStyle(el).backgroundColor);
    expect(await background("p3")).not.toBe(await background(other));
    const inView = await page.$eval("#p3", (el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    expect(inView).toBe(true);
  });

  it("keeps the reading text out of navigation: only the text is indexed for search", async () => {
    const page = await harness.open(textPagePath(text.slug), desktop);
    expect(await page.locator("[data-pagefind-body]").count()).toBe(1);
    expect(await page.locator("[data-pagefind-body] .title-block, [data-pagefind-body] nav").count()).toBe(0);
  });

  it("makes no request to another host", async () => {
    await harness.expectOnlyLocalRequests([textPagePath(text.slug)]);
  });
});
