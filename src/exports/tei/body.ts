/**
 * The TEI `text` of one document: a `div` for the document with its heads (引题, title, 副题) and
 * opener (dateline, byline), then its blocks — each heading opens a nested `div` at its level,
 * each heading and paragraph carries its block id as `xml:id` and its margin number as `n`, and
 * old ids (aliases) are `anchor`s at the start of the block they now point to. The apparatus
 * follows in `back` as editorial notes pointing at the blocks.
 */
import { marginLabel, parseBlockId } from "../../format/block-id.ts";
import type { ApparatusEntry, Block, DocumentFrontmatter } from "../../format/schema.ts";
import { el, type XmlElement, type XmlNode } from "../xml.ts";
import { titleContent } from "./header.ts";
import { blockContent } from "./inline.ts";
import { apparatusNotes, isInlineEntry } from "./notes.ts";

/** The `xml:id` of the document's main head (the title), which title-block notes point to. */
export const titleId = "title";

/** Old ids that now land on each block, as `anchor` elements. */
function aliasAnchors(aliases: Readonly<Record<string, string>>): Map<string, XmlElement[]> {
  const byTarget = new Map<string, XmlElement[]>();
  for (const [oldId, currentId] of Object.entries(aliases)) {
    const anchor = el("anchor", { "xml:id": oldId, type: "alias", corresp: `#${currentId}` });
    byTarget.set(currentId, [...(byTarget.get(currentId) ?? []), anchor]);
  }
  return byTarget;
}

/** A `div` under construction: its level and children. */
interface OpenDiv {
  level: number;
  type: string;
  children: XmlNode[];
}

/** The blocks as nested `div`s: a heading of level L closes open divs of level ≥ L and opens one. */
function nestBlocks(doc: DocumentFrontmatter, blocks: readonly Block[]): XmlNode[] {
  const anchors = aliasAnchors(doc.aliases);
  const emendations = new Map<string, ApparatusEntry[]>();
  for (const entry of doc.apparatus) {
    if (entry.kind === "emendation" && entry.block)
      emendations.set(entry.block, [...(emendations.get(entry.block) ?? []), entry]);
  }
  const root: OpenDiv = { level: 1, type: doc.kind, children: [] };
  const stack: OpenDiv[] = [root];
  const close = (): void => {
    const done = stack.pop();
    if (done) stack.at(-1)?.children.push(el("div", { type: done.type }, done.children));
  };
  for (const block of blocks) {
    const attributes = { "xml:id": block.id, n: marginLabel(block.id) };
    const content = [...(anchors.get(block.id) ?? []), ...blockContent(block, emendations.get(block.id) ?? [])];
    if (block.type === "heading") {
      const level = block.level ?? 2;
      while (stack.length > 1 && (stack.at(-1)?.level ?? 0) >= level) close();
      stack.push({
        level,
        type: parseBlockId(block.id)?.kind ?? "division",
        children: [el("head", attributes, content)],
      });
    } else {
      stack.at(-1)?.children.push(el("p", attributes, content));
    }
  }
  while (stack.length > 1) close();
  return root.children;
}

/** The heads and opener of the document's `div`. */
function divTop(doc: DocumentFrontmatter): XmlNode[] {
  const opener = [
    doc.dateline && el("dateline", {}, doc.dateline),
    ...doc.byline.map((entry) => el("byline", {}, entry.role ? `${entry.role} ` : "", el("name", {}, entry.name))),
  ].filter((node): node is XmlElement => Boolean(node));
  return [
    ...(doc.kicker ? [el("head", { type: "kicker" }, doc.kicker)] : []),
    el("head", { type: "main", "xml:id": titleId }, titleContent(doc)),
    ...(doc.subtitle ? [el("head", { type: "sub" }, doc.subtitle)] : []),
    ...(opener.length ? [el("opener", {}, opener)] : []),
  ];
}

/** The TEI `text` element: body, and the apparatus in `back` when there is any left to list. */
export function teiText(doc: DocumentFrontmatter, blocks: readonly Block[]): XmlElement {
  const ids = new Set([...blocks.map((b) => b.id), ...Object.keys(doc.aliases)]);
  const notes = apparatusNotes(
    doc.apparatus.filter((entry) => !isInlineEntry(entry, doc)),
    ids,
    titleId,
  );
  return el(
    "text",
    {},
    el("body", {}, el("div", { type: doc.kind }, ...divTop(doc), ...nestBlocks(doc, blocks))),
    notes.length > 0 && el("back", {}, el("div", { type: "apparatus" }, el("head", {}, "校勘记"), ...notes)),
  );
}
