/**
 * Turn a Pagefind page result into block hits, for the related results. Pagefind ranks pages and
 * records every element id in the indexed body as an anchor with its word position; each block of
 * the reading text is such an anchor, so a match belongs to the last block starting before it.
 * Blocks that contain the query's words exactly come first and are flagged `exact`.
 */
import { isBlockId } from "../format/block-id.ts";
import { slugFromPath } from "../format/urls.ts";
import { containsAll, markedExcerpt, matchRanges, queryTerms } from "./excerpt.ts";
import type { PagefindAnchor, PagefindFragment } from "./pagefind-types.ts";

/** A block Pagefind's word search points at. */
export interface RelatedHit {
  /** Link to the block: `/texts/<slug>/#p12` (under the site's base path). */
  url: string;
  slug: string;
  /** Block id, or null when the page had no block anchors. */
  block: string | null;
  title: string;
  /** The block's whole text (the page's text when it has no blocks). */
  text: string;
  /** HTML: escaped block text around the match, matches in `<mark>`. */
  excerpt: string;
  /** True when the block contains every query term as an exact substring. */
  exact: boolean;
}

const blockTags = /^(p|h[1-6])$/;

/** The reading-text blocks of a page, in document order (alias spans and others left out). */
export function blockAnchors(fragment: PagefindFragment): PagefindAnchor[] {
  return fragment.anchors
    .filter((a) => blockTags.test(a.element) && isBlockId(a.id) && a.text.trim() !== "")
    .sort((a, b) => a.location - b.location);
}

/** The block containing word `location`: the last block that starts at or before it. */
export function blockAt(blocks: readonly PagefindAnchor[], location: number): PagefindAnchor | undefined {
  let found: PagefindAnchor | undefined;
  for (const block of blocks) if (block.location <= location) found = block;
  return found;
}

/** The word at `location` of Pagefind's segmented content (words split by spaces or U+200B). */
export function wordAt(rawContent: string, location: number): string | undefined {
  return rawContent
    .split(/[\s\u200b]+/u)
    .filter(Boolean)
    [location]?.toLowerCase();
}

/** The document slug: the `slug` meta, else the `/texts/<slug>/` part of the URL. */
export function slugOf(fragment: PagefindFragment): string {
  return fragment.meta["slug"] ?? slugFromPath(fragment.url) ?? "";
}

/** Paragraph hits of one page: exact-substring blocks in text order, then Pagefind-only blocks. */
export function fragmentHits(fragment: PagefindFragment, query: string): RelatedHit[] {
  const terms = queryTerms(query);
  const page = fragment.url.replace(/#.*$/, "");
  const slug = slugOf(fragment);
  const title = fragment.meta["title"] ?? page;
  const blocks = blockAnchors(fragment);
  const hit = (block: PagefindAnchor, words: string[], exact: boolean): RelatedHit => ({
    url: `${page}#${block.id}`,
    slug,
    block: block.id,
    title,
    text: block.text,
    excerpt: markedExcerpt(block.text, matchRanges(block.text, words)),
    exact,
  });
  const exact = blocks.filter((block) => containsAll(block.text, terms));
  const hits = exact.map((block) => hit(block, terms, true));
  const seen = new Set(exact.map((block) => block.id));
  for (const location of [...fragment.locations].sort((a, b) => a - b)) {
    const block = blockAt(blocks, location);
    if (!block || seen.has(block.id)) continue;
    seen.add(block.id);
    const word = fragment.raw_content ? wordAt(fragment.raw_content, location) : undefined;
    hits.push(hit(block, word ? [word] : terms, false));
  }
  if (blocks.length === 0) {
    const text = fragment.content;
    const excerpt = markedExcerpt(text, matchRanges(text, terms));
    hits.push({ url: page, slug, block: null, title, text, excerpt, exact: containsAll(text, terms) });
  }
  return hits;
}
