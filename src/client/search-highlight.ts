/**
 * Arriving from a search result (`/texts/<slug>/?hl=碳达峰#p14`): mark each `hl` string inside the
 * target block only, with <mark>, and bring that block into view — never an earlier match
 * elsewhere on the page. Does nothing without `hl`; loads no search code and no index.
 */
import { foldCase } from "../format/fold.ts";
import { highlightParam } from "../format/url-names.ts";

/** Page furniture inside a block whose text is not reading text (margin number, controls). */
const notReadingText = ".block-number, button, [hidden], [aria-hidden='true'], [popover], template, script, style";

/** The reading-text nodes of a block, in order. */
function textNodes(block: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(notReadingText) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** Wrap `[start, end)` of the block's concatenated text in marks, across nodes. */
function markRange(nodes: readonly Text[], start: number, end: number): void {
  let offset = 0;
  for (const node of nodes) {
    const length = node.data.length;
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + length);
    offset += length;
    if (from >= to) continue;
    const middle = node.splitText(from - (offset - length));
    middle.splitText(to - from);
    const mark = document.createElement("mark");
    mark.className = "search-mark";
    middle.replaceWith(mark);
    mark.append(middle);
  }
}

/** Mark the `hl` strings in the target block and scroll it into view. */
function highlight(): void {
  const marks = new URLSearchParams(location.search).getAll(highlightParam).map(foldCase).filter(Boolean);
  const id = decodeURIComponent(location.hash.slice(1));
  const target = marks.length && id ? document.getElementById(id) : null;
  if (!target) return;
  // An alias anchor sits inside the block it now names.
  const block = target.closest(".reading > *") ?? target;
  const folded = foldCase(
    textNodes(block)
      .map((node) => node.data)
      .join(""),
  );
  const ranges: [number, number][] = [];
  for (const mark of marks) {
    for (let at = folded.indexOf(mark); at !== -1; at = folded.indexOf(mark, at + mark.length)) {
      ranges.push([at, at + mark.length]);
    }
  }
  const merged: [number, number][] = [];
  for (const range of ranges.sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  // Last range first: marking splits nodes after it, leaving earlier offsets valid.
  for (const [start, end] of merged.reverse()) markRange(textNodes(block), start, end);
  block.scrollIntoView({ block: "start" });
}

highlight();
