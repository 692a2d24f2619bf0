/**
 * The notes of a text page, opened where they are needed: a term's, person's or body's note (the
 * popover after the reading text) beside its mention, and a block's editorial records or shared
 * passages (copied from the foot of the page) beside the block's mark. Mouse and touch open them
 * from the link itself; the keyboard from the block's menu. Without JavaScript every one of these
 * links simply goes to its entry page or to the foot of the page.
 */

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
      if ((event).newState !== "closed") return;
      popover.removeEventListener("toggle", back);
      returnFocus.focus();
    });
  }
}

/** Open the note of an annotation link (`data-note` names it). */
export function openNote(link: HTMLElement, returnFocus?: HTMLElement): void {
  const note = document.getElementById(link.dataset["note"] ?? "");
  if (note) show(note, link, returnFocus);
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

/** Open a copy of what a block mark points to (`#apparatus-p12`: the `dd` after that `dt`). */
export function openPeek(mark: HTMLAnchorElement, returnFocus?: HTMLElement): void {
  const target = document.getElementById(decodeURIComponent(mark.hash.slice(1)));
  const record = target?.nextElementSibling;
  if (!record) return;
  const popover = peekPopover();
  const heading = document.createElement("p");
  heading.className = "annotation-note-head";
  heading.textContent = mark.getAttribute("aria-label") ?? "";
  const more = document.createElement("p");
  more.className = "annotation-more";
  const link = document.createElement("a");
  link.href = mark.hash;
  link.textContent = "在页末查看";
  link.addEventListener("click", () => popover.hidePopover());
  more.append(link);
  popover.replaceChildren(heading, ...[...record.childNodes].map((node) => node.cloneNode(true)), more);
  show(popover, mark, returnFocus);
}

/** Mouse and touch: a click on a mention or a mark opens its popover instead of leaving the page. */
export function enhanceNoteLinks(root: ParentNode = document): void {
  root.addEventListener("click", (event) => {
    const target = (event.target as Element | null)?.closest<HTMLAnchorElement>(
      "a.annotation[data-note], a.block-mark",
    );
    if (!target || (event as MouseEvent).ctrlKey || (event as MouseEvent).metaKey) return;
    event.preventDefault();
    if (target.classList.contains("annotation")) openNote(target);
    else openPeek(target);
  });
}
