/**
 * Editors' work on real sources, then re-conversion: characters changed in several paragraphs, a
 * paragraph split, two merged, one inserted, one deleted, a headline moved to the right place, a
 * title corrected. Every unchanged paragraph keeps its id, every old id resolves to the text it
 * named, and nothing else moves.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convertCorpus } from "../../../scripts/lib/corpus.ts";
import { writeCorpus } from "../../../scripts/lib/write-corpus.ts";
import { readPreviousContent, type PreviousDocument } from "../../../scripts/lib/previous-content.ts";
import { ConvertError } from "../../../scripts/lib/errors.ts";
import { guardPublishedIds } from "../../../scripts/lib/id-guard.ts";
import { tempDir } from "../temp-dir.ts";

const sourcesDir = join(import.meta.dirname, "../../../sources");
const files = {
  speech: "000_ea349d759deb6524.txt",
  hunan: "001_0f24566a65a87a3f.txt",
  xiangtan: "004_533e1e65b1aadefe.txt",
};

/** A workspace with copies of some sources, converted once. */
function publish(names: string[]): { sources: string; out: string; v1: PreviousDocument[] } {
  const dir = tempDir("xiangwen-ids-");
  const sources = join(dir, "sources");
  const out = join(dir, "content/texts");
  mkdirSync(sources);
  for (const name of names) copyFileSync(join(sourcesDir, name), join(sources, name));
  writeCorpus(out, convertCorpus({ sourcesDir: sources, useSidecars: true }));
  return { sources, out, v1: readPreviousContent(out) };
}

function reconvert(sources: string, out: string): PreviousDocument[] {
  writeCorpus(out, convertCorpus({ sourcesDir: sources, useSidecars: true, previous: readPreviousContent(out) }));
  return readPreviousContent(out);
}

function editSource(sources: string, name: string, edit: (text: string) => string): void {
  const path = join(sources, name);
  const before = readFileSync(path, "utf8");
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
}

/** The text an id (current or alias) lands on. */
function resolve(doc: PreviousDocument, id: string): string | undefined {
  const target = doc.blocks.some((b) => b.id === id) ? id : doc.frontmatter.aliases[id];
  return doc.blocks.find((b) => b.id === target)?.text;
}

const find = (docs: PreviousDocument[], file: string) =>
  docs.find((d) => d.frontmatter.source.file === file) as PreviousDocument;
const textOf = (doc: PreviousDocument, id: string) => doc.blocks.find((b) => b.id === id)?.text ?? "";

describe("ids survive editors' corrections", () => {
  it("a resolution: two paragraphs edited, one inserted, two merged, one deleted", () => {
    const { sources, out, v1 } = publish([files.hunan]);
    const old = find(v1, files.hunan);
    editSource(sources, files.hunan, (text) => {
      const lines = text.split("\n");
      lines[2] = (lines[2] ?? "").replace("在长沙举行", "在长沙隆重举行"); // p1: characters changed
      lines[4] = (lines[4] ?? "").replace("这篇大文章", "这篇大文章、重要文章"); // p3: characters changed
      lines.splice(4, 0, "全会认为，一年来全省工作取得新的成绩。"); // inserted after p2
      const merged = `${lines[6] ?? ""}${lines[7] ?? ""}`; // p4 + p5 become one paragraph
      lines.splice(6, 2, merged);
      lines.splice(7, 1); // p6 deleted
      return lines.join("\n");
    });
    const now = find(reconvert(sources, out), files.hunan);
    expect(now.blocks.map((b) => b.id)).toEqual(["p1", "p2", "p2a", "p3", "p4", "p7"]);
    expect(now.frontmatter.aliases).toEqual({ p5: "p4", p6: "p4" });
    expect(textOf(now, "p1")).toContain("在长沙隆重举行");
    expect(textOf(now, "p2a")).toBe("全会认为，一年来全省工作取得新的成绩。");
    expect(textOf(now, "p4")).toBe(textOf(old, "p4") + textOf(old, "p5"));
    for (const id of ["p2", "p7"]) expect(textOf(now, id)).toBe(textOf(old, id)); // untouched
    expect(now.frontmatter.slug).toBe(old.frontmatter.slug);
    // Every old id still lands on a block holding (most of) its old words.
    for (const block of old.blocks) expect(resolve(now, block.id)).toBeDefined();
    expect(resolve(now, "p5")).toContain(textOf(old, "p5"));
  });

  it("a paragraph split keeps its id for the first part and adds p…a; nothing else moves", () => {
    const { sources, out, v1 } = publish([files.xiangtan]);
    const old = find(v1, files.xiangtan);
    // The first plain paragraph of more than one sentence is split after its first sentence.
    const victim = old.blocks.find((b) => b.id.startsWith("p") && b.text.indexOf("。") < b.text.length - 1);
    const id = victim?.id ?? "";
    const target = victim?.text ?? "";
    const cut = target.indexOf("。") + 1;
    expect(cut).toBeGreaterThan(0);
    editSource(sources, files.xiangtan, (text) =>
      text.replace(target, `${target.slice(0, cut)}\n${target.slice(cut)}`),
    );
    const now = find(reconvert(sources, out), files.xiangtan);
    expect(textOf(now, id)).toBe(target.slice(0, cut));
    expect(textOf(now, `${id}a`)).toBe(target.slice(cut));
    const unchanged = old.blocks.filter((b) => b.id !== id);
    for (const block of unchanged) expect(textOf(now, block.id)).toBe(block.text);
    expect(now.blocks).toHaveLength(old.blocks.length + 1);
    expect(now.frontmatter.aliases).toEqual({});
  });

  it("a numbered item printed run-in stays one paragraph with the item's id; the old body id lands on it", () => {
    const { sources, out, v1 } = publish([files.xiangtan]);
    const old = find(v1, files.xiangtan);
    const item = old.blocks.find((b) => b.id === "i1");
    expect(item?.runIn).toBe("1.提高政治站位。");
    // An editor breaks the head onto a line of its own: now a heading and a paragraph.
    editSource(sources, files.xiangtan, (text) => text.replace("1.提高政治站位。推动", "1.提高政治站位。\n推动"));
    const split = find(reconvert(sources, out), files.xiangtan);
    expect(split.blocks.find((b) => b.id === "i1")).toMatchObject({ type: "heading", text: "1.提高政治站位。" });
    // …and joins it again: the paragraph keeps i1, the id its body had in between is an alias of i1.
    editSource(sources, files.xiangtan, (text) => text.replace("1.提高政治站位。\n推动", "1.提高政治站位。推动"));
    const joined = find(reconvert(sources, out), files.xiangtan);
    expect(joined.blocks.find((b) => b.id === "i1")).toEqual(item);
    const bodyId = split.blocks[split.blocks.findIndex((b) => b.id === "i1") + 1]?.id ?? "";
    expect(joined.frontmatter.aliases[bodyId]).toBe("i1");
  });

  it("a headline moved to its article's head changes no document and no id", () => {
    const { sources, out, v1 } = publish([files.speech]);
    editSource(sources, files.speech, (text) => {
      const lines = text.split("\n");
      const headline = lines.slice(553, 555); // 保障“快递小哥”合法权益 / 省人大常委会召开…
      lines.splice(553, 3);
      lines.splice(501, 0, ...headline, "");
      return lines.join("\n");
    });
    const v2 = reconvert(sources, out);
    expect(v2.map((d) => d.frontmatter.slug).sort()).toEqual(v1.map((d) => d.frontmatter.slug).sort());
    for (const doc of v1) {
      const now = v2.find((d) => d.frontmatter.slug === doc.frontmatter.slug) as PreviousDocument;
      expect(now.blocks).toEqual(doc.blocks);
      expect(now.frontmatter.title).toBe(doc.frontmatter.title);
    }
  });

  it("a corrected title keeps its slug", () => {
    const { sources, out, v1 } = publish([files.xiangtan]);
    writeFileSync(
      join(sources, files.xiangtan.replace(".txt", ".yaml")),
      "documents:\n  - match: 作出如下决议\n    title: 中共湘潭市委关于深入实施长江经济带发展战略大力推动“美丽湘潭”建设的决议\n    titleReason: 标题据内容拟定\n",
    );
    const now = find(reconvert(sources, out), files.xiangtan);
    expect(now.frontmatter.title).toBe("中共湘潭市委关于深入实施长江经济带发展战略大力推动“美丽湘潭”建设的决议");
    expect(now.frontmatter.slug).toBe(find(v1, files.xiangtan).frontmatter.slug);
  });

  it("refuses output that would drop a published document, naming it", () => {
    const { sources, out } = publish([files.speech]);
    // Without its continuation mark, fragment ③ runs into fragment ①: one published slug would go.
    editSource(sources, files.speech, (text) => text.replace("▲ ▲（上接1版③）", ""));
    const run = () => convertCorpus({ sourcesDir: sources, useSidecars: true, previous: readPreviousContent(out) });
    expect(run).toThrow(ConvertError);
    expect(run).toThrow(/shang-jie-1-ban-xu-da-zhe-qiang-diao-yao-kai-zhan-hao-dang-shi\) would disappear/);
  });

  it("refuses a block id that would vanish without an alias", () => {
    const { v1 } = publish([files.hunan]);
    const [doc] = v1 as [PreviousDocument];
    const next = [{ frontmatter: doc.frontmatter, blocks: doc.blocks.filter((b) => b.id !== "p3") }];
    expect(() => guardPublishedIds(v1, next, new Set([files.hunan]))).toThrow(
      `document ${doc.frontmatter.slug}: block id p3 would disappear without an alias`,
    );
  });

  it("reports, rather than refuses, the documents of a removed source file", () => {
    const { v1 } = publish([files.hunan]);
    const [doc] = v1 as [PreviousDocument];
    expect(guardPublishedIds(v1, [], new Set())).toEqual([
      `${doc.frontmatter.slug}: its source ${files.hunan} was removed, so the document is dropped`,
    ]);
  });
});
