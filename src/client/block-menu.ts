/**
 * One control per block of a text page, and one Tab stop: the margin number becomes a button that
 * opens the block's menu — 复制链接 (the block's permalink at the address the reader is using),
 * 复制引用 (its GB/T 7714 citation, from the page's build-time template, with that address and the
 * reader's date), and one item for each note the block carries (a term, person or body it mentions,
 * its editorial records, the passages it shares with other documents). The links inside the block
 * leave the Tab order (the menu reaches them); a pointer still opens them where they stand.
 * Without JavaScript the margin number stays a plain link to the block.
 */
import { fillBlockCitation, pageAddress, readersDate } from "../lib/citation/block-slots.ts";
import { nameFromMarginNumberLabel } from "../format/margin-number-label.ts";

/**
 * The popovers and the print of one section load on first use: they are not needed to read, and
 * left out of the first view they keep a long text page within its budget (measured: 2.7 KB of
 * the CPPCC report's first-view transfer).
 */
const popovers = () => import("./popovers.ts");
const printing = () => import("./print-section.ts");

const config = document.querySelector<HTMLElement>("[data-block-menu]");
if (config) {
  enhance(pageAddress(location.href), config.dataset["citation"] ?? "");
  openNotesWhereTheyStand();
}

/** Mouse and touch: a click on a mention or a mark opens its popover instead of leaving the page. */
function openNotesWhereTheyStand(): void {
  document.addEventListener("click", (event) => {
    const target = (event.target as Element | null)?.closest<HTMLAnchorElement>(".reading a.annotation, a.block-mark");
    if (!target || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    void popovers().then((p) => (target.classList.contains("annotation") ? p.openNote(target) : p.openPeek(target)));
  });
}

/** A new element with a class and optional text. */
function make<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ""): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

/** Add the buttons, the shared menu and the live region. */
function enhance(pageUrl: string, template: string): void {
  const status = make("p", "block-status no-print");
  status.setAttribute("role", "status");
  document.body.append(status);
  const menu = make("span", "block-menu no-print");
  menu.id = "block-menu";
  menu.setAttribute("role", "group");
  const fallback = make("input", "block-menu-fallback");
  fallback.readOnly = true;
  let open: { block: HTMLElement; button: HTMLButtonElement } | null = null;
  let statusTimer = 0;

  const say = (message: string): void => {
    status.textContent = message;
    clearTimeout(statusTimer);
    statusTimer = window.setTimeout(() => (status.textContent = ""), 4000);
  };
  const close = (refocus: boolean): void => {
    if (!open) return;
    open.button.setAttribute("aria-expanded", "false");
    open.button.removeAttribute("aria-controls");
    if (refocus) open.button.focus();
    menu.remove();
    open = null;
  };
  const copy = async (text: string, done: string): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      close(true);
      say(done);
    } catch {
      // No clipboard (refused, or not a secure context): select the text for Ctrl+C / ⌘C.
      fallback.value = text;
      fallback.setAttribute("aria-label", done.replace("已复制", ""));
      menu.append(fallback);
      fallback.focus();
      fallback.select();
      say("无法写入剪贴板，已选中文字，请按 Ctrl+C 复制");
    }
  };
  const action = (label: string, run: () => void): HTMLButtonElement => {
    const item = make("button", "block-menu-action", label);
    item.type = "button";
    item.addEventListener("click", run);
    return item;
  };
  const show = (block: HTMLElement, button: HTMLButtonElement): void => {
    close(false);
    open = { block, button };
    const citation = () => fillBlockCitation(template, { url: pageUrl, blockId: block.id, accessed: readersDate() });
    const notes = [...block.querySelectorAll<HTMLAnchorElement>("a.annotation")];
    const marks = [...block.querySelectorAll<HTMLAnchorElement>(":scope > a.block-mark")];
    const seen = new Set<string>();
    menu.replaceChildren(
      action("复制链接", () => void copy(`${pageUrl}#${block.id}`, "已复制链接")),
      action("复制引用", () => void copy(citation(), "已复制引用（GB/T 7714）")),
      ...notes
        .filter((note) => !seen.has(note.href) && seen.add(note.href))
        .map((note) =>
          action(`注释：${note.textContent ?? ""}`, () => {
            close(false);
            void popovers().then((p) => p.openNote(note, button));
          }),
        ),
      ...marks.map((mark) =>
        action(mark.getAttribute("aria-label")?.replace(/：.*$/, "") ?? "", () => {
          close(false);
          void popovers().then((p) => p.openPeek(mark, button));
        }),
      ),
      ...(/^H[2-6]$/.test(block.tagName)
        ? [
            action("打印本节", () => {
              close(true);
              void printing().then((p) => p.printSection(block));
            }),
          ]
        : []),
    );
    button.after(menu);
    menu.setAttribute("aria-label", button.getAttribute("aria-label") ?? "");
    menu.style.top = `${button.offsetTop + button.offsetHeight + 4}px`;
    button.setAttribute("aria-expanded", "true");
    button.setAttribute("aria-controls", menu.id);
    (menu.firstElementChild as HTMLElement | null)?.focus();
  };

  menu.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close(true);
  });
  document.addEventListener("click", (event) => {
    const target = event.target as Node;
    if (open && !menu.contains(target) && !open.button.contains(target)) close(false);
  });
  menu.addEventListener("focusout", (event) => {
    const next = event.relatedTarget as Node | null;
    if (open && next && !menu.contains(next) && next !== open.button) close(false);
  });

  for (const block of document.querySelectorAll<HTMLElement>(".reading > [id]")) {
    const number = block.querySelector<HTMLAnchorElement>(":scope > a.block-number");
    if (!number) continue;
    const button = make("button", "block-number", number.textContent ?? "");
    button.type = "button";
    button.dataset["pagefindIgnore"] = "";
    button.setAttribute(
      "aria-label",
      `${nameFromMarginNumberLabel(number.getAttribute("aria-label") ?? block.id)}：链接、引用与注释`,
    );
    button.setAttribute("aria-expanded", "false");
    button.addEventListener("click", () => (open?.button === button ? close(true) : show(block, button)));
    button.addEventListener("keydown", (event) => {
      if (event.key === "Escape") close(true);
    });
    number.replaceWith(button);
    for (const link of block.querySelectorAll<HTMLElement>("a.annotation, a.block-mark")) link.tabIndex = -1;
  }
}
