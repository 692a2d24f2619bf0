/**
 * The annotated edition in the browser: notes that open beside their mention by click and from the
 * block's menu by keyboard, links that go to the entry page without JavaScript, entry pages whose
 * concordance lists every occurrence and lands on it, shared formulations linked both ways, byline
 * names linked to their people, and the editorial records of a block opened in place.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { readAnnotations } from "../../src/format/annotation-files.ts";
import { sitePaths } from "../../src/format/urls.ts";
import { openHarness, type Harness } from "./harness.ts";
import { readTextExports, textPagePath } from "./site-data.ts";

let harness: Harness;
let desktop: BrowserContext;
const exports = readTextExports().map((t) => t.data);
const report = exports.find((t) => t.kind === "report");
if (!report) throw new Error("the CPPCC work report is not in dist/data/texts");
const reportPath = textPagePath(report.slug);
/** The first block of the report that mentions 三高四新. */
const mentioning = report.blocks.find((b) => b.text.includes("三高四新"));

/** The note open on the page, once the fetched note is shown (null when none opens). */
const openNote = (page: Page) => page.waitForSelector(".annotation-note:popover-open", { timeout: 5000 });
const noneOpen = (page: Page) => page.waitForSelector(".annotation-note:popover-open", { state: "detached" });

beforeAll(async () => {
  harness = await openHarness();
  desktop = await harness.newContext({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => harness?.close());

describe("notes on terms, people and bodies", () => {
  it("are fetched when opened, by click beside the mention, and close with Escape", async () => {
    const page = await harness.open(`${reportPath}#${mentioning?.id}`, desktop);
    expect(await page.locator(".annotation-note").count()).toBe(0); // no definitions in the page itself
    const mention = page.locator(`#${mentioning?.id} a.annotation[href$="glossary/san-gao-si-xin/"]`);
    const fetched = page.waitForResponse((response) => response.url().endsWith("/glossary/san-gao-si-xin/note.html"));
    await mention.click();
    expect((await fetched).status()).toBe(200);
    const note = await openNote(page);
    expect(await note.textContent()).toContain("湖南省的发展总战略");
    expect(page.url()).toContain(reportPath); // the page stayed
    const [top, below] = await Promise.all([
      note.evaluate((el) => el.getBoundingClientRect().top),
      mention.evaluate((el) => el.getBoundingClientRect().bottom),
    ]);
    expect(Math.abs(top - below)).toBeLessThan(400); // beside the mention, not in the middle of nowhere
    expect(await note.$eval("a", (a) => a.href)).toBe(new URL("glossary/san-gao-si-xin/", harness.baseUrl).href);
    await page.keyboard.press("Escape");
    await noneOpen(page);
  });

  it("open from the keyboard through the block's menu and give focus back", async () => {
    const page = await harness.open(reportPath, desktop);
    await page.focus(`#${mentioning?.id} > button.block-number`);
    await page.keyboard.press("Enter");
    await page.locator(".block-menu button", { hasText: "注释：三高四新" }).focus();
    await page.keyboard.press("Enter");
    const note = await openNote(page);
    expect(await note.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Escape");
    await noneOpen(page);
    // Focus goes back to the block's button when the popover's toggle event (a task) has run.
    await page.waitForFunction((id) => document.activeElement?.parentElement?.id === id, mentioning?.id, {
      timeout: 5000,
    });
  });

  it("keep the mentions out of the Tab order: one stop per block", async () => {
    const page = await harness.open(reportPath, desktop);
    const stops = await page.$$eval(".reading > [id]", (blocks) =>
      blocks.map(
        (block) => [...block.querySelectorAll("a, button")].filter((el) => (el as HTMLElement).tabIndex >= 0).length,
      ),
    );
    expect(stops.every((n) => n === 1)).toBe(true);
  });

  it("without JavaScript are links to the entry page", async () => {
    const page = await harness.open(reportPath, await harness.newContext({ javaScriptEnabled: false }));
    await page.click(`#${mentioning?.id} a.annotation[href$="glossary/san-gao-si-xin/"]`);
    await page.waitForURL(/\/glossary\/san-gao-si-xin\/$/);
    expect(await page.textContent("h1")).toBe("三高四新");
  });

  it("link a byline's names to the people entries", async () => {
    const page = await harness.open(reportPath, desktop);
    await page.click(".title-block a[href$='/people/li-wei-wei/']");
    await page.waitForURL(/\/people\/li-wei-wei\/$/);
    expect(await page.textContent("h1")).toBe("李微微");
  });
});

describe("entry pages", () => {
  it("list every occurrence of a term, by document, each landing on its highlighted paragraph", async () => {
    const page = await harness.open("glossary/san-gao-si-xin/", desktop);
    const expected = exports.reduce(
      (n, t) => n + t.blocks.reduce((m, b) => m + b.text.split("三高四新").length - 1, 0),
      0,
    );
    expect(await page.locator(".concordance li").count()).toBe(expected);
    expect(await page.locator("figure svg[role=img]").getAttribute("aria-label")).toContain("三高四新");
    const href = (await page.locator(".concordance-where").first().getAttribute("href")) ?? "";
    await page.click(".concordance-where >> nth=0");
    await page.waitForURL(/\/texts\//);
    const id = href.split("#")[1] ?? "";
    expect(await page.$eval(`#${id}`, (el) => getComputedStyle(el).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
    expect(await page.textContent(`#${id}`)).toContain("三高四新");
  });

  it("are listed on the index pages", async () => {
    for (const [path, entry] of [
      ["glossary/", "三高四新"],
      ["people/", "习近平"],
      ["bodies/", "中国共产党湖南省委员会"],
    ] as const) {
      const page = await harness.open(path, desktop);
      expect(await page.locator(".annotation-index a", { hasText: entry }).count()).toBeGreaterThan(0);
    }
  });
});

describe("statements the editors could not source (待核)", () => {
  const annotations = readAnnotations(new URL("../../content", import.meta.url).pathname);
  const marked = [
    ...annotations.term.map((entry) => ({ kind: "term" as const, entry })),
    ...annotations.person.map((entry) => ({ kind: "person" as const, entry })),
    ...annotations.body.map((entry) => ({ kind: "body" as const, entry })),
  ]
    .filter(({ entry }) => entry.unverified.length > 0)
    .map(({ kind, entry }) => ({
      path: sitePaths.annotation(kind, entry.id),
      note: sitePaths.annotationNote(kind, entry.id),
      unverified: entry.unverified,
    }));

  it("are marked 待核 where they stand on the entry page, the mark leading to the reason", async () => {
    expect(marked.length).toBeGreaterThan(0);
    for (const { path, unverified } of marked) {
      const page = await harness.open(path, desktop);
      for (const [k, statement] of unverified.entries()) {
        const words = page.locator(".unverified", { hasText: statement.text });
        expect(await words.isVisible()).toBe(true);
        const mark = words.locator("xpath=following-sibling::a[1]");
        expect(await mark.textContent()).toBe("待核");
        expect(await mark.isVisible()).toBe(true);
        await mark.click();
        await page.waitForURL((url) => url.hash === `#unverified-${k + 1}`);
        const reason = page.locator(`#unverified-${k + 1}`);
        expect(await reason.isVisible()).toBe(true);
        expect(await reason.textContent()).toContain(statement.reason);
      }
    }
  });

  it("are marked in the note a text page opens beside the mention too", async () => {
    const { note, unverified } = marked[0] ?? { note: "", unverified: [] };
    const page = await harness.open(note, desktop);
    expect(await page.locator(".unverified-mark").first().textContent()).toBe("待核");
    expect(await page.locator(".unverified-mark").first().getAttribute("title")).toBe(unverified[0]?.reason);
  });

  it("show nothing of the kind on an entry whose statements are all sourced, which lists its sources", async () => {
    const page = await harness.open("glossary/san-gao-si-xin/", desktop);
    expect(await page.locator(".unverified, .unverified-mark").count()).toBe(0);
    expect(await page.locator(".entry-sources li").count()).toBeGreaterThan(0);
  });
});

describe("shared formulations (相同表述)", () => {
  it("link a passage to the other document's paragraph, which links back", async () => {
    const page = await harness.open(reportPath, desktop);
    const first = page.locator(".shared-passages dd a").first();
    const href = await first.evaluate((a) => (a as HTMLAnchorElement).href);
    await first.click();
    await page.waitForURL(href);
    const id = new URL(href).hash.slice(1);
    expect(await page.$eval(`#${id}`, (el) => getComputedStyle(el).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
    expect(await page.locator(`#${id} .shared-passage`).count()).toBeGreaterThan(0);
    expect(await page.locator(`.shared-passages a[href*="${report.slug}/#"]`).count()).toBeGreaterThan(0);
  });
});

describe("the editorial apparatus", () => {
  it("opens a block's records in place from its 校 mark, fetched from the source view", async () => {
    const block = report.blocks.find((b) => report.apparatus.some((a) => a.block === b.id));
    const records = report.apparatus.filter((a) => a.block === block?.id);
    const page = await harness.open(`${reportPath}#${block?.id}`, desktop);
    expect(await page.locator(".apparatus-records").count()).toBe(0); // not carried by the reading page
    await page.click(`#${block?.id} a.mark-apparatus`);
    const peek = await page.waitForSelector(".block-peek:popover-open");
    const shown = (await peek.textContent()) ?? "";
    for (const record of records) expect(shown).toContain(record.detail);
    expect(page.url()).toContain(reportPath);
  });

  it("lists every record on the source view, where a 校 mark leads without JavaScript", async () => {
    const block = report.blocks.find((b) => report.apparatus.some((a) => a.block === b.id));
    const page = await harness.open(reportPath, await harness.newContext({ javaScriptEnabled: false }));
    await page.click(`#${block?.id} a.mark-apparatus`);
    await page.waitForURL(
      (url) => url.pathname.endsWith(`${reportPath}source/`) && url.hash === `#apparatus-${block?.id}`,
    );
    expect(await page.locator(".apparatus-records li").count()).toBe(report.apparatus.length);
  });

  it("ends each text with its 校勘说明: source, checksum, encoding and counts", async () => {
    const page = await harness.open(reportPath, desktop);
    const facts = (await page.textContent(".apparatus-facts")) ?? "";
    for (const fact of [report.source.file, report.source.sha256, report.source.encoding, "编辑处理"])
      expect(facts).toContain(fact);
  });

  it("links each text to its source view, whose lines link back paragraph by paragraph", async () => {
    const page = await harness.open(reportPath, desktop);
    await page.click(".title-block a:text('原始文本')");
    await page.waitForURL(/\/source\/$/);
    expect(await page.locator(".source-line").count()).toBe(report.source.lines[1] - report.source.lines[0] + 1);
    const back = page.locator(".edition-link").first();
    const id = ((await back.getAttribute("href")) ?? "").split("#")[1];
    expect(id).toBe(report.blocks[0]?.id);
  });
});

describe("the host check", () => {
  it("makes no request to another host", async () => {
    await harness.expectOnlyLocalRequests([reportPath, "glossary/san-gao-si-xin/", `${reportPath}source/`]);
  });
});
