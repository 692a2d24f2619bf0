/**
 * Run-in heads stay in their paragraph, as printed: the Xiangtan resolution's item 1 is one
 * paragraph with the id i1, its head marked inside it, listed in the contents; the id its body had
 * before (p3) still lands on it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { openHarness, type Harness } from "./harness.ts";
import { readTextExports, textPagePath } from "./site-data.ts";

let harness: Harness;
let desktop: BrowserContext;
const resolution = readTextExports()
  .map((t) => t.data)
  .find((t) => t.source.file.startsWith("004_"));
if (!resolution) throw new Error("the Xiangtan resolution (004) is not in dist/data/texts");
const path = textPagePath(resolution.slug);

/** Where a block sits in the viewport and whether it is highlighted. */
async function landing(page: Page, id: string) {
  return page.$eval(`#${id}`, (el) => ({
    top: el.getBoundingClientRect().top,
    height: window.innerHeight,
    background: getComputedStyle(el).backgroundColor,
    text: el.textContent ?? "",
  }));
}

beforeAll(async () => {
  harness = await openHarness();
  desktop = await harness.newContext({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => harness?.close());

describe("a run-in head", () => {
  it("is exported as one paragraph with its head", () => {
    expect(resolution.blocks.find((b) => b.id === "i1")).toMatchObject({
      type: "paragraph",
      runIn: "1.提高政治站位。",
    });
    expect(resolution.aliases["p3"]).toBe("i1");
  });

  it("#i1 lands on the paragraph that starts 1.提高政治站位。 and highlights it", async () => {
    const page = await harness.open(`${path}#i1`, desktop);
    const block = await landing(page, "i1");
    expect(await page.$eval("#i1", (el) => el.tagName)).toBe("P");
    expect(await page.textContent("#i1 > strong.run-in")).toBe("1.提高政治站位。");
    expect(block.text).toContain("1.提高政治站位。推动长江经济带发展");
    expect(block.top).toBeGreaterThanOrEqual(0);
    expect(block.top).toBeLessThan(block.height / 2);
    expect(block.background).not.toBe("rgba(0, 0, 0, 0)");
    expect(await page.textContent("#i1 > .block-number")).toBe("i1");
  });

  it("the old #p3 link lands on the same paragraph", async () => {
    const page = await harness.open(`${path}#p3`, desktop);
    expect(await page.$eval("#p3", (el) => el.parentElement?.id)).toBe("i1");
    const block = await landing(page, "i1");
    expect(block.top).toBeGreaterThanOrEqual(0);
    expect(block.top).toBeLessThan(block.height / 2);
    expect(block.background).not.toBe("rgba(0, 0, 0, 0)");
  });

  it("is listed in the table of contents", async () => {
    const page = await harness.open(path, desktop);
    const entries = await page.$$eval(".toc a", (links) => links.map((a) => [a.getAttribute("href"), a.textContent]));
    expect(entries).toContainEqual(["#i1", "1.提高政治站位。"]);
    expect(entries.filter(([href]) => href?.startsWith("#i"))).toHaveLength(24);
  });
});
