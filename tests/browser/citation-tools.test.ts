/**
 * What the tools teachers use take from a built text page, and what the page says about dates:
 * - Zotero's one-click save: its Embedded Metadata rules (tests/unit/citation/zotero-embedded-
 *   metadata.ts) run on every page's `<head>` as Chromium parsed it, including the translator's
 *   last resort for a date, the page's first `time[datetime]`;
 * - the BibTeX, RIS and CSL-JSON download links give, with JavaScript, the file with the reader's
 *   access date and address;
 * - the title block labels the issue date, marks one the page does not print with its evidence,
 *   gives none for an unknown issue (with the earliest day), and shows the day of the speech apart;
 * - the cite panel of an undated text fills APA's and Chicago's access date, never a stand-in.
 * Expectations come from the built site's own data exports.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { openHarness, type Harness } from "./harness.ts";
import { readTextExports, textPagePath } from "./site-data.ts";
import type { TextExport } from "../../src/format/export-schema.ts";
import { isNewspaperText } from "../../src/format/newspaper.ts";
import { zoteroItemFromPage, type PageMetadata } from "../unit/citation/zotero-embedded-metadata.ts";

let harness: Harness;
let context: BrowserContext;
const texts = readTextExports().map((t) => t.data);
/** The first text that satisfies `test`, from the built exports. */
const textWhere = (what: string, test: (t: TextExport) => boolean): TextExport => {
  const found = texts.find(test);
  if (!found) throw new Error(`no text that is ${what} in dist/data/texts`);
  return found;
};
const speechInNewspaper = textWhere("a speech printed in a newspaper, dated by the editors", (t) =>
  Boolean(t.kind === "speech" && t.source.publication && t.dateInferred && t.eventDate),
);
const undatedNewspaperText = textWhere("a newspaper text of unknown issue date", (t) =>
  Boolean(t.source.publication && t.date === null && t.notBefore),
);

beforeAll(async () => {
  harness = await openHarness();
  context = await harness.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
});
afterAll(async () => harness?.close());

/** What Zotero's translator reads from a loaded page. */
function pageMetadata(page: Page): Promise<PageMetadata> {
  return page.evaluate(() => ({
    tags: [...document.querySelectorAll("meta")].map((m) => ({
      name: m.getAttribute("name"),
      property: m.getAttribute("property"),
      content: m.getAttribute("content"),
    })),
    title: document.title,
    firstTimeDatetime: document.querySelector("time[datetime]")?.getAttribute("datetime") ?? undefined,
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined,
  }));
}

/** The reader's date in the page's own browser, YYYY-MM-DD. */
function readersDateIn(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  });
}

describe("Zotero's one-click save, by its Embedded Metadata rules on the built pages", () => {
  it.each(texts.map((t) => [t.slug, t] as const))("%s", async (_slug, text) => {
    const page = await harness.open(textPagePath(text.slug), context);
    const item = zoteroItemFromPage(await pageMetadata(page));
    const newspaper = isNewspaperText({
      source: { publication: text.source.publication ?? undefined },
      issuer: text.issuer ?? undefined,
    });
    const itemType = newspaper ? "newspaperArticle" : text.kind === "report" ? "report" : "webpage";
    expect(item.itemType).toBe(itemType);
    // The issue date (the text's own when not in a newspaper), and never another date of the page.
    expect(item.date).toBe(text.date?.replace(/-/g, "/"));
    if (newspaper) {
      expect(item.publicationTitle).toBe(text.source.publication);
      expect(item.pages).toBe(text.source.page ?? undefined);
    }
    if (itemType === "report") expect(item.institution).toBe(text.issuer);
    if (itemType === "webpage") expect(item.websiteTitle).toBe("湘文");
    const names = item.creators.map((c) => `${c.lastName}${c.firstName}`);
    const expected =
      text.kind === "resolution" || text.kind === "communique" ? [text.issuer] : text.byline.map((b) => b.name);
    expect(names).toEqual(expected.length > 0 ? expected : text.issuer ? [text.issuer] : []);
    await page.close();
  });
});

describe("the title block's dates", () => {
  it("labels the issue date of a newspaper text, marks it as the editors' with their evidence, and gives the speech's own day apart", async () => {
    const page = await harness.open(textPagePath(speechInNewspaper.slug), context);
    const facts = await page.$$eval(".title-meta dt", (dts) =>
      dts.map((dt) => [dt.textContent?.trim(), dt.nextElementSibling?.textContent?.replace(/\s+/g, "")]),
    );
    const row = (label: string) => facts.find(([dt]) => dt === label)?.[1] ?? "";
    expect(row("出版日期")).toContain("约2021年4月23日（推定）");
    expect(row("出版日期")).toContain("世界读书日");
    expect(row("讲话日期")).toBe("2021年4月22日");
    expect(facts.some(([dt]) => dt === "日期")).toBe(false);
    await page.close();
  });

  it("gives no date for an issue the page does not date, only the earliest day it can be", async () => {
    const page = await harness.open(textPagePath(undatedNewspaperText.slug), context);
    const date = (await page.textContent(".title-meta .document-date"))?.replace(/\s+/g, "") ?? "";
    expect(date).toContain("日期不详");
    expect(date).toContain("不早于2022年6月14日");
    // Zotero's last resort for a date is the first <time datetime>: the page offers it none.
    expect(await page.locator("time[datetime]").count()).toBe(0);
    await page.close();
  });
});

describe("citations of a text whose issue date is unknown", () => {
  it("fill APA's retrieval and Chicago's access date in words, never a stand-in", async () => {
    const page = await harness.open(textPagePath(undatedNewspaperText.slug), context);
    await page.locator(".cite-panel").scrollIntoViewIfNeeded();
    await page.locator(".cite-panel button.cite-copy").first().waitFor();
    const [gb, apa, chicago] = await page.locator(".cite-panel .cite-text").allTextContents();
    const today = await page.evaluate(() =>
      new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", day: "numeric" }).format(new Date()),
    );
    expect(apa).toContain(`(n.d.)`);
    expect(apa).toContain(`Retrieved ${today}, from`);
    expect(chicago).toContain(`Accessed ${today}.`);
    expect(gb).toContain(`[${await readersDateIn(page)}]`);
    for (const reference of [gb, apa, chicago]) expect(reference).not.toMatch(/1111|date of access|引用日期/);
    await page.close();
  });
});

describe("the downloads, taken from the page with JavaScript", () => {
  it.each([
    ["BibTeX", "bib", (date: string) => `  urldate = {${date}},`],
    ["RIS", "ris", (date: string) => `Y2  - ${date.replace(/-/g, "/")}/`],
    [
      "CSL-JSON",
      "json",
      (date: string) => `"date-parts": [\n        [\n          ${date.split("-").map(Number).join(",\n          ")}`,
    ],
  ] as const)("%s carries the reader's access date and address", async (label, ext, accessLine) => {
    const page = await harness.open(textPagePath(speechInNewspaper.slug), context);
    await page.locator(".cite-panel").scrollIntoViewIfNeeded();
    await page.locator(".cite-panel button.cite-copy").first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click(`.cite-downloads a:text-is("${label}")`),
    ]);
    expect(download.suggestedFilename()).toBe(`${speechInNewspaper.slug}.${ext}`);
    const body = readFileSync((await download.path()) ?? "", "utf8");
    expect(body).toContain(accessLine(await readersDateIn(page)));
    expect(body).toContain(`${harness.baseUrl}${textPagePath(speechInNewspaper.slug)}`);
    expect(body).not.toContain(speechInNewspaper.url);
    // The static file itself has no access date: only the reader knows it.
    const served = await (await fetch(`${harness.baseUrl}cite/${speechInNewspaper.slug}.${ext}`)).text();
    expect(served).not.toMatch(/urldate|Y2 {2}-|"accessed"/);
    await page.close();
  });
});
