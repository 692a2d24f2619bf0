/**
 * The cite panel, enhanced: the references are already selectable text without JavaScript. This
 * fills in the reader's date of access and the address they really use (a mirror, a local copy, a
 * build without SITE_URL), and adds one copy button each. Clipboard access needs a secure context,
 * so on failure the text is selected instead and the reader can press Ctrl+C / ⌘C.
 */
import { accessedForms, pageAddress, readersDate } from "../lib/citation/block-slots.ts";
import { withAccessDate } from "../lib/citation/with-access-date.ts";
import { citationFormats, type CitationFormat } from "../format/urls.ts";

const panel = document.querySelector<HTMLElement>("[data-cite-panel]");
const published = panel?.dataset["url"] ?? "";
const address = pageAddress(location.href);
const today = new Date();
for (const date of document.querySelectorAll<HTMLElement>("[data-cite-panel] [data-cite-accessed]")) {
  const form = date.dataset["citeAccessed"];
  date.textContent = form === "long-en" ? accessedForms["long-en"](today) : accessedForms.iso(today);
}
const accessedNote = document.querySelector("[data-cite-panel] .cite-accessed");
if (accessedNote)
  accessedNote.textContent = `引用日期已填为今天（${readersDate()}），即您复制或下载的日子；下载的文件也附上这一日期。`;

/**
 * The downloads with the reader's access date and address: the static file is fetched, dated and
 * handed over as a file of the same name. Where the page cannot fetch (opened from disk) or the
 * fetch fails, the link downloads the static file as it would without the script.
 */
const mime: Record<CitationFormat, string> = {
  bib: "application/x-bibtex",
  ris: "application/x-research-info-systems",
  json: "application/vnd.citationstyles.csl+json",
};
for (const link of document.querySelectorAll<HTMLAnchorElement>("[data-cite-panel] a[data-cite-download]")) {
  const format = link.dataset["citeDownload"] as CitationFormat;
  if (!citationFormats.includes(format) || !/^https?:$/.test(location.protocol)) continue;
  link.addEventListener("click", (event) => {
    if (link.dataset["dated"] === "pass") return;
    event.preventDefault();
    fetch(link.href)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then((text) => {
        const copy = { accessed: readersDate(), published: published || address, address };
        const file = document.createElement("a");
        file.href = URL.createObjectURL(
          new Blob([withAccessDate(format, text, copy)], { type: `${mime[format]};charset=utf-8` }),
        );
        file.download = link.download;
        file.hidden = true;
        link.after(file);
        file.click();
        file.remove();
        // Freed later, not at once: some browsers start reading the blob after the click returns.
        setTimeout(() => URL.revokeObjectURL(file.href), 60_000);
      })
      .catch(() => {
        link.dataset["dated"] = "pass";
        link.click();
        delete link.dataset["dated"];
      });
  });
}
for (const block of document.querySelectorAll<HTMLElement>("[data-cite-panel] [data-cite-text]")) {
  if (published && published !== address) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      node.textContent = (node.textContent ?? "").split(published).join(address);
  }
  const button = document.createElement("button");
  button.type = "button";
  button.className = "cite-copy";
  button.textContent = "复制";
  // Three buttons say 复制: each names its style for screen readers (复制 GB/T 7714-2015).
  const style = document.getElementById(block.getAttribute("aria-labelledby") ?? "")?.firstChild?.textContent;
  if (style) button.setAttribute("aria-label", `复制 ${style.trim()}`);
  const status = document.createElement("span");
  status.className = "cite-status";
  status.setAttribute("role", "status");
  button.addEventListener("click", () => {
    // Through a promise, so a missing clipboard (insecure context) takes the same way as a refusal.
    Promise.resolve(block.textContent?.trim() ?? "")
      .then((text) => navigator.clipboard.writeText(text))
      .then(
        () => (status.textContent = "已复制"),
        () => {
          const range = document.createRange();
          range.selectNodeContents(block);
          getSelection()?.removeAllRanges();
          getSelection()?.addRange(range);
          status.textContent = "已选中，请按 Ctrl+C 复制";
        },
      );
    setTimeout(() => (status.textContent = ""), 3000);
  });
  block.after(button, status);
}
