/**
 * The notes of a text page, opened where they are needed: a term's, person's or body's note
 * (fetched on first use from beside the entry's page) beside its mention, and a block's editorial
 * records or shared passages (copied from the foot of the page) beside the block's mark. Mouse and touch open them
 * from the link itself; the keyboard from the block's menu (block-menu.ts loads this module on the
 * first such use). Without JavaScript every one of these links simply goes to its entry page, the
 * source view or the foot of the page.
 */
import { annotationNoteFile } from "../format/url-names.ts";

type Popover = HTMLElement & { showPopover(): void; hidePopover(): void };

/** Place an open popover next to an element: below it when there is room, else above. */
function place(popover: HTMLElement, anchor: Element): void {
  const box = anchor.getBoundingClientRect();
  popover.style.position = "fixed";
  popover.style.inset = "auto";
  popover.style.margin = "0";
  const width = popover.offsetWidth;
  const height = popover.offsetHeight;
  const left = Math.min(Math.max(8, box.left), window.innerWidth - width - 8);
  const below = box.bottom + 6;
  const top = below + height <= window.innerHeight - 8 ? below : Math.max(8, box.top - height - 6);
  popover.style.left = `${left}px`;
  popover.style.top = `${top}px`;
}

/** Show a popover beside `anchor`; focus it when opened from the keyboard, and give focus back on close. */
function show(popover: Popover, anchor: Element, returnFocus?: HTMLElement): void {
  popover.showPopover();
  place(popover, anchor);
  if (returnFocus) {
    popover.tabIndex = -1;
    popover.focus();
    popover.addEventListener("toggle", function back(event) {
      if (event.newState !== "closed") return;
      popover.removeEventListener("toggle", back);
      returnFocus.focus();
    });
  }
}

/** `url` fetched once per page and made into a `T` (a failed fetch is tried again next time). */
function fetchOnce<T>(cache: Map<string, Promise<T>>, url: string, parse: (html: string) => T): Promise<T> {
  const known = cache.get(url);
  if (known) return known;
  const loading = fetch(url)
    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${response.status} ${url}`))))
    .then(parse);
  loading.catch(() => cache.delete(url));
  cache.set(url, loading);
  return loading;
}

/** Links copied from another file point where they pointed there, not relative to this page. */
function absoluteLinks(root: ParentNode, base: string | URL): void {
  for (const a of root.querySelectorAll("a[href]"))
    a.setAttribute("href", new URL(a.getAttribute("href") ?? "", base).href);
}

/** Notes already fetched (or being fetched), by URL. */
const notes = new Map<string, Promise<Popover>>();

/** The note of a mention: the fragment beside the entry's page, as a popover in this page. */
function loadNote(link: HTMLAnchorElement): Promise<Popover> {
  const url = new URL(annotationNoteFile, link.href).href;
  return fetchOnce(notes, url, (html) => {
    const template = document.createElement("template");
    template.innerHTML = html;
    // The note itself, without the policy `<meta>` the file carries for a reader who opens it directly.
    const popover = template.content.querySelector<Popover>("[popover]");
    if (!popover) throw new Error(`empty note ${url}`);
    absoluteLinks(popover, url);
    document.body.append(popover);
    return popover;
  });
}

/** Open the note of an annotation link; if it cannot be fetched, go to the entry's page instead. */
export function openNote(link: HTMLAnchorElement, returnFocus?: HTMLElement): void {
  loadNote(link).then(
    (note) => show(note, link, returnFocus),
    () => location.assign(link.href),
  );
}

let peek: Popover | undefined;

/** The one popover that shows a copy of a record from the foot of the page. */
function peekPopover(): Popover {
  if (peek) return peek;
  peek = document.createElement("div");
  peek.className = "annotation-note block-peek";
  peek.setAttribute("popover", "auto");
  peek.setAttribute("role", "note");
  peek.dataset["pagefindIgnore"] = "";
  document.body.append(peek);
  return peek;
}

/** Pages fetched for the records their marks point to (a block's apparatus is on the source view). */
const pages = new Map<string, Promise<Document>>();

/** The document a mark points into: this page, or another one fetched once. */
function documentOf(url: URL): Promise<Document> {
  const page = url.href.split("#")[0] ?? "";
  if (page === location.href.split("#")[0]) return Promise.resolve(document);
  // Only its markup is wanted: its styles would be refused by this page's policy (and logged).
  return fetchOnce(pages, page, (html) =>
    new DOMParser().parseFromString(html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, ""), "text/html"),
  );
}

/**
 * Open a copy of what a block mark points to (`…/source/#apparatus-p12` or `#shared-p12`: the `dd`
 * after that `dt`), its links made absolute; if it cannot be fetched, follow the mark instead.
 */
export function openPeek(mark: HTMLAnchorElement, returnFocus?: HTMLElement): void {
  const url = new URL(mark.href);
  documentOf(url).then(
    (source) => {
      const record = source.getElementById(decodeURIComponent(url.hash.slice(1)))?.nextElementSibling;
      if (!record) return location.assign(url.href);
      const popover = peekPopover();
      const heading = document.createElement("p");
      heading.className = "annotation-note-head";
      heading.textContent = mark.getAttribute("aria-label") ?? "";
      const copy = [...record.childNodes].map((node) => document.importNode(node, true));
      for (const node of copy) if (node instanceof Element) absoluteLinks(node, url);
      const more = document.createElement("p");
      more.className = "annotation-more";
      const link = document.createElement("a");
      link.href = url.href;
      link.textContent = source === document ? "在页末查看" : "在原始文本对照页查看";
      link.addEventListener("click", () => popover.hidePopover());
      more.append(link);
      popover.replaceChildren(heading, ...copy, more);
      show(popover, mark, returnFocus);
    },
    () => location.assign(url.href),
  );
}
