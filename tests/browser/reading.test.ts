/**
 * Reading comfort in the browser: the reader's colour scheme and text size persist across pages,
 * 简/繁 changes the reading text only and keeps the ids, print makes a handout, the contents follow
 * the reading on a wide screen and start closed on a phone, targets are 44px tall to a finger, and
 * skip links lead to the contents and the citation panel.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { openHarness, type Harness } from "./harness.ts";
import { pickText, readTextExports, textPagePath } from "./site-data.ts";
import * as OpenCC from "opencc-js/cn2t";

let harness: Harness;
const structured = pickText({ headings: true, paragraphs: 10 });
const other = readTextExports().find((t) => t.data.slug !== structured.slug)?.data;

/** Choose an option of the reading settings by its label. */
async function choose(page: Page, label: string): Promise<void> {
  if (!(await page.$eval(".reading-settings", (el) => (el as HTMLDetailsElement).open)))
    await page.click(".reading-settings > summary");
  await page.click(`.reading-settings label:has-text("${label}")`);
}

beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => harness?.close());

describe("reading settings", () => {
  it("keep the dark scheme and a larger text across pages", async () => {
    const context = await harness.newContext({ colorScheme: "light" });
    const page = await harness.open(textPagePath(structured.slug), context);
    const size = () => page.$eval(".reading", (el) => parseFloat(getComputedStyle(el).fontSize));
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const [lightBackground, normalSize] = [await background(), await size()];
    await choose(page, "深色");
    await choose(page, "特大");
    expect(await background()).not.toBe(lightBackground);
    expect(await size()).toBeGreaterThan(normalSize);
    await page.goto(`${harness.baseUrl}${textPagePath(other?.slug ?? "")}`);
    expect(await page.getAttribute("html", "data-theme")).toBe("dark");
    expect(await background()).not.toBe(lightBackground);
    expect(await size()).toBeGreaterThan(normalSize);
    await page.goto(harness.baseUrl);
    expect(await page.getAttribute("html", "data-theme")).toBe("dark");
  });

  it("keep a choice made while the settings' code is still loading (a slow phone)", async () => {
    const context = await harness.newContext();
    // The panel's code arrives two seconds late, after the reader has already chosen.
    await context.route(/reading-settings\.[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await route.continue();
    });
    const page = await harness.open(textPagePath(structured.slug), context);
    await choose(page, "深色");
    await expect.poll(() => page.getAttribute("html", "data-theme"), { timeout: 20_000 }).toBe("dark");
    expect(await page.isChecked('.reading-settings input[name="theme"][value="dark"]')).toBe(true);
    await context.close();
  });

  it("switch the reading text to traditional characters and back, keeping the ids", async () => {
    const context = await harness.newContext();
    const page = await harness.open(textPagePath(structured.slug), context);
    const ids = () => page.$$eval(".reading > [id]", (els) => els.map((el) => el.id));
    const before = await ids();
    const firstText = () =>
      page.$eval(".reading > p", (el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll(".block-number, .block-mark").forEach((n) => n.remove());
        return copy.textContent ?? "";
      });
    const printed = await firstText();
    await choose(page, "繁體");
    await expect.poll(firstText, { timeout: 20_000 }).not.toBe(printed);
    // What OpenCC itself makes of the printed text.
    expect(await firstText()).toBe(OpenCC.Converter({ from: "cn", to: "t" })(printed));
    expect(await ids()).toEqual(before);
    expect(await page.textContent("header")).toContain("湖南文献数字版"); // only the reading text changes
    await page.reload();
    await expect.poll(firstText, { timeout: 20_000 }).not.toBe(printed);
    await choose(page, "简体");
    expect(await firstText()).toBe(printed);
  });
});

describe("print", () => {
  it("makes a handout: no navigation or buttons, the permalink under the title, the numbers kept", async () => {
    const page = await harness.open(textPagePath(structured.slug));
    await page.emulateMedia({ media: "print" });
    const shown = (selector: string) => page.$eval(selector, (el) => getComputedStyle(el).display !== "none");
    for (const hidden of [".site-header", ".site-footer", ".toc", ".cite-panel", ".prev-next"])
      expect(await shown(hidden)).toBe(false);
    expect(await shown(".title-block .permalink")).toBe(true);
    expect(await page.textContent(".title-block .permalink")).toContain(`/texts/${structured.slug}/`);
    expect(await shown(".reading > [id] > .block-number")).toBe(true);
  });
});

describe("contents and targets", () => {
  let wide: BrowserContext;
  beforeAll(async () => {
    wide = await harness.newContext({ viewport: { width: 1440, height: 900 } });
  });

  it("follow the reading position on a wide screen", async () => {
    const page = await harness.open(textPagePath(structured.slug), wide);
    const last = structured.blocks.filter((b) => b.type === "heading").at(-1);
    await page.$eval(`#${last?.id}`, (el) => el.scrollIntoView());
    await expect.poll(() => page.getAttribute(`.toc a[href="#${last?.id}"]`, "aria-current")).toBe("location");
    expect(await page.$eval(".toc", (el) => getComputedStyle(el).position)).toBe("sticky");
  });

  it("start closed on a phone, where targets are 44px tall to a finger", async () => {
    const phone = await harness.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await harness.open(textPagePath(structured.slug), phone);
    expect(await page.$eval(".toc", (el) => (el as HTMLDetailsElement).open)).toBe(false);
    const heights = await page.$$eval(".reading > [id] > button.block-number", (els) =>
      els.map((el) => el.getBoundingClientRect().height),
    );
    expect(heights.length).toBe(structured.blocks.length);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
  });

  it("offer skip links to the contents and the citation panel", async () => {
    const page = await harness.open(textPagePath(structured.slug), wide);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("跳到目录");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(new URL(page.url()).hash).toBe("#cite-panel-heading");
  });
});
