/**
 * Wrap a range of an element's text in a new element, whatever inline elements the range crosses.
 * Offsets count the characters of the descendant text nodes, in order. Where the range lies inside
 * one child element it is wrapped there (the new element nests inside, as a link inside a 同 span);
 * where it crosses a child's edge, that child is split in two copies at the range's edge, so the new
 * element wraps whole nodes and every element keeps its own properties on each side: marks and
 * links nest or split cleanly, never overlap. No character is added or lost.
 */
import type { Element, ElementContent } from "hast";

/** Characters of text under a node. */
export function textLength(node: ElementContent): number {
  if (node.type === "text") return node.value.length;
  if (node.type === "element") return node.children.reduce((n, child) => n + textLength(child), 0);
  return 0;
}

/** A copy of an element with other children; an `id` stays on the first copy only (ids are unique). */
function copyWith(element: Element, children: ElementContent[], first: boolean): Element {
  const { id: _id, ...rest } = element.properties;
  return { ...element, properties: first ? { ...element.properties } : rest, children };
}

/** Split a node at text offset `k` (0 < k < its length) into the part before and the part after. */
function splitAt(node: ElementContent, k: number): [ElementContent, ElementContent] {
  if (node.type === "text") {
    return [
      { type: "text", value: node.value.slice(0, k) },
      { type: "text", value: node.value.slice(k) },
    ];
  }
  if (node.type !== "element") return [node, node];
  const before: ElementContent[] = [];
  const after: ElementContent[] = [];
  let at = 0;
  for (const child of node.children) {
    const length = textLength(child);
    if (at + length <= k) before.push(child);
    else if (at >= k) after.push(child);
    else {
      const [left, right] = splitAt(child, k - at);
      before.push(left);
      after.push(right);
    }
    at += length;
  }
  return [copyWith(node, before, true), copyWith(node, after, false)];
}

/**
 * Wrap `[start, end)` of `parent`'s text in `wrapper` (given the nodes it wraps); returns nothing,
 * the parent's children are replaced. `0 ≤ start < end ≤ textLength(parent)`.
 */
export function wrapTextRange(
  parent: Element,
  start: number,
  end: number,
  wrapper: (children: ElementContent[]) => Element,
): void {
  let at = 0;
  for (const child of parent.children) {
    const length = textLength(child);
    if (child.type === "element" && at <= start && end <= at + length) {
      wrapTextRange(child, start - at, end - at, wrapper);
      return;
    }
    at += length;
  }
  const before: ElementContent[] = [];
  const inside: ElementContent[] = [];
  const after: ElementContent[] = [];
  at = 0;
  for (const child of parent.children) {
    const length = textLength(child);
    const from = at;
    at += length;
    if (at <= start) {
      before.push(child);
      continue;
    }
    if (from >= end) {
      after.push(child);
      continue;
    }
    let piece = child;
    if (from < start) {
      const [left, right] = splitAt(piece, start - from);
      before.push(left);
      piece = right;
    }
    if (at > end) {
      const [left, right] = splitAt(piece, end - Math.max(from, start));
      inside.push(left);
      after.push(right);
    } else inside.push(piece);
  }
  parent.children = [...before, wrapper(inside), ...after];
}
