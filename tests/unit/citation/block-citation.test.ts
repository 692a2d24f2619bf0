/**
 * The per-block "复制引用" string: the page carries one citeproc-rendered template and its script
 * fills in the block id and margin number; the filled template must equal the citation rendered
 * for that block directly, for every kind of document and every shape of block id.
 */
import { describe, expect, test } from "vitest";
import {
  blockCitation,
  blockCitationTemplate,
  blockIdSlot,
  fillBlockCitation,
  pinpointSlot,
} from "../../../src/lib/citation/block-citation.ts";
import { marginLabel } from "../../../src/format/block-id.ts";
import * as d from "./fixtures.ts";

const options = (doc: (typeof d.documents)[keyof typeof d.documents]) => ({ url: d.urlOf(doc), accessed: d.accessed });

describe("block citation", () => {
  test("a paragraph: GB/T reference with the anchor URL, then the margin number", () => {
    expect(blockCitation(d.speech, options(d.speech), "p12")).toBe(
      `习近平. 共同构建人与自然生命共同体: 在“领导人气候峰会”上的讲话[EB/OL]. (2021-04-22)[2026-11-23]. ${d.urlOf(d.speech)}#p12. ¶12`,
    );
  });

  test("the template holds each placeholder once, the pinpoint last", () => {
    const template = blockCitationTemplate(d.news, options(d.news));
    expect(template.split(blockIdSlot)).toHaveLength(2);
    expect(template).toContain(`${d.urlOf(d.news)}#${blockIdSlot}.`);
    expect(template.endsWith(` ${pinpointSlot}`)).toBe(true);
  });

  test.each(Object.entries(d.documents))("%s: the filled template equals the direct citation", (_kind, doc) => {
    const template = blockCitationTemplate(doc, options(doc));
    for (const id of ["p1", "p12a", "s2", "s2-3", "i5", "h1"]) {
      expect(fillBlockCitation(template, id, marginLabel(id))).toBe(blockCitation(doc, options(doc), id));
    }
  });
});
