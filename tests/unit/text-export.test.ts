/** The export builder against every real document: schema-valid, every field, blocks equal the file's. */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readContentFile } from "../../src/format/content-file.ts";
import { buildCorpusEntry, buildTextExport, exportBlock, toJsonFile } from "../../src/format/export.ts";
import { corpusEntrySchema, textExportSchema } from "../../src/format/export-schema.ts";
import { documentSchema } from "../../src/format/schema.ts";

const dir = resolve(import.meta.dirname, "../../content/texts");
const files = readdirSync(dir).filter((name) => name.endsWith(".md"));
const readDocument = (name: string) => readContentFile(readFileSync(join(dir, name), "utf8"));

describe.each(files)("export of %s", (name) => {
  const { frontmatter: doc, blocks } = readDocument(name);
  const url = `https://example.org/base/texts/${doc.slug}/`;
  const text = buildTextExport(doc, blocks, url);

  it("validates against the export schema", () => {
    expect(textExportSchema.safeParse(text).error).toBeUndefined();
    expect(corpusEntrySchema.safeParse(buildCorpusEntry(doc, url)).error).toBeUndefined();
  });

  it("publishes exactly the file's blocks, with level only on headings", () => {
    expect(text.blocks.map((b) => [b.id, b.type, b.text])).toEqual(blocks.map((b) => [b.id, b.type, b.text]));
    for (const block of text.blocks) expect("level" in block).toBe(block.type === "heading");
  });

  it("carries every frontmatter field, absent ones as null", () => {
    for (const key of Object.keys(documentSchema.shape)) {
      expect(text).toHaveProperty(key, doc[key as keyof typeof doc] ?? null);
    }
    expect(text.url).toBe(url);
  });
});

describe("export helpers", () => {
  it("gives headings their level, paragraphs none, and a run-in head where there is one", () => {
    expect(exportBlock({ id: "s1", type: "heading", level: 2, text: "一、总则" })).toEqual({
      id: "s1",
      type: "heading",
      level: 2,
      text: "一、总则",
    });
    expect(exportBlock({ id: "p1", type: "paragraph", text: "正文。" })).toEqual({
      id: "p1",
      type: "paragraph",
      text: "正文。",
    });
    expect(exportBlock({ id: "i1", type: "paragraph", text: "1.要求。正文。", runIn: "1.要求。" })).toEqual({
      id: "i1",
      type: "paragraph",
      text: "1.要求。正文。",
      runIn: "1.要求。",
    });
  });

  it("keeps the kicker of a news item (its 引题) in the export", () => {
    const withKicker = files.map(readDocument).find((d) => d.frontmatter.kicker);
    expect(withKicker).toBeDefined();
    const { frontmatter, blocks } = withKicker!;
    expect(buildTextExport(frontmatter, blocks, "https://example.org/x/").kicker).toBe(frontmatter.kicker);
  });

  it("writes two-space JSON with a final newline and no escaped Chinese", () => {
    expect(toJsonFile({ title: "湘文" })).toBe('{\n  "title": "湘文"\n}\n');
  });

  it("rejects an export with an unknown key", () => {
    const { frontmatter, blocks } = readDocument(files[0] ?? "");
    const extra = { ...buildTextExport(frontmatter, blocks, "https://example.org/x/"), extra: 1 };
    expect(textExportSchema.safeParse(extra).success).toBe(false);
  });
});
