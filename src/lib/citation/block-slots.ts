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

/** The reader's date today, `YYYY-MM-DD`, in their own time zone. */
export function readersDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The page's address as a citation gives it: without query or fragment. */
export function pageAddress(href: string): string {
  return href.replace(/[?#].*$/, "");
}
