/**
 * The citation engines hold one item at a time and render it with the official styles stripped of
 * their sort keys and disambiguation rules (engine.ts, `oneItemStyle`): every entry must be exactly
 * what the official style renders for the same lone item — for the fixtures of every kind and for
 * every document of the edition, in every style and output format, page and block references.
 */
import { describe, expect, test } from "vitest";
import { oneItemEngine, oneItemStyle, renderOne, styleXml } from "../../../src/lib/citation/engine.ts";
import { styleSetup, type CitationStyle } from "../../../src/lib/citation/engine.ts";
import { toCslItem } from "../../../src/lib/citation/csl-item.ts";
import { readContentFolder } from "../../../src/format/content-folder.ts";
import * as d from "./fixtures.ts";

const documents = [...Object.values(d.documents), ...readContentFolder("content/texts").map((doc) => doc.frontmatter)];
const items = documents.flatMap((doc) => [
  toCslItem(doc, { url: d.urlOf(doc), accessed: d.accessed }),
  toCslItem(doc, { url: d.urlOf(doc), blockId: "p12", accessed: d.accessed }),
]);

describe("one-item styles", () => {
  test.each(Object.keys(styleXml) as CitationStyle[])(
    "%s: the official style sorts; the one-item style neither sorts nor disambiguates",
    (style) => {
      expect(styleXml[style]).toMatch(/<sort>/);
      expect(oneItemStyle(styleXml[style])).not.toMatch(/<sort>|disambiguate-add-|givenname-disambiguation-rule/);
    },
  );

  test("APA and Chicago disambiguate in the official style", () => {
    for (const style of ["apa", "chicago"] as const)
      expect(styleXml[style]).toMatch(/disambiguate-add-year-suffix="true"/);
  });

  test.each(
    (Object.keys(styleXml) as CitationStyle[]).flatMap((style) =>
      (["html", "text"] as const).map((format) => [style, format] as const),
    ),
  )("%s as %s: every entry is the official style's", (style, format) => {
    let current: { id: string } | undefined;
    const { lang } = styleSetup[style];
    const official = oneItemEngine(styleXml[style], lang, format, () => current);
    const oneItem = oneItemEngine(oneItemStyle(styleXml[style]), lang, format, () => current);
    expect(items.length).toBeGreaterThan(40);
    for (const item of items) {
      current = item;
      expect(renderOne(oneItem, item.id)).toBe(renderOne(official, item.id));
    }
  });
});
