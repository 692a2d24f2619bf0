/**
 * The page's related results: on request only, load Pagefind (its own bundle, fetched from the
 * site) and list the blocks its word search finds that are not exact hits, under their own
 * heading — never in the exact list.
 */
import { readerLabel } from "../../format/block-id.ts";
import { joinBase } from "../../format/urls.ts";
import { escapeHtml } from "../excerpt.ts";
import type { PagefindApi, PagefindFilters } from "../pagefind-types.ts";
import { relatedHits, type RelatedHit } from "../related.ts";

let pagefind: Promise<PagefindApi> | undefined;

/** Load the site's Pagefind bundle once (not bundled: it is written after the site build). */
function loadPagefind(base: string): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ joinBase(base, "pagefind/pagefind.js"))) as PagefindApi;
    await api.options({ baseUrl: base });
    return api;
  })();
  return pagefind;
}

/** One related hit. */
function relatedHtml(hit: RelatedHit): string {
  const label = hit.block ? readerLabel(hit.block, hit.text) : "";
  return `<li><a href="${escapeHtml(hit.url)}">${escapeHtml(hit.title)} ${escapeHtml(label)}</a><p class="text-sm">${hit.excerpt}</p></li>`;
}

/** Fill `list` with the related hits of a query; `status` says how many or that there are none. */
export async function showRelated(
  base: string,
  query: string,
  variants: readonly string[][],
  filters: PagefindFilters,
  list: HTMLElement,
  status: HTMLElement,
): Promise<void> {
  status.textContent = "正在查找相关结果…";
  try {
    const hits = await relatedHits(await loadPagefind(base), query, variants, filters);
    list.innerHTML = hits.map(relatedHtml).join("");
    status.textContent = hits.length ? `相关结果 ${hits.length} 条。` : "没有其他相关结果。";
  } catch (error) {
    status.textContent = "相关结果暂不可用。";
    console.error(error);
  }
}
