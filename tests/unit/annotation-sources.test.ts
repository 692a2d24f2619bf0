/**
 * What the annotation files say is checkable: every dated statement of a definition, every
 * statement of a note about a person and every role names a source a reader can find (a block of
 * one of the edition's texts, or a published source), or is marked 待核 with the reason. The schema
 * refuses an entry that breaks the rule; these tests run it over the real files and over mistakes,
 * and check what the schema cannot: that the texts and blocks cited exist and say what is cited.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { AnnotationFileError, parseAnnotationFile } from "../../src/format/annotation-files.ts";
import {
  isDated,
  proseAsText,
  proseWithUnverified,
  statements,
  unbackedStatements,
} from "../../src/format/annotation-statements.ts";
import type { Citation } from "../../src/format/annotations.ts";
import { readContentFile } from "../../src/format/content-file.ts";
import { renderGlossary } from "../../src/exports/epub/glossary.ts";
import { formatPartialDate, sourceLine } from "../../src/lib/annotation-sources.ts";
import { editionAnnotations } from "./render-markdown.ts";

const contentDir = resolve(import.meta.dirname, "../../content/texts");
const documents = new Map(
  readdirSync(contentDir)
    .map((name) => readContentFile(readFileSync(join(contentDir, name), "utf8")))
    .map((doc) => [doc.frontmatter.slug, doc] as const),
);
const { term, person, body } = editionAnnotations;

/** Every entry with the prose whose statements it must back, and whether every statement counts. */
const proseEntries = [
  ...term.map((e) => ({ key: `glossary/${e.id}`, prose: e.definition, every: false, entry: e })),
  ...body.map((e) => ({ key: `bodies/${e.id}`, prose: e.definition, every: false, entry: e })),
  ...person.map((e) => ({ key: `people/${e.id}`, prose: e.note ?? "", every: true, entry: e })),
];

describe("every dated or role statement in the annotation files", () => {
  it("has a source, or is marked 待核 with a reason", () => {
    const unbacked = proseEntries.flatMap(({ key, prose, every, entry }) =>
      unbackedStatements(prose, entry, every).map((s) => `${key}: ${s.text}`),
    );
    expect(unbacked).toEqual([]);
    // The rule has something to bite on: the files do date things and describe people.
    const dated = proseEntries.flatMap(({ prose, every }) => statements(prose).filter((s) => every || isDated(s.text)));
    expect(dated.length).toBeGreaterThan(100);
  });

  it("cites texts and blocks of the edition that exist", () => {
    const cited = proseEntries.flatMap(({ key, entry }) =>
      entry.sources.flatMap((source: Citation) => ("document" in source ? [{ key, source }] : [])),
    );
    const missing = cited.filter(({ source }) => {
      const doc = documents.get(source.document);
      return !doc || (source.block !== undefined && !doc.blocks.some((b) => b.id === source.block));
    });
    expect(missing.map(({ key, source }) => `${key}: ${source.document}#${source.block ?? ""}`)).toEqual([]);
    expect(cited.length).toBeGreaterThan(50);
  });

  it("cites blocks (or title blocks) that mention the entry, or print words of the statement cited for", () => {
    /** True when the two texts share a run of three characters (a name, a phrase). */
    const share = (a: string, b: string) => [...a].some((_, i) => i + 3 <= a.length && b.includes(a.slice(i, i + 3)));
    const forms = (key: string) => {
      const [file, id] = key.split("/");
      const e =
        file === "glossary"
          ? term.find((t) => t.id === id)
          : file === "bodies"
            ? body.find((b) => b.id === id)
            : person.find((p) => p.id === id);
      if (!e) return [];
      return ["term" in e ? e.term : e.name, ...e.variants];
    };
    const silent = proseEntries.flatMap(({ key, entry }) =>
      entry.sources.flatMap((source: Citation) => {
        if (!("document" in source)) return [];
        const doc = documents.get(source.document);
        if (!doc) return [];
        const { title, subtitle, kicker, byline } = doc.frontmatter;
        const text =
          source.block === undefined
            ? [title, subtitle, kicker, ...byline.map((b) => b.name)].join(" ")
            : (doc.blocks.find((b) => b.id === source.block)?.text ?? "");
        const mentions = forms(key).some((form) => text.includes(form)) || share(source.for ?? "", text);
        return mentions ? [] : [`${key}: ${source.document}#${source.block ?? ""}`];
      }),
    );
    expect(silent).toEqual([]);
  });

  it("gives each role of a person where the text prints it: the name and the role (or the words it quotes) in that block, or in the byline", () => {
    const wrong = person.flatMap((entry) =>
      entry.roles.flatMap((role) => {
        const doc = documents.get(role.document);
        const names = [entry.name, ...entry.variants];
        // A role glossed in brackets quotes the words the text prints (文中作“全国政协汪洋主席”).
        const quoted = [...role.role.matchAll(/“([^”]+)”/g)].map((m) => m[1] ?? "");
        const words = quoted.length ? quoted : [role.role.split("（")[0] ?? role.role];
        if (!doc) return [`${entry.id}: no document ${role.document}`];
        if (role.block === undefined) {
          const printed = doc.frontmatter.byline.some((b) => names.includes(b.name) && b.role === role.role);
          return printed ? [] : [`${entry.id}: the byline of ${role.document} does not print ${role.role}`];
        }
        const text = doc.blocks.find((b) => b.id === role.block)?.text ?? "";
        return names.some((n) => text.includes(n)) && words.every((w) => text.includes(w))
          ? []
          : [`${entry.id}: ${role.document}#${role.block} does not print ${words.join("、")} with the name`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it("never dates a role: the page takes the date from the text and calls it the text's date", () => {
    expect(person.flatMap((e) => e.roles).filter((r) => "date" in r)).toEqual([]);
  });
});

describe("the schema", () => {
  const glossary = (definition: string, extra = "") =>
    `- id: a\n  term: 甲\n  category: 政治术语\n  definition: ${definition}\n${extra}`;
  it("refuses a dated statement without a source, naming the file, the entry and the statement", () => {
    expect(() => parseAnnotationFile("term", "content/glossary.yaml", glossary("2013年提出。"))).toThrow(
      /^content\/glossary\.yaml: entry 1 \(a\), field definition: the statement “2013年提出。” names no source/,
    );
  });
  it("accepts it with a source quoting it, or marked 待核", () => {
    const source = '  sources:\n    - { publication: 新华社, title: 标题, date: "2013-11", for: 2013年 }\n';
    expect(parseAnnotationFile("term", "g.yaml", glossary("甲。2013年提出。", source))[0]?.sources).toHaveLength(1);
    const pending = "  unverified:\n    - { text: 2013年提出, reason: 未见出处 }\n";
    expect(parseAnnotationFile("term", "g.yaml", glossary("2013年提出。", pending))[0]?.unverified).toHaveLength(1);
  });
  it("refuses a source whose `for` or a 待核 text that the prose does not contain", () => {
    const source = "  sources:\n    - { document: abc, block: p1, for: 2014年 }\n";
    expect(() => parseAnnotationFile("term", "g.yaml", glossary("2013年提出。", source))).toThrow(
      /field sources\.0\.for: “2014年” is not in the definition/,
    );
  });
  it("refuses a published source without its date, and a year in the English gloss the definition does not state", () => {
    const undated = "  sources:\n    - { publication: 新华社, title: 标题 }\n";
    expect(() => parseAnnotationFile("term", "g.yaml", glossary("甲。", undated))).toThrow(/field sources\.0/);
    expect(() => parseAnnotationFile("term", "g.yaml", glossary("甲。", "  english: A (2016)\n"))).toThrow(
      /field english: the year 2016 is not stated in the definition/,
    );
  });
  it("refuses any statement of a note about a person without a source, and a dated role", () => {
    const note = "- id: a\n  name: 甲\n  note: 曾任某职。\n";
    expect(() => parseAnnotationFile("person", "content/people.yaml", note)).toThrow(
      /^content\/people\.yaml: entry 1 \(a\), field note: the statement “曾任某职。” names no source/,
    );
    const dated = '- id: a\n  name: 甲\n  roles:\n    - { role: 书记, date: "2021-01-24", document: abc }\n';
    expect(() => parseAnnotationFile("person", "p.yaml", dated)).toThrow(/field roles\.0/);
  });
  it("takes 2018年 and （2017） for dates, 2000万元, 12306 and “中国制造2025” not", () => {
    expect(["2018年修正", "（2017）", "2016—2018", "二〇三五年", "6月14日"].map(isDated)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["收入2000万元", "铁路12306", "“中国制造2025”试点"].map(isDated)).toEqual([false, false, false]);
  });
});

describe("statements marked 待核", () => {
  const unverified = [{ text: "或为误印", reason: "未见更正" }];
  it("are cut out of the prose where they stand, and carry their place in the list", () => {
    expect(proseWithUnverified("署名作甲，或为误印。", unverified)).toEqual([
      { text: "署名作甲，" },
      { text: "或为误印", unverified: 0 },
      { text: "。" },
    ]);
    expect(proseAsText("署名作甲，或为误印。", unverified)).toBe("署名作甲，或为误印〔待核〕。");
  });
  it("are marked 〔待核〕 in the EPUB glossary too", () => {
    const entry = term.find((e) => e.unverified.length > 0);
    expect(renderGlossary(entry ? [entry] : [])).toContain(`${entry?.unverified[0]?.text}〔待核〕`);
  });
  it("exist in the edition where the editors could not source a statement", () => {
    const marked = proseEntries.filter(({ entry }) => entry.unverified.length > 0).map(({ key }) => key);
    expect(marked).toEqual(expect.arrayContaining(["glossary/yi-gang-shuang-ze", "people/deng-jing-kun"]));
  });
});

describe("the schema errors", () => {
  it("are AnnotationFileErrors", () => {
    expect(() => parseAnnotationFile("person", "p.yaml", "- id: a\n  name: 甲\n  note: 某。\n")).toThrow(
      AnnotationFileError,
    );
  });
});

describe("a source as the entry page lists it", () => {
  const docs = new Map([...documents].map(([slug, doc]) => [slug, doc.frontmatter]));
  it("gives a published source's publication, title, date (as precise as recorded) and part, linked to its URL", () => {
    const line = sourceLine(
      { publication: "人民日报", title: "标题", date: "2024-05-23", locator: "第10版", url: "https://example.org/a" },
      docs,
    );
    expect(line).toEqual({
      text: "人民日报，《标题》，2024年5月23日，第10版",
      href: "https://example.org/a",
      external: true,
    });
    expect([formatPartialDate("2021-02"), formatPartialDate("2024")]).toEqual(["2021年2月", "2024年"]);
  });
  it("sets a title the editors supplied in 〔 〕 without 《 》", () => {
    expect(sourceLine({ publication: "中国青年报", title: "〔报道〕", date: "2013-06-06" }, docs).text).toBe(
      "中国青年报，〔报道〕，2013年6月6日",
    );
  });
  it("gives a block of the edition by its text's title and margin label, linked to the block", () => {
    const line = sourceLine(
      { document: "zhong-guo-gong-chan-dang-xiang-tan-shi-di-shi-er-jie-wei-yuan", block: "i5" },
      docs,
    );
    expect(line.text).toMatch(/^本版《.+》i5（.+）$/);
    expect(line.href).toBe("texts/zhong-guo-gong-chan-dang-xiang-tan-shi-di-shi-er-jie-wei-yuan/#i5");
  });
});
