/** The TEI P5 renderer: header facts, block ids, nesting, run-in heads, emendations, aliases, escaping. */
import { describe, expect, it } from "vitest";
import type { Element } from "@xmldom/xmldom";
import { marginLabel } from "../../../src/format/block-id.ts";
import { renderTei } from "../../../src/exports/tei/document.ts";
import { context, parseXml, sampleBlocks, sampleDoc } from "./sample.ts";

const tei = parseXml(renderTei(sampleDoc, sampleBlocks, context));
/** The element with this `xml:id` (xmldom's getElementById knows only `id`). */
const byId = (id: string) =>
  Array.from(tei.getElementsByTagName("*")).find((e) => e.getAttribute("xml:id") === id) ?? null;
const first = (name: string, within: { getElementsByTagName(n: string): ArrayLike<Element> } = tei) =>
  within.getElementsByTagName(name)[0] ?? null;
/** The reading text of an element: its text without `sic` (the source's reading) and notes. */
function readingText(node: Element): string {
  let text = "";
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === child.TEXT_NODE) text += child.nodeValue ?? "";
    else if (child.nodeType === child.ELEMENT_NODE && !["sic", "note"].includes((child as Element).localName ?? ""))
      text += readingText(child as Element);
  }
  return text;
}

describe("TEI header", () => {
  it("is TEI in the TEI namespace, in zh-CN", () => {
    expect(tei.documentElement?.namespaceURI).toBe("http://www.tei-c.org/ns/1.0");
    expect(tei.documentElement?.localName).toBe("TEI");
    expect(tei.documentElement?.getAttribute("xml:lang")).toBe("zh-CN");
    expect(first("language")?.getAttribute("ident")).toBe("zh-CN");
  });

  it("marks the supplied title as supplied, with its reason", () => {
    const title = first("title", first("titleStmt") ?? undefined);
    const supplied = first("supplied", title ?? undefined);
    expect(title?.getAttribute("type")).toBe("main");
    expect(supplied?.textContent).toBe(sampleDoc.title);
    expect(supplied?.getAttribute("reason")).toBeTruthy();
    expect(byId("title")?.getElementsByTagName("supplied")).toHaveLength(1);
  });

  it("publishes the edition, the text's URL under the base path and the build date", () => {
    const publication = first("publicationStmt");
    const idnos = Array.from(publication?.getElementsByTagName("idno") ?? []);
    expect(idnos.find((e) => e.getAttribute("type") === "URI")?.textContent).toBe(
      "https://edition.example.org/xiangwen/texts/2021-sample-resolution/",
    );
    expect(first("date", publication ?? undefined)?.getAttribute("when")).toBe("2024-05-06");
    expect(first("ref", first("publisher") ?? undefined)?.getAttribute("target")).toBe(
      "https://edition.example.org/xiangwen/",
    );
  });

  it("describes the source: file, checksum, encoding, lines, publication, page, inferred date and its note", () => {
    const source = first("sourceDesc");
    const text = source?.textContent ?? "";
    for (const fact of ["000_sample.txt", "a".repeat(64), "gb18030", "湖南日报", "年份据同一来源推定"])
      expect(text).toContain(fact);
    const range = first("citedRange", source ?? undefined);
    expect([range?.getAttribute("from"), range?.getAttribute("to")]).toEqual(["10", "42"]);
    expect(first("biblScope", source ?? undefined)?.textContent).toBe("2");
    const date = first("date", source ?? undefined);
    expect(date?.getAttribute("when")).toBe("2021-04-22");
    expect(date?.getAttribute("cert")).toBe("medium");
  });

  it("declares the editorial policy with this text's counts", () => {
    const decl = first("editorialDecl")?.textContent ?? "";
    expect(first("segmentation")?.textContent).toContain("拼行 1 处，分段 1 处");
    expect(decl).toContain("删除杂项 1 处");
    expect(decl).toContain("校改 1 处");
  });

  it("gives the date of the event a report tells of as its setting", () => {
    const date = first("date", first("setting") ?? undefined);
    expect([date?.getAttribute("type"), date?.getAttribute("when")]).toEqual(["event", "2021-04-21"]);
  });
});

describe("TEI text", () => {
  it("carries every block id as xml:id and its margin number as n, in order", () => {
    const blocks = Array.from(first("body")?.getElementsByTagName("*") ?? []).filter(
      (e) => ["p", "head"].includes(e.localName ?? "") && e.getAttribute("n"),
    );
    expect(blocks.map((e) => e.getAttribute("xml:id"))).toEqual(sampleBlocks.map((b) => b.id));
    expect(blocks.map((e) => e.getAttribute("n"))).toEqual(sampleBlocks.map((b) => marginLabel(b.id)));
  });

  it("keeps each block's reading text exactly, & < > included", () => {
    for (const block of sampleBlocks) expect(readingText(byId(block.id) as Element)).toBe(block.text);
    expect(byId("p1")?.textContent).toBe("会议指出，R&D投入<持续>增长。");
  });

  it("nests divisions by heading level", () => {
    const section = byId("s1-1")?.parentNode as Element;
    expect(section.localName).toBe("div");
    expect((section.parentNode as Element).getElementsByTagName("head")[0]?.getAttribute("xml:id")).toBe("s1");
    expect((byId("p2")?.parentNode as Element).getElementsByTagName("head")[0]?.getAttribute("xml:id")).toBe("s1-1");
    expect((byId("p1")?.parentNode as Element).getAttribute("type")).toBe("resolution");
  });

  it("keeps the run-in head inside its paragraph as a label", () => {
    const label = byId("i1")?.firstChild as Element;
    expect(label.localName).toBe("label");
    expect(label.textContent).toBe("1.提高政治站位。");
  });

  it("encodes the emendation in place with choice/sic/corr and its reason", () => {
    const choice = first("choice", byId("i1") ?? undefined);
    expect(first("sic", choice ?? undefined)?.textContent).toBe("取得新进展");
    expect(first("corr", choice ?? undefined)?.textContent).toBe("取得了新进展");
    const note = choice?.nextSibling as Element;
    expect(note.localName).toBe("note");
    expect(note.textContent).toContain("原文脱“了”字");
  });

  it("makes an old id an anchor inside the block it now points to", () => {
    const anchor = byId("p3");
    expect(anchor?.localName).toBe("anchor");
    expect((anchor?.parentNode as Element).getAttribute("xml:id")).toBe("p2");
  });

  it("puts heads and opener first, and the other apparatus in back as editorial notes", () => {
    const heads = Array.from(tei.getElementsByTagName("head")).filter((h) => h.getAttribute("type"));
    expect(heads.map((h) => h.getAttribute("type"))).toEqual(["kicker", "main", "sub"]);
    expect(first("dateline")?.textContent).toBe(sampleDoc.dateline);
    const notes = Array.from(first("back")?.getElementsByTagName("note") ?? []);
    expect(notes.map((n) => [n.getAttribute("subtype"), n.getAttribute("target")])).toEqual([
      ["artefact", "#p1"],
      ["reflow", "#p1"],
      ["break", "#p2"],
    ]);
    expect(first("orig", notes[0])?.textContent).toBe("扫码看视频");
    expect(notes[0]?.getAttribute("n")).toBe("12");
  });
});
