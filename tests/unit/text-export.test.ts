/** The export builder against every real document: schema-valid, blocks equal the Markdown's. */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocumentFile } from "../../scripts/lib/previous-content.ts";
import { markdownToBlocks } from "../../src/lib/block-markdown.ts";
import { buildCorpusEntry, buildTextExport, exportBlocks, toJsonFile } from "../../src/export/text-export.ts";
import { corpusEntrySchema, textExportSchema } from "../../src/export-schema.ts";

const dir = resolve(import.meta.dirname, "../../content/texts");
const files = readdirSync(dir).filter((name) => name.endsWith(".md"));

/** Frontmatter (validated) and body of a content file. */
function readDocument(name: string) {
  const { frontmatter, body } = parseDocumentFile(name, readFileSync(join(dir, name), "utf8"));
  return { doc: frontmatter, body };
}

describe.each(files)("export of %s", (name) => {
  const { doc, body } = readDocument(name);
  const url = `https://example.org/base/texts/${doc.slug}/`;
  const text = buildTextExport(doc, body, url);

  it("validates against the export schema", () => {
    expect(textExportSchema.safeParse(text).error).toBeUndefined();
    expect(corpusEntrySchema.safeParse(buildCorpusEntry(doc, url)).error).toBeUndefined();
  });

  it("publishes exactly the Markdown's blocks, with level only on headings", () => {
    const blocks = markdownToBlocks(body);
    expect(text.blocks.map((b) => [b.id, b.type, b.text])).toEqual(blocks.map((b) => [b.id, b.type, b.text]));
    for (const block of text.blocks) expect("level" in block).toBe(block.type === "heading");
  });

  it("keeps the frontmatter's identity fields", () => {
    expect(text).toMatchObject({ slug: doc.slug, url, title: doc.title, kind: doc.kind, date: doc.date });
    expect(text.subtitle).toBe(doc.subtitle ?? null);
    expect(text.place).toBe(doc.place ?? null);
  });
});

describe("export helpers", () => {
  it("gives headings their level and paragraphs none", () => {
    expect(exportBlocks("## 一、总则 {#s1}\n\n正文。 {#p1}\n")).toEqual([
      { id: "s1", type: "heading", level: 2, text: "一、总则" },
      { id: "p1", type: "paragraph", text: "正文。" },
    ]);
  });

  it("writes two-space JSON with a final newline and no escaped Chinese", () => {
    expect(toJsonFile({ title: "湘文" })).toBe('{\n  "title": "湘文"\n}\n');
  });

  it("rejects an export with an unknown key", () => {
    const { doc, body } = readDocument(files[0] ?? "");
    const extra = { ...buildTextExport(doc, body, "https://example.org/x/"), extra: 1 };
    expect(textExportSchema.safeParse(extra).success).toBe(false);
  });
});
