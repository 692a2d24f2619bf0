/**
 * The records `npm run search` prints, one per hit: exact hits from the edition's index, related
 * ones from Pagefind, each labelled by `match`, with readable plain text for the terminal.
 */
import { joinBase } from "../../src/format/urls.ts";
import type { SearchHit } from "../../src/search/display.ts";
import type { RelatedHit } from "../../src/search/related.ts";
import { readerLabel } from "../../src/format/block-id.ts";
import type { DocumentKind } from "../../src/format/schema.ts";
import { formatDate, kindLabels } from "../../src/lib/labels.ts";

/** One printed hit (`--json`, `--jsonl`). */
export interface HitRecord {
  match: "exact" | "related";
  url: string;
  slug: string;
  block: string;
  label: string;
  title: string;
  kind?: DocumentKind;
  date?: string | null;
  source?: string;
  occurrences?: number;
  /** HTML: the block's text around the match, matches in `<mark>`. */
  excerpt: string;
}

/** The record of an exact hit; `url` is the block's path under the site's base. */
export function exactRecord(hit: SearchHit, base: string): HitRecord {
  const { slug, block, label, title, kind, date, source, occurrences, excerpt } = hit;
  return {
    match: "exact",
    url: joinBase(base, hit.path),
    slug,
    block,
    label,
    title,
    kind,
    date,
    source,
    occurrences,
    excerpt,
  };
}

/** The record of a related hit (Pagefind's URL already carries the base). */
export function relatedRecord(hit: RelatedHit): HitRecord {
  const block = hit.block ?? "";
  return {
    match: "related",
    url: hit.url,
    slug: hit.slug,
    block,
    label: block ? readerLabel(block) : "",
    title: hit.title,
    excerpt: hit.excerpt,
  };
}

/** An excerpt for the terminal: marks as 【】, entities decoded. */
export function plainExcerpt(html: string): string {
  return html
    .replace(/<\/?mark>/g, (tag) => (tag === "<mark>" ? "【" : "】"))
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

/** A hit as a reader skims it: number, title, label, where, link, excerpt. */
export function formatRecord(record: HitRecord, n: number): string {
  const about = [record.kind && kindLabels[record.kind], record.date && formatDate(record.date)]
    .filter(Boolean)
    .join("，");
  const times = record.occurrences && record.occurrences > 1 ? ` ×${record.occurrences}` : "";
  return `${n}. ${record.title} ${record.label}${about ? `（${about}）` : ""}${times}\n   ${record.url}\n   ${plainExcerpt(record.excerpt)}`;
}
