/**
 * Browser side of the search page: read `q`, `kind`, `year` from the URL, run the shared
 * search (`run-search.ts`) against the site's Pagefind bundle and list the paragraph hits.
 */
import { runSearch, type SearchHit } from "./run-search.ts";
import type { PagefindApi, PagefindFilters } from "./pagefind-types.ts";
import { escapeHtml } from "./excerpt.ts";
import { readerLabel } from "../format/block-id.ts";

/** Load `pagefind.js` from the site's own base path (not bundled: it is written after the build). */
async function loadPagefind(base: string): Promise<PagefindApi> {
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
  await pagefind.options({ baseUrl: base });
  return pagefind;
}

/** One result item; exact hits link with a text fragment so the browser highlights the match. */
function renderHit(hit: SearchHit, query: string): string {
  const url = hit.exact && hit.block && !/\s/.test(query) ? `${hit.url}:~:text=${encodeURIComponent(query)}` : hit.url;
  const where = hit.block ? ` ${readerLabel(hit.block)}` : "";
  const note = hit.exact ? "" : `<span class="muted">（相关）</span>`;
  return `<li><a href="${escapeHtml(url)}" class="font-semibold">${escapeHtml(hit.title)}${escapeHtml(where)}</a>${note}<p class="text-sm leading-relaxed">${hit.excerpt}</p></li>`;
}

/** Wire up the page: fill the form from the URL and show the hits of the current query. */
export async function startSearchPage(base: string): Promise<void> {
  const params = new URLSearchParams(location.search);
  const query = params.get("q")?.trim() ?? "";
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  const filters: PagefindFilters = {};
  for (const name of ["kind", "year"]) {
    const value = params.get(name);
    const select = document.getElementById(name) as HTMLSelectElement | null;
    if (select && value) select.value = value;
    if (value) filters[name] = value;
  }
  const input = document.getElementById("q") as HTMLInputElement | null;
  if (input) input.value = query;
  if (!status || !list || !query) return;
  status.textContent = "检索中…";
  try {
    const hits = await runSearch(await loadPagefind(base), query, { filters });
    const exact = hits.filter((hit) => hit.exact).length;
    status.textContent = hits.length
      ? `“${query}”：${exact} 处精确匹配，共 ${hits.length} 条结果`
      : `没有找到“${query}”。`;
    list.innerHTML = hits.map((hit) => renderHit(hit, query)).join("");
  } catch (error) {
    // Opened from disk (file://) or the index is missing: say so instead of failing silently.
    status.textContent = "检索暂不可用（需要通过网站服务器访问）。";
    console.error(error);
  }
}
