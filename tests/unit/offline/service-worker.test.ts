/** The service worker's precache manifest: Workbox's own, listed and hashed by us, inside Workbox's worker. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getManifest } from "workbox-build";
import { notPrecached, precacheManifest, writeServiceWorker } from "../../../src/offline/service-worker.ts";

const site = mkdtempSync(join(tmpdir(), "xiangwen-sw-"));
afterAll(() => rmSync(site, { recursive: true, force: true }));

const files: Record<string, string> = {
  "index.html": "<!doctype html><title>湘文</title>",
  "texts/a/index.html": "<p>一</p>",
  "texts/a/source/index.html": "<p>源</p>",
  "_astro/page.Ab12Cd34.js": "console.log(1)",
  "search-index/0123456789ab/shards/0.gz": "x",
  "search-index/manifest.json": "{}",
  "downloads/xiangwen.epub": "epub",
  "data/corpus.json": "{}",
  "cite/a.bib": "@book{}",
  "pagefind/pagefind.js": "",
  ".well-known/x.txt": "hidden",
  "texts/.draft.html": "hidden",
  "sw.js": "old worker",
};
for (const [path, content] of Object.entries(files)) {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), content);
}

describe("the precache manifest", () => {
  it("lists what Workbox's getManifest lists for the same site, with the same revisions", async () => {
    const workbox = await getManifest({
      globDirectory: site,
      globPatterns: ["**/*"],
      globIgnores: [...notPrecached.map((folder) => `${folder}/**`), "sw.js"],
      dontCacheBustURLsMatching: /(^|\/)(_astro\/|search-index\/[0-9a-f]{8,}\/)/,
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    });
    const ours = precacheManifest(site);
    const byUrl = (a: { url: string }, b: { url: string }) => (a.url < b.url ? -1 : 1);
    expect(ours.entries).toEqual([...workbox.manifestEntries].sort(byUrl));
    expect(ours.entries.length).toBe(6);
    expect(ours.size).toBe(workbox.size);
  });

  it("is written into Workbox's worker in place of the placeholder", { timeout: 60_000 }, async () => {
    const report = await writeServiceWorker(site);
    const worker = readFileSync(join(site, "sw.js"), "utf8");
    expect(report.count).toBe(6);
    expect(worker).toContain(JSON.stringify(precacheManifest(site).entries));
    expect(worker).not.toContain("xiangwen-precache-manifest");
  });
});
