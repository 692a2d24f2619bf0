/** The XML builder: escaping, attribute rules, and indentation that never touches reading text. */
import { describe, expect, it } from "vitest";
import { el, escapeAttribute, escapeText, serialize, xmlDocument } from "../../../src/exports/xml.ts";
import { parseXml } from "./sample.ts";

describe("escaping", () => {
  it("escapes & < > in text, so markup-like text stays text", () => {
    expect(escapeText("R&D <b>x</b> ]]>")).toBe("R&amp;D &lt;b&gt;x&lt;/b&gt; ]]&gt;");
    expect(serialize(el("p", {}, "A > B & C <D>"))).toBe("<p>A &gt; B &amp; C &lt;D&gt;</p>");
  });

  it("escapes quotes and line breaks in attribute values", () => {
    expect(escapeAttribute('say "hi" & go\n')).toBe("say &quot;hi&quot; &amp; go&#10;");
    const doc = parseXml(xmlDocument(el("a", { title: 'x"y<z>&\tw' })));
    expect(doc.documentElement?.getAttribute("title")).toBe('x"y<z>&\tw');
  });

  it("drops characters XML 1.0 forbids instead of writing an unreadable file", () => {
    expect(escapeText("a\u0001b\u000Bc\td")).toBe("abc\td");
  });
});

describe("elements", () => {
  it("leaves out absent attributes and writes true as the attribute's own name", () => {
    expect(serialize(el("nav", { hidden: true, id: undefined, class: null, lang: false, n: 3 }))).toBe(
      '<nav hidden="hidden" n="3"/>',
    );
  });

  it("flattens nested children and skips empty ones", () => {
    expect(serialize(el("p", {}, ["a", [null, "b", false]], undefined, "", el("br")))).toBe("<p>ab<br/></p>");
  });

  it("indents only the containers it is told about, never mixed content", () => {
    const tree = el("body", {}, el("p", {}, el("strong", {}, "头"), "正文"), el("p", {}, el("span", {}, "只有元素")));
    expect(serialize(tree, new Set(["body"]))).toBe(
      "<body>\n  <p><strong>头</strong>正文</p>\n  <p><span>只有元素</span></p>\n</body>",
    );
    // A container that holds text is written inline too.
    expect(serialize(el("div", {}, "文字", el("b", {}, "x")), new Set(["div"]))).toBe("<div>文字<b>x</b></div>");
  });

  it("writes a whole document with declaration, doctype and a final newline", () => {
    const text = xmlDocument(el("html", {}, el("body")), { doctype: "<!DOCTYPE html>" });
    expect(text).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<html><body/></html>\n');
  });
});
