/**
 * `/` focuses the search box from anywhere on a page (the search page's own box when there is
 * one, else the header's), unless the reader is typing in a field. No search code loads here.
 */

/** True when keys typed into `target` belong to it (text fields, editable content, selects). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

document.addEventListener("keydown", (event) => {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
  const box = (document.getElementById("q") ??
    document.querySelector("input[data-site-search]")) as HTMLInputElement | null;
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
