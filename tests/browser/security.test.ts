/**
 * The built site's security headers-as-meta: every page carries a Content-Security-Policy without
 * 'unsafe-inline' whose hashes cover exactly its inline scripts and styles, a referrer policy, and
 * no style attribute (which such a policy refuses); in Chromium, the pages a reader uses most raise
 * no policy violation, popovers, search and 繁體 included.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  inlineHashes,
  withContentSecurityPolicy,
} from "../../src/offline/content-security-policy.ts";
import { headScript } from "../../src/offline/head-script.ts";
import { startServer } from "../../scripts/serve.ts";
import { distDir, openHarness, type Harness } from "./harness.ts";
import { pickText, textPagePath } from "./site-data.ts";

const htmlFiles = readdirSync(distDir, { recursive: true, encoding: "utf8" })
  .map((path) => path.split(sep).join("/"))
  .filter((path) => path.endsWith(".html"));
/** The pages; the rest are note fragments (`glossary/<id>/note.html`), which a reader can open too. */
const pages = htmlFiles.filter((path) => !path.endsWith("/note.html"));

let harness: Harness;
beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => harness?.close());

describe("every built page", () => {
  it("has a policy without 'unsafe-inline' matching its own inline scripts and styles, note fragments too", () => {
    expect(htmlFiles.length - pages.length, "no note fragments").toBeGreaterThan(10);
    const wrong = htmlFiles.filter((page) => {
      const html = readFileSync(join(distDir, page), "utf8");
      const meta = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html)?.[1];
      return meta !== contentSecurityPolicy(inlineHashes(html)) || meta.includes("unsafe-inline");
    });
    expect(pages.length).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });

  it("note fragments opened on their own carry the policy in the head the browser gives them", async () => {
    const note = htmlFiles.find((path) => path.endsWith("/note.html")) ?? "";
    const page = await harness.open(note);
    const policy = await page.evaluate(
      () => document.head.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content") ?? "",
    );
    expect(policy).toContain("default-src 'self'");
    expect(await page.locator(".annotation-note").count()).toBe(1);
    await page.context().close();
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

describe("a page whose text looks like markup", () => {
  it("runs its own head script, and an author's 「<script>」 in a meta description changes nothing", async () => {
    // As Astro writes a glossary entry: attribute values keep < and > as they are.
    const html = withContentSecurityPolicy(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>术语</title>` +
        `<meta name="description" content="网页中的「<script>」与「<style>」标签">` +
        `<script>${headScript}</script></head><body><p title="<script>alert(1)</script>">正文</p></body></html>`,
    );
    const dir = mkdtempSync(join(tmpdir(), "xiangwen-markup-text-"));
    writeFileSync(join(dir, "index.html"), html);
    const { server, url } = await startServer({ root: dir, port: 0 });
    const context = await harness.browser.newContext();
    try {
      const page = await context.newPage();
      const violations: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy/.test(message.text())) violations.push(message.text());
      });
      await page.goto(url, { waitUntil: "load" });
      // The head script marks the page once it has run (src/offline/head-script.ts).
      expect(await page.evaluate(() => document.documentElement.dataset["scripts"])).toBe("on");
      expect(violations).toEqual([]);
    } finally {
      await context.close();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
