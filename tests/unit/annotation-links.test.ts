/**
 * Where the edition links its annotations: the matcher's rules (longest form across entries, word
 * edges, notInside words), the cases an audit of the edition found wrong, and the links on the
 * page when the block's marks (同 spans) cut through a formula — marks and links nest or split
 * cleanly and the page links exactly what the concordance lists.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Element, ElementContent, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { describe, expect, it } from "vitest";
import { allAnnotations, type Annotation } from "../../src/format/annotations.ts";
import { createMatcher } from "../../src/format/annotation-matcher.ts";
import { readContentFile } from "../../src/format/content-file.ts";
import { bodyRenderer } from "../../src/format/plugins.ts";
import { cutsWord } from "../../src/format/word-boundaries.ts";
import { findSharedPassages } from "../../src/lib/shared-passages.ts";
import { wrapTextRange } from "../../src/plugins/wrap-text-range.ts";
import { editionAnnotations } from "./render-markdown.ts";

const contentDir = resolve(import.meta.dirname, "../../content/texts");
const documents = readdirSync(contentDir).map((name) => ({
  doc: readContentFile(readFileSync(join(contentDir, name), "utf8")),
  body: readFileSync(join(contentDir, name), "utf8").replace(/^---\n[\s\S]*?\n---\n/, ""),
}));
const bySlug = new Map(documents.map((d) => [d.doc.frontmatter.slug, d]));
const edition = createMatcher(allAnnotations(editionAnnotations));
const blockText = (slug: string, id: string) => bySlug.get(slug)?.doc.blocks.find((b) => b.id === id)?.text ?? "";
/** The mentions of a block as `text@entry`. */
const mentions = (text: string, match = edition) =>
  match(text).map((m) => `${text.slice(m.start, m.end)}@${m.annotation.kind}/${m.annotation.id}`);

const entry = (kind: Annotation["kind"], id: string, forms: string[], notInside: string[] = []): Annotation => ({
  kind,
  id,
  headword: forms[0] ?? "",
  forms,
  notInside,
});

describe("the matcher's rules", () => {
  const match = createMatcher([
    entry("body", "hu-nan-zheng-xie", ["湖南政协", "省政协"]),
    entry("term", "shu-yuan", ["政协云书院"]),
    entry("body", "chang-wei-hui", ["省委常委会"]),
    entry("body", "sheng-wei", ["省委", "湖南省委"]),
    entry("term", "dang-zu", ["党组"], ["党组织"]),
    entry("term", "zu-zhi", ["组织生活"]),
  ]);
  it("lets the longest form win across entries, wherever it starts", () => {
    expect(mentions("湖南政协云书院上线", match)).toEqual(["政协云书院@term/shu-yuan"]);
  });
  it("takes the leftmost of two overlapping forms of equal length", () => {
    expect(mentions("湖南政协湖南政协", match)).toEqual([
      "湖南政协@body/hu-nan-zheng-xie",
      "湖南政协@body/hu-nan-zheng-xie",
    ]);
  });
  it("never cuts a two-character word at a match's edge: 全省 + 政协, 常委 + 会议, 湖南省 + 委员会", () => {
    expect(mentions("召开全省政协宣传工作会议", match)).toEqual([]);
    expect(mentions("各市政协与省政协", match)).toEqual(["省政协@body/hu-nan-zheng-xie"]);
    expect(mentions("主持召开省委常委会议", match)).toEqual(["省委@body/sheng-wei"]);
    expect(mentions("省委常委会研究", match)).toEqual(["省委常委会@body/chang-wei-hui"]);
    expect(mentions("政协湖南省委员会", match)).toEqual([]);
    expect(cutsWord("全省政协", 1, 4)).toBe(true);
    expect(cutsWord("省政协", 0, 3)).toBe(false);
  });
  it("hides a form inside its own entry's notInside word only", () => {
    expect(mentions("党组织生活和党组", match)).toEqual(["组织生活@term/zu-zhi", "党组@term/dang-zu"]);
    expect(mentions("加强党组织建设", match)).toEqual([]);
  });
});

describe("the links the audit found wrong, in the edition's own texts", () => {
  it("links 政协云书院, not the 湖南政协 it begins inside (san-xiang-shu-xiang-yun-geng-nong ¶22)", () => {
    const found = mentions(blockText("san-xiang-shu-xiang-yun-geng-nong", "p22"));
    expect(found).toContain("政协云书院@term/zheng-xie-yun-shu-yuan");
    expect(found).not.toContain("湖南政协@body/hu-nan-sheng-zheng-xie");
  });
  it("reads 全省政协 as 全省 + 政协, never as 省政协 (CPPCC report ¶5, ¶14)", () => {
    const report = "zhong-guo-ren-min-zheng-zhi-xie-shang-hui-yi-hu-nan-sheng-wei";
    for (const id of ["p5", "p14"]) {
      const text = blockText(report, id);
      expect(text).toContain("全省政协");
      const inside = edition(text).filter((m) => text.slice(m.start - 1, m.end) === "全省政协");
      expect(inside).toEqual([]);
    }
  });
  it("does not link 省委常委会 inside 省委常委会议: the whole word is the mention", () => {
    const text = blockText("zhang-qing-wei-zhu-chi-zhao-kai-sheng-wei-chang-wei-hui-yi-qiang", "p1");
    expect(text).toContain("省委常委会议");
    const found = mentions(text);
    expect(found).not.toContain("省委常委会@body/zhong-gong-hu-nan-sheng-wei-chang-wei-hui");
    expect(found).toContain("省委常委会议@body/zhong-gong-hu-nan-sheng-wei-chang-wei-hui");
  });
  it("knows 中共中央 as a form of the Central Committee", () => {
    expect(mentions("中共中央印发")).toEqual(["中共中央@body/zhong-gong-zhong-yang"]);
  });
});

/** Text under a hast node. */
const textOf = (node: ElementContent | Root): string =>
  node.type === "text"
    ? node.value
    : "children" in node
      ? node.children.map((c) => textOf(c as ElementContent)).join("")
      : "";
/** Every element under a node that matches. */
function elements(node: Root | Element, test: (el: Element) => boolean): Element[] {
  return node.children.flatMap((child) =>
    child.type === "element" ? [...(test(child) ? [child] : []), ...elements(child, test)] : [],
  );
}
const hasClass = (name: string) => (el: Element) =>
  Array.isArray(el.properties["className"]) && el.properties["className"].includes(name);

describe("links across the block's marks", () => {
  const shared = findSharedPassages(documents.map(({ doc }) => ({ slug: doc.frontmatter.slug, blocks: doc.blocks })));
  const render = bodyRenderer({ base: "/", annotations: editionAnnotations, shared });
  const rendered = async (slug: string) => {
    const { doc, body } = bySlug.get(slug) ?? documents[0]!;
    return fromHtml((await render(body, doc.frontmatter)).html, { fragment: true });
  };

  it("links 以习近平同志为核心的党中央 whole where a 同 span ends inside it, and splits the span instead", async () => {
    const slug = "zhong-guo-gong-chan-dang-hu-nan-sheng-di-shi-er-jie-wei-yuan-hui";
    const passage = shared.get(`${slug}#p7`)?.find((p) => p.text.endsWith("以习近平同志为核心的"));
    expect(passage).toBeDefined(); // the case: a shared passage that stops mid-formula
    const [p7] = elements(await rendered(slug), (el) => el.properties["id"] === "p7");
    const link = elements(
      p7!,
      (el) => el.tagName === "a" && String(el.properties["href"]).includes("yi-xi-jin-ping-tong-zhi-wei-he-xin"),
    );
    expect(link.map((a) => textOf(a))).toEqual(["以习近平同志为核心的党中央"]);
    // The marked characters are still exactly the passage's, in two spans now: outside and inside the link.
    const spans = elements(p7!, hasClass("shared-passage"));
    expect(spans.map((s) => textOf(s)).join("")).toBe(passage?.text);
    expect(spans.length).toBeGreaterThan(1);
  });

  it.each(documents.map(({ doc }) => doc.frontmatter.slug))(
    "%s: each block links the first mention of every entry the concordance finds there",
    async (slug) => {
      const tree = await rendered(slug);
      const doc = bySlug.get(slug)?.doc;
      for (const block of doc?.blocks ?? []) {
        const [element] = elements(tree, (el) => el.properties["id"] === block.id);
        const linked = elements(element!, hasClass("annotation")).map((a) => textOf(a));
        const seen = new Set<string>();
        const expected = edition(block.text)
          .filter(
            (m) => !seen.has(m.annotation.id + m.annotation.kind) && seen.add(m.annotation.id + m.annotation.kind),
          )
          .map((m) => block.text.slice(m.start, m.end));
        expect(linked, `${slug}#${block.id}`).toEqual(expected);
      }
    },
  );
});

describe("wrapping a range across inline elements", () => {
  const tree = (): Element =>
    fromHtml('<p>甲<span class="m">乙丙</span>丁<a href="x"></a></p>', { fragment: true }).children[0] as Element;
  const wrap = (children: ElementContent[]): Element => ({ type: "element", tagName: "b", properties: {}, children });
  it("nests inside an element that holds the whole range", () => {
    const p = tree();
    wrapTextRange(p, 1, 2, wrap);
    expect(textOf(p)).toBe("甲乙丙丁");
    expect(
      elements(p, (el) => el.tagName === "span")[0]?.children.map((c) => (c.type === "element" ? c.tagName : "text")),
    ).toEqual(["b", "text"]);
  });
  it("splits an element the range crosses, keeping its properties on both sides", () => {
    const p = tree();
    wrapTextRange(p, 2, 4, wrap);
    expect(textOf(p)).toBe("甲乙丙丁");
    const [b] = elements(p, (el) => el.tagName === "b");
    expect(textOf(b!)).toBe("丙丁");
    expect(elements(p, (el) => el.tagName === "span").map((s) => [textOf(s), s.properties["className"]])).toEqual([
      ["乙", ["m"]],
      ["丙", ["m"]],
    ]);
  });
});
