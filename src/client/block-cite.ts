/**
 * Per-block control of a text page: a small button after each margin number opens two actions,
 * 复制链接 (the block's permalink at the address the reader is using) and 复制引用 (its GB/T 7714
 * citation, filled in from the page's build-time template with that address and the reader's
 * date). Progressive enhancement: without JavaScript the margin number still links to the block.
 * The button and the closed menu add no text to the block, so copying or exporting a paragraph's
 * text is unchanged.
 */
import { accessedSlot, blockIdSlot, pageAddress, pageUrlSlot, readersDate } from "../lib/citation/block-slots.ts";
import { spokenLabel } from "../format/block-id.ts";

const config = document.querySelector<HTMLElement>("[data-block-cite]");
if (config) enhance(pageAddress(location.href), config.dataset["citation"] ?? "");

/** A new element with a class and optional text. */
function make<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ""): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

/** What the reader hears for a block's button: 第12段, 二（三）, 第5条, or a subhead's opening words. */
function blockName(block: HTMLElement): string {
  let text = "";
  for (const node of block.childNodes) {
    if (!(node instanceof Element && node.matches(".block-number, .alias-anchor"))) text += node.textContent ?? "";
  }
  return spokenLabel(block.id, text.trim());
}

/** Add the buttons, the shared menu and the live region. */
function enhance(pageUrl: string, template: string): void {
  const status = make("p", "block-cite-status no-print");
  status.setAttribute("role", "status");
  document.body.append(status);
  const menu = make("span", "block-cite-menu no-print");
  menu.id = "block-cite-menu";
  menu.setAttribute("role", "group");
  const copyLink = make("button", "block-cite-action", "复制链接");
  const copyCitation = make("button", "block-cite-action", "复制引用");
  copyLink.type = copyCitation.type = "button";
  const fallback = make("input", "block-cite-fallback");
  fallback.readOnly = true;
  fallback.hidden = true;
  menu.append(copyLink, copyCitation, fallback);
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
  const show = (block: HTMLElement, button: HTMLButtonElement): void => {
    close(false);
    open = { block, button };
    fallback.hidden = true;
    button.after(menu);
    menu.setAttribute("aria-label", button.getAttribute("aria-label") ?? "");
    menu.style.top = `${button.offsetTop + button.offsetHeight + 4}px`;
    button.setAttribute("aria-expanded", "true");
    button.setAttribute("aria-controls", menu.id);
    copyLink.focus();
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
      fallback.hidden = false;
      fallback.focus();
      fallback.select();
      say("无法写入剪贴板，已选中文字，请按 Ctrl+C 复制");
    }
  };

  copyLink.addEventListener("click", () => {
    if (open) void copy(`${pageUrl}#${open.block.id}`, "已复制链接");
  });
  copyCitation.addEventListener("click", () => {
    if (!open) return;
    const citation = template
      .replace(pageUrlSlot, pageUrl)
      .replace(blockIdSlot, open.block.id)
      .replace(accessedSlot, readersDate());
    void copy(citation, "已复制引用（GB/T 7714）");
  });
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
    const number = block.querySelector(":scope > .block-number");
    if (!number) continue;
    const button = make("button", "block-cite-toggle no-print");
    button.type = "button";
    button.title = "复制链接或引用";
    button.setAttribute("aria-label", `${blockName(block)}：复制链接或引用`);
    button.setAttribute("aria-expanded", "false");
    button.addEventListener("click", () => (open?.button === button ? close(true) : show(block, button)));
    button.addEventListener("keydown", (event) => {
      if (event.key === "Escape") close(true);
    });
    number.after(button);
  }
}
