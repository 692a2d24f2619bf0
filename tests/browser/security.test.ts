/**
 * The built site's security headers-as-meta: every page carries a Content-Security-Policy without
 * 'unsafe-inline' whose hashes cover exactly its inline scripts and styles, a referrer policy, and
 * no style attribute (which such a policy refuses); in Chromium, the pages a reader uses most raise
 * no policy violation, popovers, search and 繁體 included.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSecurityPolicy, inlineHashes } from "../../src/offline/content-security-policy.ts";
import { distDir, openHarness, type Harness } from "./harness.ts";
import { pickText, textPagePath } from "./site-data.ts";

const pages = readdirSync(distDir, { recursive: true, encoding: "utf8" })
  .map((path) => path.split(sep).join("/"))
  .filter((path) => path.endsWith(".html") && !path.endsWith("/note.html"));

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => harness?.close());

describe("every built page", () => {
  it("has a policy without 'unsafe-inline' matching its own inline scripts and styles", () => {
    const wrong = pages.filter((page) => {
      const html = readFileSync(join(distDir, page), "utf8");
      const meta = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html)?.[1];
      return meta !== contentSecurityPolicy(inlineHashes(html)) || meta.includes("unsafe-inline");
    });
    expect(pages.length).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });

  it("has a referrer policy and no style attribute", () => {
    const wrong = pages.filter((page) => {
      const html = readFileSync(join(distDir, page), "utf8");
      return !html.includes('<meta name="referrer" content="same-origin">') || /<[a-z][^>]*\sstyle="/.test(html);
    });
    expect(wrong).toEqual([]);
  });
});

describe("in the browser", () => {
  it("raises no policy violation while reading, opening notes, searching and switching to 繁體", async () => {
    const text = pickText({ paragraphs: 3 });
    const context = await harness.newContext();
    await context.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (event) =>
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`),
      ),
    );
    const errors: string[] = [];
    const page = await context.newPage();
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    for (const path of ["", "glossary/", "people/", `${textPagePath(text.slug)}source/`]) {
      await page.goto(harness.baseUrl + path, { waitUntil: "networkidle" });
    }
    await page.goto(harness.baseUrl + textPagePath(text.slug), { waitUntil: "networkidle" });
    const mention = page.locator(".reading a.annotation").first();
    if (await mention.count()) {
      await mention.click();
      await page.waitForSelector(".annotation-note:popover-open");
      await page.keyboard.press("Escape");
    }
    const mark = page.locator(".reading a.block-mark").first();
    if (await mark.count()) {
      await mark.click();
      await page.waitForSelector(".block-peek:popover-open");
      await page.keyboard.press("Escape");
    }
    await page.click(".reading-settings > summary");
    await page.click('input[name="script"][value="hant"]');
    await page.waitForSelector('.reading[lang="zh-Hant"]');
    await page.goto(`${harness.baseUrl}search/?q=${encodeURIComponent("湖南")}`, { waitUntil: "networkidle" });
    await page.waitForSelector("#search-results li");
    expect(errors).toEqual([]);
    await context.close();
  });
});
