/** The annotation files, the matcher and the linking plugin. */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { AnnotationFileError, parseAnnotationFile } from "../../src/format/annotation-files.ts";
import { allAnnotations, type Annotation } from "../../src/format/annotations.ts";
import { createMatcher, formClashes } from "../../src/format/annotation-matcher.ts";
import { readContentFile } from "../../src/format/content-file.ts";
import { annotationNoteHtml } from "../../src/lib/annotation-note.ts";
import { editionAnnotations, renderBody } from "./render-markdown.ts";

const contentDir = resolve(import.meta.dirname, "../../content/texts");
const texts = readdirSync(contentDir).map((name) => readContentFile(readFileSync(join(contentDir, name), "utf8")));
const readingText = texts.flatMap((d) => d.blocks.map((b) => b.text)).join("\n");
const titleBlocks = texts
  .map((d) =>
    [
      d.frontmatter.title,
      d.frontmatter.kicker,
      d.frontmatter.subtitle,
      ...d.frontmatter.byline.map((p) => p.name),
    ].join(" "),
  )
  .join("\n");
const entries = allAnnotations(editionAnnotations);
const sanGaoSiXin = entries.find((e) => e.kind === "term" && e.id === "san-gao-si-xin") as Annotation;

describe("the annotation files", () => {
  it("hold the glossary, people and bodies", () => {
    expect(editionAnnotations.term.length).toBeGreaterThanOrEqual(60);
    expect(editionAnnotations.person.length).toBeGreaterThan(0);
    expect(editionAnnotations.body.length).toBeGreaterThan(0);
  });
  it("give every form to one entry only", () => {
    expect(formClashes(entries)).toEqual([]);
  });
  it("use only variants that occur in the texts, and every entry occurs (people may in bylines only)", () => {
    const occurs = (e: Annotation, form: string) =>
      readingText.includes(form) || (e.kind === "person" && titleBlocks.includes(form));
    // A body's headword is its full official name, which the texts may not print; its variants they do.
    const missing = entries.flatMap((e) =>
      e.forms
        .slice(e.kind === "body" ? 1 : 0)
        .filter((form) => !occurs(e, form))
        .map((f) => `${e.kind}/${e.id}: ${f}`),
    );
    expect(missing).toEqual([]);
    expect(entries.filter((e) => !e.forms.some((form) => occurs(e, form))).map((e) => e.id)).toEqual([]);
  });
  it("are each found by the matcher somewhere in the texts or bylines, not only inside longer words", () => {
    const match = createMatcher(entries);
    const found = new Set(texts.flatMap((d) => d.blocks.flatMap((b) => match(b.text).map((m) => m.annotation))));
    const bylines = new Set(texts.flatMap((d) => d.frontmatter.byline.map((p) => p.name)));
    const missing = entries.filter(
      (e) => !found.has(e) && !(e.kind === "person" && e.forms.some((f) => bylines.has(f))),
    );
    expect(missing.map((e) => `${e.kind}/${e.id}`)).toEqual([]);
  });
  it("name the file, the entry and the field of a mistake", () => {
    const bad =
      "- id: a\n  term: 甲\n  category: 战略口号\n  definition: 定义\n- id: b\n  term: 乙\n  category: 口号\n  definition: 定义\n";
    expect(() => parseAnnotationFile("term", "content/glossary.yaml", bad)).toThrow(AnnotationFileError);
    expect(() => parseAnnotationFile("term", "content/glossary.yaml", bad)).toThrow(
      /^content\/glossary\.yaml: entry 2 \(b\), field category: /,
    );
    expect(() =>
      parseAnnotationFile(
        "term",
        "g.yaml",
        "- id: a\n  term: 甲\n  category: 国际\n  definition: x\n- id: a\n  term: 乙\n  category: 国际\n  definition: x\n",
      ),
    ).toThrow(/entry 2 \(a\): the id a is used twice/);
    expect(() => parseAnnotationFile("person", "p.yaml", "name: 甲")).toThrow(/p\.yaml: \(root\): must be a list/);
  });
});

describe("the matcher", () => {
  const entry = (kind: Annotation["kind"], id: string, forms: string[], notInside: string[] = []): Annotation => ({
    kind,
    id,
    headword: forms[0] ?? "",
    forms,
    notInside,
  });
  const match = createMatcher([
    entry("body", "sheng-wei", ["省委"]),
    entry("body", "hu-nan-sheng-wei", ["中共湖南省委", "湖南省委"]),
    entry("term", "dang-zu", ["党组"], ["党组织"]),
  ]);
  it("takes the longest form at the leftmost position", () => {
    expect(match("中共湖南省委和省委").map((m) => [m.annotation.id, m.start, m.end])).toEqual([
      ["hu-nan-sheng-wei", 0, 6],
      ["sheng-wei", 7, 9],
    ]);
  });
  it("never finds a form inside a word it is not part of", () => {
    expect(match("加强党组织建设，发挥党组作用").map((m) => [m.annotation.id, m.start])).toEqual([["dang-zu", 10]]);
  });
});

describe("the note of an entry", () => {
  it("is a popover fragment with the definition, the English gloss and a link to the entry, under the base", () => {
    const html = annotationNoteHtml(sanGaoSiXin, editionAnnotations, "/xiangwen/");
    const entry = editionAnnotations.term.find((e) => e.id === "san-gao-si-xin");
    expect(html).toMatch(/^<div popover="auto" class="annotation-note" role="note" data-pagefind-ignore="">/);
    expect(html).toContain("<strong>三高四新</strong>");
    expect(html).toContain(entry?.definition);
    expect(html).toContain(`<p lang="en" class="annotation-english">${entry?.english}</p>`);
    expect(html).toContain('<a href="/xiangwen/glossary/san-gao-si-xin/">查看词条与全部出处</a>');
  });
  it("gives a person the roles the texts give", () => {
    const person = entries.find((e) => e.kind === "person" && e.id === "xi-jin-ping") as Annotation;
    expect(annotationNoteHtml(person, editionAnnotations, "/")).toMatch(/文中身份：[^<]*总书记/);
  });
});

describe("the linking plugin", () => {
  const body = "全会强调，推动“三高四新”战略，“三高四新”是总纲。 {#p1}\n\n[已有链接]三高四新 {#p2}\n";
  it("links the first mention of an entry in each block to its page, and carries no note", async () => {
    const html = await renderBody(body, {}, editionAnnotations);
    expect(html.match(/<a href="\/glossary\/san-gao-si-xin\/" class="annotation">/g)).toHaveLength(2);
    expect(html).not.toContain("popover");
    expect(html).not.toContain(annotationNoteHtml(sanGaoSiXin, editionAnnotations, "/"));
  });
  it("never links inside a link", async () => {
    const html = await renderBody("见[三高四新](https://example.org/)。 {#p1}\n", {}, editionAnnotations);
    expect(html).not.toContain("/glossary/");
  });
  it.each(texts.map((d) => [d.frontmatter.slug, d] as const))(
    "%s: the reading text stays byte-identical",
    async (_slug, doc) => {
      const html = await renderBody(
        readFileSync(join(contentDir, `${doc.frontmatter.slug}.md`), "utf8").replace(/^---\n[\s\S]*?\n---\n/, ""),
        doc.frontmatter.aliases,
        editionAnnotations,
      );
      const shown = [...html.matchAll(/<(p|h\d) id="([^"]+)"[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => ({
        id: m[2],
        text: (m[3] ?? "")
          .replace(
            /<a [^>]*class="(block-number|alias-anchor)"[^>]*>[^<]*<\/a>|<span [^>]*class="alias-anchor"[^>]*><\/span>/g,
            "",
          )
          .replace(/<[^>]+>/g, "")
          .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
          .replace(/&amp;/g, "&")
          .replace(/&lt;/g, "<"),
      }));
      expect(shown).toEqual(doc.blocks.map((b) => ({ id: b.id, text: b.text })));
    },
  );
});
