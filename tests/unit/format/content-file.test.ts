/** The content file format: the reader is the writer's exact inverse, and fields come from the schema. */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "astro/zod";
import { parse } from "yaml";
import {
  ContentFormatError,
  orderedBySchema,
  readContentFile,
  splitContentFile,
  writeContentFile,
} from "../../../src/format/content-file.ts";
import { documentSchema } from "../../../src/format/schema.ts";

const dir = resolve(import.meta.dirname, "../../../content/texts");
const files = readdirSync(dir).filter((name) => name.endsWith(".md"));

describe.each(files)("%s", (name) => {
  const text = readFileSync(join(dir, name), "utf8");
  it("reads and writes back byte for byte", () => {
    expect(writeContentFile(readContentFile(text))).toBe(text);
  });
  it("writes the frontmatter keys in the schema's order", () => {
    const keys = Object.keys(parse(splitContentFile(text).yaml) as object);
    const schemaKeys = Object.keys(documentSchema.shape);
    expect(keys).toEqual(schemaKeys.filter((key) => keys.includes(key)));
  });
});

describe("fields come from the schema", () => {
  it("writes a field that is added to the schema, in its place", () => {
    const extended = documentSchema.extend({ editorNote: z.string().optional() });
    const doc = readContentFile(readFileSync(join(dir, files[0] ?? ""), "utf8")).frontmatter;
    const ordered = orderedBySchema({ ...doc, editorNote: "校对者按" }, extended) as Record<string, unknown>;
    expect(Object.keys(ordered)).toContain("editorNote");
    expect(Object.keys(ordered).at(-1)).toBe("editorNote");
  });
  it("orders nested objects and arrays of objects by their schemas", () => {
    const schema = z.object({ a: z.string(), list: z.array(z.object({ x: z.number(), y: z.number() })) });
    expect(JSON.stringify(orderedBySchema({ list: [{ y: 2, x: 1 }], a: "s" }, schema))).toBe(
      '{"a":"s","list":[{"x":1,"y":2}]}',
    );
  });
});

describe("errors name the field", () => {
  const good = readFileSync(join(dir, files[0] ?? ""), "utf8");
  it("refuses a file without frontmatter", () => {
    expect(() => readContentFile("正文 {#p1}\n")).toThrow(ContentFormatError);
  });
  it("reads an unquoted date as the string it is (YAML 1.2 core schema, no timestamps)", () => {
    const unquoted = good.replace(/^date: "([0-9-]+)"$/m, "date: $1");
    expect(unquoted).not.toBe(good);
    expect(readContentFile(unquoted).frontmatter.date).toBe(readContentFile(good).frontmatter.date);
  });
  it("refuses frontmatter that is not YAML, as a content format error", () => {
    const bad = good.replace(/^kind: .*$/m, 'kind: "unclosed');
    expect(() => readContentFile(bad)).toThrow(ContentFormatError);
    expect(() => readContentFile(bad)).toThrow(/frontmatter is not valid YAML/);
  });
  it("refuses an invalid field", () => {
    const bad = good.replace(/^kind: .*$/m, 'kind: "poem"');
    expect(() => readContentFile(bad)).toThrow(/field kind/);
  });
  it("refuses a block without an id", () => {
    expect(() => readContentFile(`${good}\n没有编号的段落\n`)).toThrow(/block without an id marker/);
  });
});
