/**
 * The Markdown body of an edition document: one block per paragraph, each ending in an explicit
 * `{#id}` marker, so the file itself is the registry of stable ids. Written by the converter,
 * read by the site (remark plugin) and the data exports; both directions live here.
 */
import type { Block } from "../schema.ts";

const idMarker = /[ \t]*\{#([a-z0-9-]+)\}$/;
/** Characters that Markdown could read as syntax anywhere in a line. */
const inlineSyntax = /[\\`*_[\]<>{}|~&]/g;

/** Escape reading text so that Markdown renders it literally. */
export function escapeMarkdown(text: string): string {
  let escaped = text.replace(inlineSyntax, (ch) => `\\${ch}`);
  // A line start that Markdown reads as a heading, list, quote or thematic break.
  escaped = escaped.replace(/^(#|>|[-+=]|\d+[.)](?=\s))/, "\\$1");
  return escaped;
}

/** Undo `escapeMarkdown` (backslash escapes of ASCII punctuation, as CommonMark defines them). */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

/** Serialise blocks as the Markdown body. */
export function blocksToMarkdown(blocks: readonly Block[]): string {
  return (
    blocks
      .map((block) => {
        const text = `${escapeMarkdown(block.text)} {#${block.id}}`;
        return block.type === "heading" ? `${"#".repeat(block.level ?? 2)} ${text}` : text;
      })
      .join("\n\n") + "\n"
  );
}

/** Split a trailing `{#id}` marker off a line of text; null when there is none. */
export function splitIdMarker(text: string): { text: string; id: string } | null {
  const match = idMarker.exec(text);
  if (!match || match[1] === undefined) return null;
  return { text: text.slice(0, match.index), id: match[1] };
}

/** Parse the Markdown body back into blocks (exactly the text shown on the page). */
export function markdownToBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of body.split(/\n{2,}/)) {
    const line = chunk.replace(/\n/g, " ").trim();
    if (!line) continue;
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    const raw = heading?.[2] ?? line;
    const marked = splitIdMarker(raw);
    if (!marked) throw new Error(`block without an id marker: ${line.slice(0, 40)}`);
    const text = unescapeMarkdown(marked.text);
    blocks.push(
      heading?.[1]
        ? { id: marked.id, type: "heading", level: heading[1].length, text }
        : { id: marked.id, type: "paragraph", text },
    );
  }
  return blocks;
}
