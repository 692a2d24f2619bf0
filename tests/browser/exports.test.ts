import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openHarness, type Harness } from "./harness.ts";
import { readCorpus, readTextExports } from "./site-data.ts";
import { corpusExportSchema, textExportSchema } from "../../src/format/export-schema.ts";

let harness: Harness;
const exports = readTextExports();

beforeAll(async () => {
  harness = await openHarness();
});
afterAll(async () => harness?.close());

describe("data exports", () => {
  it("corpus.json validates and lists every text export", () => {
    const corpus = corpusExportSchema.parse(readCorpus());
    expect(corpus.texts.map((t) => `${t.slug}.json`).sort()).toEqual(exports.map((e) => e.file));
  });

  it.each(exports.map((e) => [e.file, e.data] as const))("%s validates and matches its page", async (file, data) => {
    const parsed = textExportSchema.safeParse(data);
    expect(parsed.error).toBeUndefined();
    expect(file).toBe(`${data.slug}.json`);
    const page = await harness.open(`texts/${data.slug}/`);
    // The reading text of each block: its text without the margin number and alias anchors.
    const shown = await page.$$eval(".reading > [id]", (els) =>
      els.map((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll(".block-number, .alias-anchor").forEach((n) => n.remove());
        return { id: el.id, text: copy.textContent ?? "" };
      }),
    );
    expect(shown).toEqual(data.blocks.map((b) => ({ id: b.id, text: b.text })));
    expect(new URL(data.url).pathname).toBe(`/texts/${data.slug}/`);
  });
});
