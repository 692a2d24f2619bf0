/**
 * The build's second thread (src/lib/worker-thread.ts) must give exactly what the page thread
 * would: the workers run as plain Node outside Vite (the CSL files' `?raw` imports read by a module
 * hook), so each is started here as the build starts it and compared with the in-thread result.
 */
import { resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { describe, expect, test } from "vitest";
import { readContentFolder } from "../../src/format/content-folder.ts";
import { pageReferences, type PageReferences } from "../../src/lib/citation/page-references.ts";
import { findSharedPassages } from "../../src/lib/shared-passages.ts";

const documents = readContentFolder("content/texts");
const urlOf = (slug: string) => `https://example.org/texts/${slug}/`;

/** Start a worker from the source tree, post `input`, collect `count` replies. */
async function replies<T>(file: string, input: unknown, count: number): Promise<T[]> {
  const worker = new Worker(resolve(file)); // as sourceWorker starts it: from the project folder
  const received: T[] = [];
  try {
    return await new Promise<T[]>((resolve, reject) => {
      worker.on("message", (message: T) => {
        received.push(message);
        if (received.length === count) resolve(received);
      });
      worker.on("error", reject);
      worker.postMessage(input);
    });
  } finally {
    await worker.terminate();
  }
}

describe("second thread", () => {
  test("the reference worker renders every page's references as the page thread does, in the order sent", async () => {
    const jobs = documents.map(({ frontmatter }) => ({ doc: frontmatter, url: urlOf(frontmatter.slug) }));
    const received = await replies<{ slug: string; references: PageReferences }>(
      "src/lib/citation/reference-worker.ts",
      jobs,
      jobs.length,
    );
    expect(received.map((r) => r.slug)).toEqual(jobs.map((j) => j.doc.slug));
    for (const [k, { doc, url }] of jobs.entries()) expect(received[k]?.references).toEqual(pageReferences(doc, url));
    expect(received.some((r) => r.references.panel.gb7714.includes("[EB/OL]"))).toBe(true);
  }, 60_000);

  test("a page whose references fail comes back as that page's error, and the others still arrive", async () => {
    const [good] = documents;
    if (!good) throw new Error("no documents");
    const broken = { ...good.frontmatter, slug: "broken", byline: null };
    const received = await replies<{ slug: string; error?: string; references?: PageReferences }>(
      "src/lib/citation/reference-worker.ts",
      [
        { doc: broken, url: urlOf("broken") },
        { doc: good.frontmatter, url: urlOf(good.frontmatter.slug) },
      ],
      2,
    );
    expect(received[0]?.slug).toBe("broken");
    expect(received[0]?.error).toMatch(/\S/);
    expect(received[1]?.references).toEqual(pageReferences(good.frontmatter, urlOf(good.frontmatter.slug)));
  }, 60_000);

  test("the shared-passages worker finds what the page thread finds", async () => {
    const input = documents.map((d) => ({ slug: d.frontmatter.slug, blocks: d.blocks }));
    const [found] = await replies<Map<string, unknown>>("src/lib/shared-passages-worker.ts", input, 1);
    expect(found?.size).toBeGreaterThan(0);
    expect(found).toEqual(findSharedPassages(input));
  }, 60_000);
});
