/**
 * HTML of the search page's results, as strings from plain data (no DOM, so unit tests read it):
 * the status line, document groups with their title, kind and date, and hits with the block's
 * reader label and the excerpt with the match marked.
 */
import { displayDate, kindLabels } from "../../lib/labels.ts";
import { joinBase, sitePaths } from "../../format/urls.ts";
import type { SearchHit } from "../display.ts";
import { escapeHtml } from "../excerpt.ts";
import { shortenedNotice } from "../query.ts";

/** What the status line says about a finished search. */
export interface StatusFacts {
  query: string;
  total: number;
  documents: number;
  /** Labels of the filters in use (讲话, 2021年 …). */
  filters: string[];
  /** The simplified forms searched for traditional terms (`碳達峰` → `碳达峰`), if any. */
  simplified: string[];
  /** The query was longer than a query may be and `query` is what was searched (query.ts). */
  shortened?: boolean;
}

/** The status line: a count, or 没有找到 said plainly. */
export function statusText(facts: StatusFacts): string {
  const scope = facts.filters.length ? `（筛选：${facts.filters.join("、")}）` : "";
  const folded = facts.simplified.length ? `，繁体已按简体“${facts.simplified.join("”“")}”查找` : "";
  const cut = facts.shortened ? shortenedNotice(facts.query) : "";
  if (facts.total === 0) return `${cut}没有找到“${facts.query}”${scope}${folded}。`;
  return `${cut}“${facts.query}”：共 ${facts.total} 处，见于 ${facts.documents} 篇文献${scope}${folded}。`;
}

/** One hit: a link to the block (marking the match on arrival) with its label and excerpt. */
export function hitHtml(hit: SearchHit, base: string): string {
  return (
    `<li class="search-hit-item"><a class="search-hit" href="${escapeHtml(joinBase(base, hit.foundPath))}">` +
    `<span class="search-hit-label"><span class="sr-only">${escapeHtml(hit.spokenLabel)}</span>` +
    `<span aria-hidden="true">${escapeHtml(hit.label)}</span></span> ` +
    `<span class="search-hit-excerpt">${hit.excerpt}</span></a></li>`
  );
}

/** The heading of a document's group: title (linking to the document), kind and date. */
export function groupHtml(hit: SearchHit, base: string, hits: string): string {
  const date = displayDate({ date: hit.date, dateInferred: hit.dateInferred });
  return (
    `<li class="search-doc" data-slug="${escapeHtml(hit.slug)}">` +
    `<h2 class="search-doc-title"><a href="${escapeHtml(joinBase(base, sitePaths.text(hit.slug)))}">${escapeHtml(hit.title)}</a></h2>` +
    `<p class="search-doc-meta">${escapeHtml(kindLabels[hit.kind])} · ${escapeHtml(date)}</p>` +
    `<ol class="search-hits">${hits}</ol></li>`
  );
}

/** Hits cut into runs of one document each, in order (a page may continue the last run shown). */
export function runsByDocument(hits: readonly SearchHit[]): SearchHit[][] {
  const runs: SearchHit[][] = [];
  for (const hit of hits) {
    const last = runs.at(-1);
    if (last?.[0]?.slug === hit.slug) last.push(hit);
    else runs.push([hit]);
  }
  return runs;
}

/** The "show more" button's text. */
export function moreText(remaining: number): string {
  return `显示更多（还有 ${remaining} 处）`;
}
