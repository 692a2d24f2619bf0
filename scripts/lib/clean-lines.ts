/**
 * First pass over the source lines: newline normalisation, and removal of artefacts and markup
 * that never belong to the reading text (Word bookmarks, 扫码看视频, ▲ ▲ continuation marks,
 * Markdown `#`, the ■ before a byline). Every removal is recorded as a note on its line.
 */
import type { SourceLine } from "./types.ts";
import { removed } from "./notes.ts";

/** Page furniture printed as a line of its own. */
const furnitureLines = /^(?:扫码看视频|扫码看更多|扫一扫[^，。]{0,12}|\(?（?责任编辑[:：][^，。]{1,12}）?\)?)$/u;
/** Word/HTML artefacts anywhere in a line. */
const inlineArtefacts = /\[bookmark: [^\]]*\]/g;
/** `▲ ▲（上接1版③）` or `（紧接 1版①）` at the start of a line. */
const continuationMark = /^((?:▲\s*)*)[（(]\s*((?:上接|紧接|接上|下转|转)\s*[^（）()]{0,6}?版\s*[①-⑳]?)\s*[）)]/u;

/** Split text into lines: CRLF, CR and LF all end a line. */
export function splitLines(text: string): string[] {
  return text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
}

/** Clean one line; returns null when nothing of the line remains. */
export function cleanLine(raw: string, n: number): SourceLine | null {
  const line: SourceLine = { n, text: raw, notes: [] };
  line.text = line.text.replace(inlineArtefacts, (artefact) => {
    line.notes.push(removed.wordBookmark(artefact, n));
    return "";
  });
  const trimmed = line.text.trim();
  if (furnitureLines.test(trimmed)) {
    line.notes.push(removed.pageFurniture(trimmed, n));
    line.text = "";
    return line;
  }
  const continuation = continuationMark.exec(trimmed);
  if (continuation) {
    const reference = (continuation[2] ?? "").replace(/\s+/g, "");
    line.continuation = reference;
    line.notes.push(removed.continuationMark(continuation[0], reference, n));
    line.text = trimmed.slice(continuation[0].length);
    return line;
  }
  const markdown = /^(#{1,6})\s+/.exec(trimmed);
  if (markdown?.[1]) {
    line.markdownLevel = markdown[1].length;
    line.notes.push(removed.markdownHeading(markdown[1], n));
    line.text = trimmed.slice(markdown[0].length);
    return line;
  }
  if (trimmed.startsWith("■")) {
    line.bylineMark = true;
    line.notes.push(removed.bylineMark(n));
    line.text = trimmed.slice(1);
  }
  return line;
}

/** Clean all lines; blank lines are kept as `null` because blank lines carry layout. */
export function cleanLines(text: string): Array<SourceLine | null> {
  return splitLines(text).map((raw, i) => {
    const line = cleanLine(raw, i + 1);
    if (line && line.text.trim() === "" && line.notes.length === 0 && !line.continuation) return null;
    return line;
  });
}
