/**
 * Related results: what Pagefind's word index finds that the exact search does not — blocks at
 * Pagefind's match locations that are not exact hits. They are a separate, labelled group (the
 * page's 相关结果, the CLI's `--related`), never mixed into the exact list.
 */
import { foldCase } from "../format/fold.ts";
import { fragmentHits, type RelatedHit } from "./map-results.ts";
import type { PagefindApi, PagefindFilters } from "./pagefind-types.ts";

export type { RelatedHit } from "./map-results.ts";

/** True when a text is an exact hit: every term has one of its folded strings in it. */
export function isExactText(text: string, variants: readonly string[][]): boolean {
  const folded = foldCase(text);
  return variants.length > 0 && variants.every((forms) => forms.some((form) => folded.includes(form)));
}

/** Pagefind's located blocks for `query` that are not exact hits (`variants`: the exact search's strings per term). */
export async function relatedHits(
  pagefind: PagefindApi,
  query: string,
  variants: readonly string[][],
  filters: PagefindFilters = {},
): Promise<RelatedHit[]> {
  const trimmed = query.trim();
  if (!trimmed) return [];
  const results = (await pagefind.search(trimmed, Object.keys(filters).length ? { filters } : {}))?.results ?? [];
  const fragments = await Promise.all(results.map((result) => result.data()));
  const seen = new Set<string>();
  return fragments
    .flatMap((fragment) => fragmentHits(fragment, trimmed))
    .filter((hit) => {
      const key = `${hit.slug}#${hit.block ?? ""}`;
      if (hit.block === null || seen.has(key) || isExactText(hit.text, variants)) return false;
      seen.add(key);
      return true;
    });
}
