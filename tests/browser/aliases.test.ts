/**
 * Old links after a correction, end to end: an editor merges two paragraphs of a real source, the
 * real converter carries the ids over (p5 becomes an alias of p4), the real site is built from
 * that content, for another host and a base path (SITE_URL, BASE_PATH), and the old URL #p5
 * lands on — and highlights — the surviving paragraph. The one extra build of the test run
 * happens here, into a temporary folder (separate Astro cache); it is also built as a large edition
 * is, without the related results (XIANGWEN_RELATED=off), and its search page is checked for that.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext } from "playwright-core";
import { openHarness, type Harness } from "./harness.ts";
import { convertCorpus } from "../../scripts/lib/corpus.ts";
import { writeCorpus } from "../../scripts/lib/write-corpus.ts";
import { readPreviousContent, type PreviousDocument } from "../../scripts/lib/previous-content.ts";
import { buildEnv } from "./build-env.ts";
import { unzipSync } from "fflate";
import { sitePaths } from "../../src/format/urls.ts";

const root = resolve(import.meta.dirname, "../..");
const sourceFile = "001_0f24566a65a87a3f.txt";
const siteUrl = "https://edition.example.org";
const basePath = "/xiangwen/";

let workDir: string;
let harness: Harness;
let context: BrowserContext;
let before: PreviousDocument;
let after: PreviousDocument;
let indexLog = "";

/** Copy the source and the published content, merge ¶4 and ¶5 in the source, re-convert. */
function correctAndReconvert(dir: string): string {
  const sources = join(dir, "sources");
  const content = join(dir, "content/texts");
  mkdirSync(sources);
  cpSync(join(root, "sources", sourceFile), join(sources, sourceFile));
  cpSync(join(root, "content/texts"), content, { recursive: true });
  const previous = readPreviousContent(content);
  before = previous.find((d) => d.frontmatter.source.file === sourceFile) as PreviousDocument;
  const lines = readFileSync(join(sources, sourceFile), "utf8").split("\n");
  const p4 = lines.findIndex((line) => line.trim() === before.blocks.find((b) => b.id === "p4")?.text);
  expect(p4).toBeGreaterThan(0);
  lines.splice(p4, 2, `${lines[p4] ?? ""}${lines[p4 + 1] ?? ""}`);
  writeFileSync(join(sources, sourceFile), lines.join("\n"));
  writeCorpus(content, convertCorpus({ sourcesDir: sources, useSidecars: true, previous }));
  after = readPreviousContent(content).find((d) => d.frontmatter.slug === before.frontmatter.slug) as PreviousDocument;
  return content;
}

/** `astro build` of the site from that content, for another host and base path, into dir/dist. */
function buildSite(dir: string, content: string): string {
  const outDir = join(dir, "dist");
  const script = `import { build } from "astro"; await build({ outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(join(dir, "cache"))}, logLevel: "warn" });`;
  execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...buildEnv(),
      XIANGWEN_CONTENT_DIR: content,
      SITE_URL: siteUrl,
      BASE_PATH: basePath,
      XIANGWEN_RELATED: "off",
      ASTRO_TELEMETRY_DISABLED: "1",
    },
  });
  // The search indexes of `npm run build:site`: the exact index, and Pagefind's skipped.
  const indexing = spawnSync(process.execPath, ["scripts/index-search.ts", "--site", outDir], {
    cwd: root,
    encoding: "utf8",
    env: { ...buildEnv(), XIANGWEN_CONTENT_DIR: content, XIANGWEN_RELATED: "off" },
  });
  expect(indexing.status, indexing.stderr).toBe(0);
  indexLog = indexing.stderr;
  // The export step of `npm run build:site`, for the same content, host and base path.
  execFileSync(process.execPath, ["scripts/build-exports.ts", "--site", outDir, "--content", content], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...buildEnv(), SITE_URL: siteUrl, BASE_PATH: basePath },
  });
  return outDir;
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), "xiangwen-alias-site-"));
  const outDir = buildSite(workDir, correctAndReconvert(workDir));
  harness = await openHarness({ root: outDir, base: basePath });
  context = await harness.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
});
afterAll(async () => {
  await harness?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const pageUrl = () => `${siteUrl}${basePath}texts/${before.frontmatter.slug}/`;

describe("an alias after two paragraphs were merged", () => {
  it("the converter made p5 an alias of p4", () => {
    expect(after.frontmatter.aliases).toEqual({ p5: "p4" });
    expect(after.blocks.map((b) => b.id)).not.toContain("p5");
    const text = (doc: PreviousDocument, id: string) => doc.blocks.find((b) => b.id === id)?.text ?? "";
    expect(text(after, "p4")).toBe(text(before, "p4") + text(before, "p5"));
  });

  it("opening #p5 lands on ¶4, in view and highlighted", async () => {
    const page = await harness.open(`texts/${before.frontmatter.slug}/#p5`, context);
    expect(await page.$eval("#p5", (el) => el.parentElement?.id)).toBe("p4");
    const box = await page.$eval("#p4", (el) => {
      const rect = el.getBoundingClientRect();
      return { top: rect.top, height: window.innerHeight };
    });
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeLessThan(box.height / 2);
    const background = (id: string) => page.$eval(`#${id}`, (el) => getComputedStyle(el).backgroundColor);
    expect(await background("p4")).not.toBe(await background("p3"));
    expect(await background("p3")).toBe("rgba(0, 0, 0, 0)");
  });

  it("copy link on the survivor gives its current id at the address the reader uses, under BASE_PATH", async () => {
    const page = await harness.open(`texts/${before.frontmatter.slug}/`, context);
    await page.click("#p4 > button.block-number");
    await page.click("#p4 .block-menu >> text=复制链接");
    await expect.poll(() => page.textContent(".block-status")).toBe("已复制链接");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${harness.baseUrl}texts/${before.frontmatter.slug}/#p4`,
    );
    expect(harness.baseUrl).toMatch(/\/xiangwen\/$/);
  });
});

describe("permalinks honour SITE_URL and BASE_PATH", () => {
  it("canonical, citation_public_url, DC.identifier and JSON-LD are absolute under the base path", async () => {
    const page = await harness.open(`texts/${before.frontmatter.slug}/`, context);
    expect(await page.getAttribute('link[rel="canonical"]', "href")).toBe(pageUrl());
    expect(await page.getAttribute('meta[name="citation_public_url"]', "content")).toBe(pageUrl());
    expect(await page.getAttribute('meta[name="DC.identifier"]', "content")).toBe(pageUrl());
    const ld = JSON.parse((await page.textContent('script[type="application/ld+json"]')) ?? "") as { url: string };
    expect(ld.url).toBe(pageUrl());
    // The cite panel as built (seen without JavaScript) cites the published address too.
    const plain = await harness.open(
      `texts/${before.frontmatter.slug}/`,
      await harness.newContext({ javaScriptEnabled: false }),
    );
    for (const reference of await plain.locator(".cite-text").allTextContents()) expect(reference).toContain(pageUrl());
  });

  it("the downloads sit under the base path and carry the same URL", async () => {
    const page = await harness.open(`texts/${before.frontmatter.slug}/`, context);
    const href = await page.getAttribute('.cite-downloads a:text-is("CSL-JSON")', "href");
    const url = new URL(href ?? "", page.url()).href;
    expect(url).toBe(`${harness.baseUrl}cite/${before.frontmatter.slug}.json`);
    const [item] = (await (await fetch(url)).json()) as { URL: string }[];
    expect(item?.URL).toBe(pageUrl());
  });

  it("the EPUB, TEI and plain text links sit under the base path and carry the page URL", async () => {
    const page = await harness.open(`texts/${before.frontmatter.slug}/`, context);
    const hrefs = await page.$$eval(".text-downloads a[data-download]", (links) =>
      links.map((a) => a.getAttribute("href")),
    );
    const slug = before.frontmatter.slug;
    expect(hrefs).toEqual(
      [sitePaths.epub(slug), sitePaths.tei(slug), sitePaths.plainText(slug), sitePaths.textData(slug)].map(
        (path) => `${basePath}${path}`,
      ),
    );
    for (const path of [sitePaths.tei(slug), sitePaths.plainText(slug)]) {
      const response = await fetch(new URL(`${basePath}${path}`, harness.baseUrl));
      expect(response.status, path).toBe(200);
      expect(await response.text()).toContain(pageUrl());
    }
    const epub = await fetch(new URL(`${basePath}${sitePaths.epub(slug)}`, harness.baseUrl));
    expect(epub.status).toBe(200);
    // The per-paragraph anchors survive the merge in the EPUB too: the alias p5 is an id in the chapter.
    const chapter = unzipSync(new Uint8Array(await epub.arrayBuffer()))[`EPUB/text/${slug}.xhtml`];
    expect(Buffer.from(chapter ?? []).toString("utf8")).toMatch(/<p id="p4"><span id="p5" class="alias-anchor"/);
  });

  it("makes no request to another host", async () => {
    await harness.expectOnlyLocalRequests([`texts/${before.frontmatter.slug}/`]);
  });
});

describe("an edition built without related results (XIANGWEN_RELATED=off, as above 2,000 documents)", () => {
  it("writes no Pagefind index, and says so", () => {
    expect(indexLog).toContain("related results (Pagefind) not built");
    expect(existsSync(join(workDir, "dist", "pagefind"))).toBe(false);
    expect(existsSync(join(workDir, "dist", sitePaths.searchIndex("manifest.json")))).toBe(true);
  });

  it("its search page finds the exact hits and says why there are no related results, offering none", async () => {
    const page = await harness.open(`search/?${new URLSearchParams({ q: "习近平" }).toString()}`, context);
    await page.waitForSelector("#search-results a.search-hit");
    expect(await page.isVisible("#search-related")).toBe(true);
    expect(await page.textContent("[data-related-unavailable]")).toContain("未建相关结果索引");
    expect(await page.isVisible("#related-load")).toBe(false);
  });
});
