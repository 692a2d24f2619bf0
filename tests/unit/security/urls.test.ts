/**
 * Every URL that reaches an `href` is http(s) or relative, checked where the edition's data is read:
 * a sidecar's `url` fields, a document's `source.url`, an annotation's published sources, and any
 * link a hand-edited body carries.
 * `javascript:`, `data:`, `vbscript:` and the rest are refused with an error naming file and field.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConvertError } from "../../../scripts/lib/errors.ts";
import { parseSidecar } from "../../../scripts/lib/sidecar.ts";
import { parseAnnotationFile } from "../../../src/format/annotation-files.ts";
import { checkFrontmatter, ContentFormatError, readContentFile } from "../../../src/format/content-file.ts";
import { bodyRenderer } from "../../../src/format/plugins.ts";
import { isLinkable } from "../../../src/format/web-url.ts";

/** URLs a browser would run, read from disk, or fetch over a scheme that is not the web's. */
const hostile = [
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "\u0001javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  "ftp://example.org/a.txt",
  "blob:https://example.org/1",
];
const web = ["https://www.hunantoday.cn/news/1.html?from=a#p2", "http://example.org"];
const yamlString = (text: string) => JSON.stringify(text);

describe("sidecar url fields", () => {
  it.each(hostile)("refuses %j, naming the file and the field", (url) => {
    expect(() => parseSidecar("x.yaml", `url: ${yamlString(url)}\n`)).toThrow(ConvertError);
    expect(() => parseSidecar("x.yaml", `url: ${yamlString(url)}\n`)).toThrow(/^x\.yaml: field url: .*http/);
    const perDocument = `documents:\n  - match: 甲\n    url: ${yamlString(url)}\n`;
    expect(() => parseSidecar("y.yaml", perDocument)).toThrow(/^y\.yaml: field documents\.0\.url: /);
  });

  it.each(web)("keeps %s", (url) => {
    expect(parseSidecar("x.yaml", `url: ${yamlString(url)}\n`).url).toBe(url);
  });
});

describe("a document's source.url", () => {
  const dir = resolve(import.meta.dirname, "../../../content/texts");
  const name = readdirSync(dir).find((file) => file.endsWith(".md")) ?? "";
  const { frontmatter } = readContentFile(readFileSync(join(dir, name), "utf8"));

  it.each(hostile)("refuses %j in the frontmatter, naming the field", (url) => {
    const bad = { ...frontmatter, source: { ...frontmatter.source, url } };
    expect(() => checkFrontmatter(bad)).toThrow(ContentFormatError);
    expect(() => checkFrontmatter(bad)).toThrow(/^field source\.url: .*http/);
  });

  it.each(web)("keeps %s", (url) => {
    expect(checkFrontmatter({ ...frontmatter, source: { ...frontmatter.source, url } }).source.url).toBe(url);
  });
});

describe("an annotation's published source", () => {
  const glossary = readFileSync(resolve(import.meta.dirname, "../../../content/glossary.yaml"), "utf8");
  const first = /url: ("[^"]*")/.exec(glossary);

  it.each(hostile)("refuses %j, naming the file, the entry and the field", (url) => {
    expect(first).not.toBeNull();
    const text = glossary.replace(first?.[0] ?? "", `url: ${yamlString(url)}`);
    expect(() => parseAnnotationFile("term", "glossary.yaml", text)).toThrow(
      /^glossary\.yaml: entry \d+ \([a-z-]+\), field sources\.\d+\.url: .*http/,
    );
  });
});

describe("links in a hand-edited body", () => {
  const render = bodyRenderer({ base: "/", annotations: { term: [], person: [], body: [] } });
  const frontmatter = { slug: "jia", aliases: {}, apparatus: [] };

  it.each([
    "看[这里](javascript:alert(1)) {#p1}",
    "看![图](data:image/svg+xml;base64,PHN2Zz4=) {#p1}",
    "看<javascript:alert(1)> {#p1}",
    "看[这里][x] {#p1}\n\n[x]: vbscript:msgbox(1)",
  ])("refuses %j, naming the document", async (body) => {
    await expect(render(`${body}\n`, frontmatter)).rejects.toThrow(/“jia”.*(javascript|data|vbscript):.*http/);
  });

  it("keeps web and relative links", async () => {
    const { html } = await render("看[甲](https://example.org/a)和[乙](../yi/#p2) {#p1}\n", frontmatter);
    expect(html).toContain('href="https://example.org/a"');
    expect(html).toContain('href="../yi/#p2"');
  });
});

describe("isLinkable", () => {
  it("reads the scheme as a browser does (case, tabs, leading control characters)", () => {
    for (const url of hostile) expect(isLinkable(url), url).toBe(false);
    for (const url of [...web, "../a/", "#p1", "/texts/a/", "//example.org/a", "?q=1", "a:b/c"])
      expect(isLinkable(url), url).toBe(url !== "a:b/c");
  });
});
