/**
 * The Markdown body of an edition document: one block per paragraph or heading, separated by a
 * blank line, each ending in an explicit `{#id}` marker, so the file itself is the registry of
 * stable ids. A paragraph that opens with a run-in head marks it as inline HTML,
 * `<strong class="run-in">1.提高政治站位。</strong>推动… {#i1}`, because CommonMark's `**` cannot
 * close after Chinese punctuation followed by a Han character. Written by the converter, read by
 * the site (remark plugin), the exports and the tests; both directions live here.
 */
import { blockIdSource } from "./block-id.ts";
import type { Block } from "./schema.ts";

const idMarker = new RegExp(`[ \\t]*\\{#(${blockIdSource})\\}$`);
/** Characters that Markdown could read as syntax anywhere in a line. */
const inlineSyntax = /[\\`*_[\]<>{}|~&]/g;
/** The opening and closing tags of a run-in head, exactly as written. */
export const runInOpen = '<strong class="run-in">';
export const runInClose = "</strong>";

/** Escape reading text so that Markdown renders it literally. */
export function escapeMarkdown(text: string): string {
  let escaped = text.replace(inlineSyntax, (ch) => `\\${ch}`);
  // A line start that Markdown reads as a heading, quote, list or thematic break. Only ASCII
  // punctuation can be escaped, so an ordered list marker `1)` becomes `1\)`, not `\1)`.
  escaped = escaped.replace(/^(#|>|[-+=])/, "\\$1").replace(/^(\d+)([.)])(?=\s|$)/, "$1\\$2");
  return escaped;
}

/** Undo `escapeMarkdown` (backslash escapes of ASCII punctuation, as CommonMark defines them). */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

/** One block as its Markdown line. */
function blockToMarkdown(block: Block): string {
  const marker = ` {#${block.id}}`;
  if (block.type === "heading") return `${"#".repeat(block.level ?? 2)} ${escapeMarkdown(block.text)}${marker}`;
  if (block.runIn === undefined) return `${escapeMarkdown(block.text)}${marker}`;
  if (!block.text.startsWith(block.runIn))
    throw new Error(`block ${block.id}: its text does not begin with its run-in head`);
  const rest = block.text.slice(block.runIn.length);
  return `${runInOpen}${escapeMarkdown(block.runIn)}${runInClose}${escapeMarkdown(rest)}${marker}`;
}

/** Serialise blocks as the Markdown body. */
export function blocksToMarkdown(blocks: readonly Block[]): string {
  return `${blocks.map(blockToMarkdown).join("\n\n")}\n`;
}

/** Split a trailing `{#id}` marker off a line of text; null when there is none. */
export function splitIdMarker(text: string): { text: string; id: string } | null {
  const match = idMarker.exec(text);
  if (!match || match[1] === undefined) return null;
  return { text: text.slice(0, match.index), id: match[1] };
}

/** Split a leading run-in head off a paragraph's (escaped) Markdown; null when there is none. */
export function splitRunIn(markdown: string): { runIn: string; rest: string } | null {
  if (!markdown.startsWith(runInOpen)) return null;
  const end = markdown.indexOf(runInClose, runInOpen.length);
  if (end < 0) return null;
  return { runIn: markdown.slice(runInOpen.length, end), rest: markdown.slice(end + runInClose.length) };
}

/** Parse one block's Markdown (lines of one chunk joined). */
function markdownToBlock(line: string): Block {
  const heading = /^(#{1,6}) (.*)$/.exec(line);
  const marked = splitIdMarker(heading?.[2] ?? line);
  if (!marked) throw new Error(`block without an id marker: ${line.slice(0, 40)}`);
  if (heading?.[1])
    return { id: marked.id, type: "heading", level: heading[1].length, text: unescapeMarkdown(marked.text) };
  const runIn = splitRunIn(marked.text);
  if (!runIn) return { id: marked.id, type: "paragraph", text: unescapeMarkdown(marked.text) };
  const head = unescapeMarkdown(runIn.runIn);
  return { id: marked.id, type: "paragraph", text: head + unescapeMarkdown(runIn.rest), runIn: head };
}

/** Parse the Markdown body back into blocks (exactly the text shown on the page). */
export function markdownToBlocks(body: string): Block[] {
  return body
    .split(/\n{2,}/)
    .map((chunk) => chunk.replace(/\n/g, " ").trim())
    .filter(Boolean)
    .map(markdownToBlock);
}
