/**
 * The search page against the built site: exact hits, ranking, grouping, labels, counts, filters,
 * traditional input, keyboard use; expectations come from the site's own JSON exports.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openHarness, type Harness } from "./harness.ts";
import { readTextExports } from "./site-data.ts";
import { allHrefs, blocksContaining, finishedStatus, hitKey, searchPage, shownHrefs } from "./search-helpers.ts";

let harness: Harness;
const texts = readTextExports().map((t) => t.data);

beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => harness?.close());

/** Occurrences of `term` in a text. */
const occurrences = (text: string, term: string): number => text.split(term).length - 1;

describe("search page", () => {
  it("ranks the climate speech's paragraph first for 碳达峰, labelled and grouped under its document", async () => {
    const best = texts
      .flatMap((t) => t.blocks.map((b) => ({ t, b, n: occurrences(b.text, "碳达峰") })))
      .sort((x, y) => y.n - x.n)[0];
    expect(best?.t.kind).toBe("speech");
    const page = await searchPage(harness, "碳达峰");
    const first = page.locator("#search-results .search-doc").first();
    expect(await first.locator(".search-doc-title").textContent()).toBe(best?.t.title);
    expect(await first.locator(".search-doc-meta").textContent()).toContain("讲话");
    expect(hitKey((await shownHrefs(page))[0] ?? "")).toBe(`${best?.t.slug}#${best?.b.id}`);
    expect(await first.locator(".search-hit-label [aria-hidden]").first().textContent()).toBe(
      `¶${best?.b.id.slice(1)}`,
    );
    expect(await page.locator("#search-results mark").first().textContent()).toBe("碳达峰");
    const total = blocksContaining("碳达峰").length;
    expect(await page.textContent("#search-status")).toContain(`共 ${total} 处`);
  });

  it("returns exactly the paragraphs containing 平, however many pages they take", async () => {
    const page = await searchPage(harness, "平");
    const keys = (await allHrefs(page)).map(hitKey);
    expect(keys.length).toBeGreaterThan(10);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual([...blocksContaining("平")].sort());
  });

  it("shows structural blocks by their printed numbering, never a raw id", async () => {
    const page = await searchPage(harness, "三高四新");
    const labels = await page.$$eval("#search-results .search-hit-label [aria-hidden]", (els) =>
      els.map((e) => e.textContent),
    );
    expect(labels.length).toBe(blocksContaining("三高四新").length);
    for (const label of labels) expect(label).not.toMatch(/^[psih]\d/);
  });

  it("gives the same results for the same query before and after other searches", async () => {
    const page = await searchPage(harness, "湖南");
    const before = [await page.textContent("#search-status"), await shownHrefs(page)];
    for (const other of ["碳达峰", "量子计算", "发展 生态", "湖南"]) {
      await page.fill("#q", other);
      await page.press("#q", "Enter");
      await page.waitForFunction(
        (q) => (document.getElementById("search-status")?.textContent ?? "").includes(q),
        other,
      );
      await finishedStatus(page);
    }
    expect([await page.textContent("#search-status"), await shownHrefs(page)]).toEqual(before);
    expect(new URL(page.url()).searchParams.get("q")).toBe("湖南");
  });

  it("finds 碳达峰 for the traditional 碳達峰 and marks the simplified text", async () => {
    const page = await searchPage(harness, "碳達峰");
    expect(await page.textContent("#search-status")).toContain("碳达峰");
    expect((await allHrefs(page)).map(hitKey).sort()).toEqual(blocksContaining("碳达峰").sort());
    expect(await page.locator("#search-results mark").first().textContent()).toBe("碳达峰");
  });

  it("narrows the hits with the kind, year and source filters", async () => {
    const all = blocksContaining("发展");
    const speech = texts.find((t) => t.kind === "speech");
    const inSpeech = all.filter((key) => key.startsWith(`${speech?.slug}#`));
    expect(inSpeech.length).toBeGreaterThan(0);
    expect(inSpeech.length).toBeLessThan(all.length);
    const page = await searchPage(harness, "发展");
    expect(await page.textContent("#search-status")).toContain(`共 ${all.length} 处`);
    await page.selectOption("#kind", "speech");
    await page.waitForFunction(
      (n) => (document.getElementById("search-status")?.textContent ?? "").includes(`共 ${n} 处`),
      inSpeech.length,
    );
    expect((await allHrefs(page)).map(hitKey).sort()).toEqual([...inSpeech].sort());
    expect(new URL(page.url()).searchParams.get("kind")).toBe("speech");
    const year = speech?.date?.slice(0, 4) ?? "";
    const filtered = await searchPage(harness, "发展", { year, source: speech?.source.file ?? "" });
    const expected = texts
      .filter((t) => t.date?.startsWith(year) && t.source.file === speech?.source.file)
      .flatMap((t) => t.blocks.filter((b) => b.text.includes("发展")).map((b) => `${t.slug}#${b.id}`));
    expect((await allHrefs(filtered)).map(hitKey).sort()).toEqual(expected.sort());
  });

  it("lists related results only on request, in their own group, none of them an exact hit", async () => {
    const page = await searchPage(harness, "生态环境");
    const exact = new Set((await allHrefs(page)).map(hitKey));
    expect(await page.locator("#related-results li").count()).toBe(0);
    await page.click("#related-load");
    await page.waitForFunction(() =>
      /相关结果 \d+ 条|没有其他相关结果/.test(document.getElementById("related-status")?.textContent ?? ""),
    );
    const related = await page.$$eval("#related-results a", (links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(related.length).toBeGreaterThan(0);
    for (const href of related) expect(exact.has(hitKey(href))).toBe(false);
    expect(await page.locator("#search-results #related-results").count()).toBe(0);
  });

  it("says plainly when nothing is found", async () => {
    const page = await searchPage(harness, "量子计算");
    expect(await page.textContent("#search-status")).toBe("没有找到“量子计算”。");
    expect(await page.locator("#search-results li").count()).toBe(0);
  });

  it("focuses the box with /, moves through hits with the arrow keys and opens one with Enter", async () => {
    const page = await harness.open("search/");
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("q");
    await page.keyboard.type("生态");
    await page.waitForFunction(() => document.querySelectorAll("#search-results a.search-hit").length > 1);
    const hrefs = await shownHrefs(page);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(hrefs[1]);
    await page.keyboard.press("ArrowUp");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(hrefs[0]);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/texts\//);
    expect(hitKey(page.url())).toBe(hitKey(hrefs[0] ?? ""));
  });
});
