/**
 * The search page: reads `q`, `kind`, `year`, `source` from the URL (the GET form works without
 * JavaScript), searches as the reader types, lists exact hits grouped by document ten at a time
 * ("显示更多" loads more), offers related results on request, and keeps the URL in step so a
 * search can be shared. The engine and index load only here, on this page.
 */
import { SearchIndex, type SearchFilters, type SearchResult } from "../engine.ts";
import { facetNames } from "../index-layout.ts";
import { fetchReader } from "./browser-reader.ts";
import { arrowNavigation } from "./keyboard.ts";
import { showRelated } from "./related-ui.ts";
import { groupHtml, hitHtml, moreText, runsByDocument, statusText } from "./render.ts";

/** Hits on the first page (kept small: it decides the first query's bytes), and per "more". */
const firstPage = 10;
const morePage = 20;

/** An element the page must have. */
function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`search page: #${id} missing`);
  return found as T;
}

/** Wire up the page (`base` is the site's base path). */
export function startSearchPage(base: string): void {
  const form = element<HTMLFormElement>("search-form");
  const input = element<HTMLInputElement>("q");
  const status = element("search-status");
  const list = element("search-results");
  const more = element<HTMLButtonElement>("search-more");
  const related = element("search-related");
  const relatedButton = element<HTMLButtonElement>("related-load");
  const relatedList = element("related-results");
  const relatedStatus = element("related-status");
  const selects = facetNames.map((name) => [name, element<HTMLSelectElement>(name)] as const);

  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  for (const [name, select] of selects) select.value = params.get(name) ?? "";
  // From disk nothing can be fetched; the page's inline script has said so in the status line.
  if (location.protocol === "file:") return;

  let index: Promise<SearchIndex> | undefined;
  let current: { result: SearchResult; query: string; filters: SearchFilters; shown: number } | undefined;
  let sequence = 0;

  const filters = (): SearchFilters =>
    Object.fromEntries(selects.filter(([, select]) => select.value).map(([name, select]) => [name, select.value]));
  const filterLabels = (): string[] =>
    selects
      .filter(([, select]) => select.value)
      .map(([, select]) => select.selectedOptions[0]?.textContent?.trim() ?? "");

  /** Append the next `count` hits, continuing the last document's group when a page splits it. */
  async function showMore(count: number): Promise<void> {
    if (!current) return;
    const mine = current;
    const hits = await mine.result.page(mine.shown, count);
    if (mine !== current) return;
    for (const run of runsByDocument(hits)) {
      const items = run.map((hit) => hitHtml(hit, base)).join("");
      const last = list.lastElementChild;
      if (last instanceof HTMLElement && last.dataset["slug"] === run[0]?.slug) {
        last.querySelector(".search-hits")?.insertAdjacentHTML("beforeend", items);
      } else if (run[0]) list.insertAdjacentHTML("beforeend", groupHtml(run[0], base, items));
    }
    mine.shown += hits.length;
    const remaining = mine.result.hits.length - mine.shown;
    more.hidden = remaining <= 0;
    more.textContent = moreText(remaining);
  }

  /** Search for what the form says now. */
  async function run(): Promise<void> {
    const query = input.value.trim();
    const chosen = filters();
    const url = new URL(location.href);
    url.search = new URLSearchParams({ ...(query ? { q: query } : {}), ...chosen }).toString();
    history.replaceState(null, "", url);
    const mine = ++sequence;
    current = undefined;
    list.innerHTML = "";
    more.hidden = true;
    related.hidden = true;
    if (!query) {
      status.textContent = "";
      return;
    }
    status.textContent = "检索中…";
    try {
      index ??= SearchIndex.open(fetchReader(base));
      const result = await (await index).search(query, chosen);
      if (mine !== sequence) return;
      // A query longer than a query may be was cut (query.ts): the related results use what was searched.
      current = { result, query: result.query, filters: chosen, shown: 0 };
      await showMore(firstPage);
      if (mine !== sequence) return;
      // The count goes out once the first hits are in the list, so it announces a finished search.
      const simplified = result.variants.flatMap((forms) => forms.slice(1));
      status.textContent = statusText({
        query: result.query,
        total: result.hits.length,
        documents: result.documents,
        filters: filterLabels(),
        simplified,
        shortened: result.shortened,
      });
      relatedList.innerHTML = "";
      relatedStatus.textContent = "";
      related.hidden = false;
    } catch (error) {
      index = undefined;
      status.textContent = "检索暂不可用：检索索引没有加载成功，请稍后再试。";
      console.error(error);
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 250);
  };
  // Search after a pause in typing, and not on the pinyin of an unfinished IME composition.
  input.addEventListener("input", (event) => {
    if (!(event as InputEvent).isComposing) later();
  });
  input.addEventListener("compositionend", later);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  for (const [, select] of selects) select.addEventListener("change", () => void run());
  more.addEventListener("click", () => void showMore(morePage));
  relatedButton.addEventListener("click", () => {
    if (current)
      void showRelated(base, current.query, current.result.variants, current.filters, relatedList, relatedStatus);
  });
  arrowNavigation(input, list, "a.search-hit");
  if (input.value.trim()) void run();
}
