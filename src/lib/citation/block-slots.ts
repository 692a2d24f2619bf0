/**
 * Placeholders of a page's citation templates, shared by the build (which renders them with
 * citeproc) and the page scripts (which fill them in the reader's browser); kept apart so the
 * scripts bundle no citeproc.
 */

/** Placeholder of the block id (only ever inside the URL's fragment). */
export const blockIdSlot = "XWBLOCKID";
/** Placeholder of the page's own address, which the script takes from the browser. */
export const pageUrlSlot = "XWPAGEURL";
/** Placeholder of the access date, which is the reader's day of copying. */
export const accessedSlot = "XWACCESSED";

/** What fills a block citation: the page address, the block and the access date (YYYY-MM-DD). */
export interface BlockCitationFill {
  url: string;
  blockId: string;
  accessed: string;
}

/** Fill a page's block-citation template: the build's tests and the page script call this one function. */
export function fillBlockCitation(template: string, fill: BlockCitationFill): string {
  return template
    .replace(pageUrlSlot, fill.url)
    .replace(blockIdSlot, fill.blockId)
    .replace(accessedSlot, fill.accessed);
}

/** The reader's date today, `YYYY-MM-DD`, in their own time zone. */
export function readersDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The forms a style prints an access date in: GB/T's `2026-11-23`, APA's and Chicago's `November 23, 2026`. */
export const accessedForms = {
  iso: (now: Date) => readersDate(now),
  "long-en": (now: Date) =>
    new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", day: "numeric" }).format(now),
} as const;

/** The span of a cite-panel reference that the panel's script fills with the reader's date in `form`. */
export function accessedSpan(form: keyof typeof accessedForms, label: string): string {
  return `<span class="cite-accessed-date" data-cite-accessed="${form}">${label}</span>`;
}

/** The page's address as a citation gives it: without query or fragment. */
export function pageAddress(href: string): string {
  return href.replace(/[?#].*$/, "");
}
