/**
 * A ranked hit made readable: its document's title, kind and date, the block's reader label
 * (¶21, 二（三）, 第5条 — never a raw id), an excerpt with the match marked, and the links. The
 * link to follow from a result carries the matched strings (`?hl=`) so the text page can mark
 * them inside that block; the plain block link is the citable one.
 */
import { readerLabel, spokenLabel } from "../format/block-id.ts";
import type { DocumentKind } from "../format/schema.ts";
import { sitePaths } from "../format/urls.ts";
import { displayTitle } from "../lib/labels.ts";
import { foldCase } from "../format/fold.ts";
import { markedExcerpt, matchRanges } from "./excerpt.ts";
import type { DocumentPart } from "./index-layout.ts";
import type { HitRef } from "./rank.ts";

/** One exact hit, as the page lists it and `npm run search` prints it. */
export interface SearchHit {
  /** The block's link, relative to the site base: `texts/<slug>/#p12`. */
  path: string;
  /** The link a result opens: `texts/<slug>/?hl=碳达峰#p12` (marks the match on arrival). */
  foundPath: string;
  slug: string;
  block: string;
  /** What a reader sees: ¶21, 二（二）, 第5条, or a subhead's words. */
  label: string;
  /** What a screen reader says: 第21段, 第二部分第二节 … */
  spokenLabel: string;
  title: string;
  kind: DocumentKind;
  date: string | null;
  dateInferred: boolean;
  source: string;
  /** HTML: escaped block text around the match, matches in `<mark>`. */
  excerpt: string;
  /** Occurrences of the query's terms in the block. */
  occurrences: number;
  /** The folded strings that matched in this block (the `hl` values). */
  matched: string[];
}

/** The displayed hit for a ranked hit whose part is loaded; `variants` are each term's strings. */
export function displayHit(part: DocumentPart, hit: HitRef, variants: readonly string[][]): SearchHit {
  const entry = part.blocks[hit.block - part.first];
  if (!entry) throw new Error(`block ${hit.block} is not in part starting at ${part.first} of ${part.doc.slug}`);
  const [id, text] = entry;
  const folded = foldCase(text);
  const matched = variants.flat().filter((variant) => folded.includes(variant));
  const { doc } = part;
  return {
    path: sitePaths.block(doc.slug, id),
    foundPath: sitePaths.found(doc.slug, id, matched),
    slug: doc.slug,
    block: id,
    label: readerLabel(id, text),
    spokenLabel: spokenLabel(id, text),
    title: displayTitle(doc),
    kind: doc.kind,
    date: doc.date,
    dateInferred: doc.dateInferred,
    source: doc.source,
    excerpt: markedExcerpt(text, matchRanges(text, matched)),
    occurrences: hit.count,
    matched,
  };
}
