/**
 * Print one section of a text: from a heading to the next heading of the same or a higher rank.
 * Every other block (and the contents) is marked `print-hidden` for the print only, so the handout
 * keeps the title block, the permalink and the section's own paragraph numbers.
 */

/** The rank of a heading element (2 for h2); blocks that are not headings have none. */
const rank = (element: Element): number | null => {
  const match = /^H([2-6])$/.exec(element.tagName);
  return match ? Number(match[1]) : null;
};

/** Print the section that `heading` opens. */
export function printSection(heading: HTMLElement): void {
  const blocks = [...document.querySelectorAll<HTMLElement>(".reading > [id]")];
  const start = blocks.indexOf(heading);
  const own = rank(heading) ?? 2;
  const after = blocks.slice(start + 1).findIndex((block) => {
    const r = rank(block);
    return r !== null && r <= own;
  });
  const end = after < 0 ? blocks.length : start + 1 + after;
  const hidden = [...blocks.slice(0, start), ...blocks.slice(end)];
  for (const block of hidden) block.classList.add("print-hidden");
  window.addEventListener("afterprint", () => hidden.forEach((block) => block.classList.remove("print-hidden")), { once: true });
  window.print();
}
