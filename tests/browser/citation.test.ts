/**
 * Citing a text in the browser: the per-paragraph control copies the permalink and the GB/T 7714
 * citation to the clipboard — at the address the reader is using and with the reader's date, not
 * the build's (the test server is not SITE_URL) — a paragraph URL lands highlighted, the "引用本文"
 * panel shows every style (the access date left for the reader without JavaScript), its downloads
 * parse back to the page's title and date, and the head carries the metadata reference managers read.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { axePath, openHarness, type Harness } from "./harness.ts";
import { pickText, textPagePath } from "./site-data.ts";
import { blockCitation } from "../../src/lib/citation/block-citation.ts";
import { marginName } from "../../src/format/block-id.ts";
import { parseDocumentFile } from "../../scripts/lib/previous-content.ts";

let harness: Harness;
let context: BrowserContext;
const text = pickText({ ids: ["p3", "p4"], statedDate: true });
const contentFile = join(import.meta.dirname, "../../content/texts", `${text.slug}.md`);
const doc = parseDocumentFile(contentFile, readFileSync(contentFile, "utf8")).frontmatter;

/** A fresh desktop page of the text, with clipboard access. */
const textPage = (): Promise<Page> => harness.open(textPagePath(text.slug), context);

/** The reader's date in the page's own browser, YYYY-MM-DD. */
function readersDateIn(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  });
}

/** The address the reader uses for the text page (the test server, not SITE_URL). */
const realAddress = () => `${harness.baseUrl}${textPagePath(text.slug)}`;

beforeAll(async () => {
  harness = await openHarness();
  context = await harness.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
});
afterAll(async () => harness?.close());

describe("per-paragraph copy control", () => {
  it("is a labelled button on every paragraph and heading", async () => {
    const page = await textPage();
    const labels = await page.$$eval(".reading > [id]", (blocks) =>
      blocks.map((b) => b.querySelector(":scope > button.block-number")?.getAttribute("aria-label") ?? ""),
    );
    expect(labels).toHaveLength(text.blocks.length);
    text.blocks.forEach((block, i) => expect(labels[i]).toBe(`${marginName(block.id, block.text)}：链接、引用与注释`));
    expect(labels).toContain("第3段：链接、引用与注释");
  });

  it("copy link puts the absolute permalink of ¶3 on the clipboard", async () => {
    const page = await textPage();
    await page.click("#p3 > button.block-number");
    expect(await page.getAttribute("#p3 > button.block-number", "aria-expanded")).toBe("true");
    await page.click("#p3 .block-menu >> text=复制链接");
    await expect.poll(() => page.textContent(".block-status")).toBe("已复制链接");
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${realAddress()}#p3`);
    expect(link).not.toContain(new URL(text.url).host); // not the build's SITE_URL (localhost:4321)
  });

  it("copy citation puts the GB/T 7714 citation of ¶3 on the clipboard", async () => {
    const page = await textPage();
    await page.click("#p3 > button.block-number");
    await page.click("#p3 .block-menu >> text=复制引用");
    await expect.poll(() => page.textContent(".block-status")).toContain("已复制引用");
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    const accessed = await readersDateIn(page);
    expect(citation).toContain(`${realAddress()}#p3.`);
    expect(citation).toContain(`[${accessed}]`);
    expect(citation.endsWith(`${realAddress()}#p3.`)).toBe(true); // the anchor locates it; nothing trails
    expect(citation).toBe(blockCitation(doc, { url: realAddress(), blockId: "p3", accessed }));
  });

  it("works from the keyboard: one Tab stop per block, Enter opens, Escape closes and returns focus", async () => {
    const page = await textPage();
    await page.focus("#p2 > .block-number");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "第3段：链接、引用与注释",
    );
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("复制链接");
    await page.keyboard.press("Escape");
    expect(await page.locator(".block-menu").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-expanded"))).toBe("false");
  });

  it("selects the text for Ctrl+C when the clipboard is refused", async () => {
    const refused = await context.newPage();
    await refused.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
    });
    await refused.goto(harness.baseUrl + textPagePath(text.slug));
    await refused.click("#p3 > button.block-number");
    await refused.click("#p3 .block-menu >> text=复制链接");
    const selected = await refused.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      return input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0);
    });
    expect(selected).toBe(`${realAddress()}#p3`);
    expect(await refused.textContent(".block-status")).toContain("Ctrl+C");
    await refused.close();
  });

  it("has no axe-core violations with the menu open on a paragraph and a heading", async () => {
    // axe goes in as an init script: the page's Content-Security-Policy refuses injected <script> tags.
    const withAxe = await harness.newContext({ viewport: { width: 1280, height: 800 } });
    await withAxe.addInitScript({ path: axePath });
    const page = await harness.open(textPagePath(text.slug), withAxe);
    const heading = text.blocks.find((b) => b.type === "heading");
    for (const id of ["p3", heading?.id].filter(Boolean)) {
      await page.click(`#${id} > button.block-number`);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } }).axe;
        return (await axe.run()).violations.map((v) => v.id);
      });
      expect(violations).toEqual([]);
    }
    await page.keyboard.press("Escape");
  });

  it("adds no text to the blocks once closed (the reading text stays exactly the export's)", async () => {
    const page = await textPage();
    await page.click("#p3 > button.block-number");
    await page.keyboard.press("Escape");
    expect(await page.locator(".block-menu").count()).toBe(0);
    const shown = await page.$$eval(".reading > [id]", (els) =>
      els.map((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll(".block-number, .alias-anchor").forEach((n) => n.remove());
        return copy.textContent ?? "";
      }),
    );
    expect(shown).toEqual(text.blocks.map((b) => b.text));
  });
});

describe("paragraph URL", () => {
  it("scrolls ¶3 into view and highlights it", async () => {
    const fresh = await context.newPage();
    await fresh.goto(`${harness.baseUrl}${textPagePath(text.slug)}#p3`);
    const box = await fresh.$eval("#p3", (el) => {
      const rect = el.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom, height: window.innerHeight };
    });
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeLessThan(box.height / 2);
    const background = (id: string) => fresh.$eval(`#${id}`, (el) => getComputedStyle(el).backgroundColor);
    expect(await background("p3")).not.toBe(await background("p4"));
    expect(await background("p4")).toBe("rgba(0, 0, 0, 0)");
    await fresh.close();
  });
});

describe("引用本文 / Cite panel", () => {
  it("shows GB/T 7714, APA and Chicago references, each with a copy button", async () => {
    const page = await textPage();
    const panel = page.locator("section.cite-panel");
    // The panel's script loads as the reader nears it (it is not part of the first view).
    expect(await panel.locator("button.cite-copy").count()).toBe(0);
    await panel.scrollIntoViewIfNeeded();
    await panel.locator("button.cite-copy").first().waitFor();
    expect(await panel.locator("h2").textContent()).toContain("引用本文");
    expect(await panel.locator("dt").allTextContents()).toEqual([
      expect.stringContaining("GB/T 7714-2015"),
      expect.stringContaining("APA 7"),
      expect.stringContaining("Chicago 17"),
    ]);
    const [gb, apa, chicago] = await panel.locator(".cite-text").allTextContents();
    expect(gb).toContain(`[${await readersDateIn(page)}]`); // GB/T prints the access date in brackets
    expect(gb).toMatch(/\[(EB|R|N)\/OL\]/);
    for (const reference of [gb, apa, chicago]) expect(reference).toContain(realAddress());
    expect(apa).toContain(`(${text.date?.slice(0, 4)}`);
    expect(chicago).toContain(`${text.date?.slice(0, 4)}.`);
    expect(await panel.locator("button.cite-copy").count()).toBe(3);
    // The panel is not part of the searchable reading text.
    expect(await page.locator("[data-pagefind-body] .cite-panel").count()).toBe(0);
  });

  it("is readable without JavaScript (and the page has no copy controls then)", async () => {
    const page = await textPage();
    const noJs = await harness.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(harness.baseUrl + textPagePath(text.slug));
    expect(await plain.isVisible(".cite-panel .cite-text >> nth=0")).toBe(true);
    // Without JavaScript: the published address (SITE_URL) and the access date left for the reader.
    const staticTexts = await plain.locator(".cite-panel .cite-text").allTextContents();
    expect(staticTexts[0]).toContain("[引用日期]");
    for (const reference of staticTexts) expect(reference).toContain(text.url);
    // With it: the same references, filled with the reader's date and address once the reader nears the panel.
    await page.locator(".cite-panel").scrollIntoViewIfNeeded();
    await page.locator(".cite-panel button.cite-copy").first().waitFor();
    const accessed = await readersDateIn(page);
    const filled = staticTexts.map((t) => t.replace("引用日期", accessed).split(text.url).join(realAddress()));
    expect(await page.locator(".cite-panel .cite-text").allTextContents()).toEqual(filled);
    expect(await plain.locator("button.block-number, .cite-copy").count()).toBe(0);
    expect(await plain.locator(".reading > [id] > a.block-number").count()).toBe(text.blocks.length);
    await noJs.close();
  });

  it.each([
    ["BibTeX", "bib"],
    ["RIS", "ris"],
    ["CSL-JSON", "json"],
  ])("the %s download parses back to the page's title and date", async (label, ext) => {
    const page = await textPage();
    const href = await page.getAttribute(`.cite-downloads a:text-is("${label}")`, "href");
    const url = new URL(href ?? "", page.url()).href;
    expect(url).toBe(`${harness.baseUrl}cite/${text.slug}.${ext}`);
    const body = await (await fetch(url)).text();
    const [item] = new Cite(ext === "json" ? JSON.parse(body) : body).data as {
      title?: string;
      issued?: { "date-parts": number[][] };
      URL?: string;
    }[];
    const title = await page.getAttribute('meta[name="citation_title"]', "content");
    expect(item?.title).toBe(title);
    expect(item?.title).toContain(text.title.replace(/^〔|〕$/g, "").slice(0, 8));
    const isoDate = (parts: (number | string)[] = []) => parts.map((n) => String(n).padStart(2, "0")).join("-");
    const issued = isoDate(item?.issued?.["date-parts"][0]);
    // citation-js reads the full date from DA (PY holds the year alone).
    expect(issued).toBe(text.date);
    expect(item?.URL).toBe(text.url);
  });
});

describe("<head> metadata for reference managers", () => {
  const meta = (page: Page, name: string) => page.getAttribute(`meta[name="${name}"]`, "content");

  it("has Highwire citation_* and Dublin Core tags", async () => {
    const page = await textPage();
    expect(await meta(page, "citation_title")).toContain(text.title.replace(/^〔|〕$/g, ""));
    expect(await meta(page, "citation_publication_date")).toBe(text.date?.replace(/-/g, "/"));
    expect(await meta(page, "citation_language")).toBe("zh");
    expect(await meta(page, "citation_publisher")).toBeTruthy();
    expect(await meta(page, "DC.title")).toBe(await meta(page, "citation_title"));
    expect(await meta(page, "DC.identifier")).toBe(text.url);
    const authors = await page.$$eval('meta[name="citation_author"]', (els) =>
      els.map((e) => e.getAttribute("content")),
    );
    expect(authors.length).toBeGreaterThan(0);
    // A person as "surname, given name" (习, 近平), so that Zotero stores the two apart as the RIS
    // and CSL-JSON downloads do; a body whole, without a comma.
    for (const author of authors) expect(author).toMatch(/^[^,\s]+(?:, [^,\s]+)?$/);
  });

  it("has an absolute canonical URL and schema.org JSON-LD that parses", async () => {
    const page = await textPage();
    expect(await page.getAttribute('link[rel="canonical"]', "href")).toBe(text.url);
    const ld = JSON.parse((await page.textContent('script[type="application/ld+json"]')) ?? "") as Record<
      string,
      unknown
    >;
    expect(ld["@context"]).toBe("https://schema.org");
    expect(ld["url"]).toBe(text.url);
    expect(ld["inLanguage"]).toBe("zh-CN");
    expect(ld["datePublished"]).toBe(text.date);
  });

  it("makes no request to another host", async () => {
    await harness.expectOnlyLocalRequests([textPagePath(text.slug)]);
  });
});
