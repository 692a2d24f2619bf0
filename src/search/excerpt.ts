/**
 * Excerpts for search hits, built from the block's own text so that what is marked is exactly
 * what the reader will find in the paragraph. Output is HTML with `<mark>`, escaped.
 */
import { foldCase, foldText } from "../format/fold.ts";

/** Escape text for HTML content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Query terms for the related (word) search: the query split on whitespace, folded. */
export function queryTerms(query: string): string[] {
  return foldText(query).split(/\s+/u).filter(Boolean);
}

/** Character ranges `[start, end)` of every occurrence of any folded term in `text`, merged. */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  const folded = foldCase(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      ranges.push([at, at + term.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** True when every folded term occurs in the text. */
export function containsAll(text: string, terms: readonly string[]): boolean {
  const folded = foldCase(text);
  return terms.length > 0 && terms.every((term) => folded.includes(term));
}

/** About `radius` characters either side of the first range, with every range in it marked. */
export function markedExcerpt(text: string, ranges: readonly [number, number][], radius = 40): string {
  const first = ranges[0] ?? [0, 0];
  const start = Math.max(0, first[0] - radius);
  const end = Math.min(text.length, first[1] + radius);
  let html = start > 0 ? "…" : "";
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    html += escapeHtml(text.slice(at, Math.max(at, from)));
    html += `<mark>${escapeHtml(text.slice(Math.max(at, from), Math.min(to, end)))}</mark>`;
    at = Math.min(to, end);
  }
  html += escapeHtml(text.slice(at, end));
  return end < text.length ? `${html}…` : html;
}
