/**
 * Offline reading, as a reader meets it: the built site opened from disk (`file://`) and the site
 * zip unpacked and opened from disk; the whole edition, search included, after one visit with the
 * network gone; and a new build replacing the old one cleanly.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { sitePaths } from "../../src/format/urls.ts";
import { siteZipFolder } from "../../src/offline/site-zip.ts";
import { writeServiceWorker } from "../../src/offline/service-worker.ts";
import { startServer } from "../../scripts/serve.ts";
import { distDir, openHarness, type Harness } from "./harness.ts";
import { pickText, readCorpus, textPagePath } from "./site-data.ts";

const text = pickText({ paragraphs: 3, headings: true });
const other = readCorpus().texts.find((t) => t.slug !== text.slug) ?? text;
const paragraph = text.blocks.filter((b) => b.type === "paragraph")[2];
let harness: Harness;
let browser: Browser;
const scratch: string[] = [];

beforeAll(async () => {
  harness = await openHarness();
  browser = harness.browser;
});
afterAll(async () => {
  await harness?.close();
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A page of a fresh context without the harness's request routing (which would bypass a service worker). */
async function plainPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

/** Whether the site's stylesheet applies (the header's layout comes from it). */
const styled = (page: Page) =>
  page.evaluate(() => document.styleSheets.length > 0 && getComputedStyle(document.body).display === "flex");

/** Open `index.html` of a site folder from disk and read a text there as a reader would. */
async function readFromDisk(root: string): Promise<void> {
  const { context, page } = await plainPage();
  await page.goto(pathToFileURL(join(root, "index.html")).href);
  expect(await styled(page)).toBe(true);
  await page.click(`main a[href*="texts/${text.slug}/"]`);
  await page.waitForURL((url) => url.href.endsWith(`texts/${text.slug}/index.html`));
  expect(await page.textContent("h1")).toContain(text.title);
  expect(await styled(page)).toBe(true);
  // A paragraph link, as a teacher would send it, and the cite panel, readable as printed.
  await page.goto(`${pathToFileURL(join(root, textPagePath(text.slug), "index.html")).href}#${paragraph?.id}`);
  expect(await page.evaluate(() => document.querySelector(":target")?.id)).toBe(paragraph?.id);
  expect(await page.isVisible(".cite-panel .cite-text >> nth=0")).toBe(true);
  // Following a link to another text from a text page.
  await page.click(`.prev-next a >> nth=0`);
  await page.waitForURL(/\/texts\/[^/]+\/index\.html$/);
  expect(await styled(page)).toBe(true);
  // Search says plainly what needs a server.
  await page.goto(pathToFileURL(join(root, "search", "index.html")).href);
  expect(await page.isVisible("#search-from-file")).toBe(true);
  await context.close();
}

describe("reading from disk", () => {
  it("dist/index.html opened as a file leads to readable, styled texts and paragraph links", async () => {
    await readFromDisk(distDir);
  });

  it("the site zip, unpacked, reads from disk the same way", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xiangwen-zip-"));
    scratch.push(dir);
    const files = unzipSync(readFileSync(join(distDir, sitePaths.siteZip())));
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    expect(Object.keys(files)).toContain(`${siteZipFolder}/${textPagePath(text.slug)}index.html`);
    expect(Object.keys(files)).not.toContain(`${siteZipFolder}/${sitePaths.siteZip()}`);
    await readFromDisk(join(dir, siteZipFolder));
  });
});

/** Visit the home page and wait until the service worker controls it with the edition cached. */
async function visitOnce(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
}

describe("offline after one visit", () => {
  it("opens another text, follows a paragraph link, opens a note and searches with the network gone", async () => {
    const { context, page } = await plainPage();
    await visitOnce(page, harness.baseUrl);
    await context.setOffline(true);
    await page.goto(`${harness.baseUrl}${textPagePath(other.slug)}`);
    expect(await page.textContent("h1")).toContain(other.title);
    expect(await styled(page)).toBe(true);
    await page.goto(`${harness.baseUrl}${textPagePath(text.slug)}#${paragraph?.id}`);
    expect(await page.evaluate(() => document.querySelector(":target")?.id)).toBe(paragraph?.id);
    // A note is fetched on demand: offline it comes from the cache too.
    const mention = page.locator(".reading a.annotation").first();
    if ((await mention.count()) > 0) {
      await mention.click();
      await page.waitForSelector(".annotation-note:popover-open");
    }
    // Search: the exact index is cached; a word of this text finds its paragraph.
    const query = /\p{Script=Han}{4}/u.exec(paragraph?.text ?? "")?.[0] ?? "";
    await page.goto(`${harness.baseUrl}search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector("#search-results li");
    expect(await page.locator(`#search-results a[href*="${text.slug}/"][href$="#${paragraph?.id}"]`).count()).toBe(1);
    expect(query).toHaveLength(4);
    await context.close();
  });
});

describe("a new build", () => {
  it("replaces the old pages cleanly: old ones until the reader takes the update, then only new ones", async () => {
    const site = mkdtempSync(join(tmpdir(), "xiangwen-deploy-"));
    scratch.push(site);
    cpSync(distDir, site, { recursive: true });
    const { server, url } = await startServer({ root: site, port: 0 });
    try {
      const { context, page } = await plainPage();
      await visitOnce(page, url);
      // Deploy a new build: two pages change, and the build writes a new worker.
      const home = join(site, "index.html");
      const page2 = join(site, textPagePath(other.slug), "index.html");
      for (const file of [home, page2])
        writeFileSync(file, readFileSync(file, "utf8").replace("</main>", '<p id="new-build">新版</p></main>'));
      await writeServiceWorker(site);
      // The reader comes back: still the old edition, and a notice offers the new one.
      await page.reload();
      await page.waitForSelector(".update-notice", { timeout: 60_000 });
      expect(await page.locator("#new-build").count()).toBe(0);
      await page.goto(`${url}${textPagePath(other.slug)}`);
      expect(await page.locator("#new-build").count()).toBe(0); // no mix: the old edition throughout
      await page.waitForSelector(".update-notice", { timeout: 60_000 });
      await Promise.all([page.waitForEvent("load"), page.click(".update-notice button")]);
      expect(await page.locator("#new-build").count()).toBe(1);
      await page.goto(url);
      expect(await page.locator("#new-build").count()).toBe(1);
      // And the new edition is what is kept offline.
      await context.setOffline(true);
      await page.goto(`${url}${textPagePath(other.slug)}`);
      expect(await page.locator("#new-build").count()).toBe(1);
      await context.close();
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
