/**
 * The download links of the built site resolve to the right files: each text page links its
 * EPUB, TEI, plain text and JSON, the home page the edition EPUB and the corpus JSON; each link
 * is the URL rule's path under the base and serves what it says, about that very text.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { sitePaths } from "../../src/format/urls.ts";
import { openHarness, type Harness } from "./harness.ts";
import { pickText, readCorpus, textPagePath } from "./site-data.ts";

let harness: Harness;
const text = pickText({ paragraphs: 2 });

beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => harness?.close());

/** The download links in `selector`, resolved, as site-relative paths (the build's base is `/`). */
async function downloadPaths(page: Page, selector: string): Promise<string[]> {
  const hrefs = await page.$$eval(`${selector} a[data-download]`, (links) =>
    links.map((a) => (a as HTMLAnchorElement).href),
  );
  return hrefs.map((href) => href.slice(harness.baseUrl.length));
}

/** Fetch a site path: status, content type and body bytes. */
async function fetchPath(path: string): Promise<{ status: number; type: string; body: Buffer }> {
  const response = await fetch(harness.baseUrl + path);
  return {
    status: response.status,
    type: response.headers.get("content-type") ?? "",
    body: Buffer.from(await response.arrayBuffer()),
  };
}

describe("text page downloads", () => {
  it("links EPUB, TEI, plain text and JSON at the URL rule's paths", async () => {
    const page = await harness.open(textPagePath(text.slug));
    expect(await downloadPaths(page, ".text-downloads")).toEqual([
      sitePaths.epub(text.slug),
      sitePaths.tei(text.slug),
      sitePaths.plainText(text.slug),
      sitePaths.textData(text.slug),
    ]);
  });

  it("each link serves that text in its format", async () => {
    const [epub, tei, plain, json] = await Promise.all(
      [sitePaths.epub, sitePaths.tei, sitePaths.plainText, sitePaths.textData].map((path) =>
        fetchPath(path(text.slug)),
      ),
    );
    const firstParagraph = text.blocks.find((b) => b.type === "paragraph");
    expect(epub?.status).toBe(200);
    expect(epub?.type).toBe("application/epub+zip");
    expect(epub?.body.toString("latin1", 30, 58)).toBe("mimetypeapplication/epub+zip");
    expect(tei?.type).toMatch(/xml/);
    expect(tei?.body.toString("utf8")).toContain(`xml:id="${firstParagraph?.id}"`);
    expect(plain?.type).toBe("text/plain; charset=utf-8");
    expect(plain?.body.toString("utf8")).toContain(`¶${firstParagraph?.id.slice(1)} ${firstParagraph?.text}\n`);
    expect((JSON.parse(json?.body.toString("utf8") ?? "{}") as { slug?: string }).slug).toBe(text.slug);
  });

  it("every text page links downloads that exist", async () => {
    const page = await (await harness.newContext()).newPage();
    for (const { slug } of readCorpus().texts) {
      await page.goto(harness.baseUrl + textPagePath(slug), { waitUntil: "domcontentloaded" });
      const paths = await downloadPaths(page, ".text-downloads");
      expect(paths).toHaveLength(4);
      for (const path of paths)
        expect((await fetch(harness.baseUrl + path, { method: "HEAD" })).status, path).toBe(200);
    }
    await page.context().close();
  });
});

describe("home page downloads", () => {
  it("links the whole-edition EPUB and the corpus JSON, both served", async () => {
    const page = await harness.open("");
    const paths = await downloadPaths(page, ".edition-downloads");
    expect(paths).toEqual([sitePaths.editionEpub(), sitePaths.corpusData()]);
    const [epub, corpus] = await Promise.all(paths.map(fetchPath));
    expect(epub?.status).toBe(200);
    expect(epub?.body.toString("latin1", 30, 58)).toBe("mimetypeapplication/epub+zip");
    expect(corpus?.status).toBe(200);
  });

  it("pages with download links make no request to another host", async () => {
    await harness.expectOnlyLocalRequests(["", textPagePath(text.slug)]);
  });
});
