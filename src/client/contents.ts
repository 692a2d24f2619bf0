/**
 * The contents of a text page: closed on a narrow screen (the text comes first; closed in the HTML,
 * so opening it late never pushes the text down — measured: a layout shift of 0.62 when it was
 * closed by script), opened on a wide one, where the contents stand beside the text and the entry
 * of the part being read is marked `aria-current="location"` as the reader scrolls.
 */
const toc = document.querySelector<HTMLDetailsElement>("[data-toc]");
const wide = window.matchMedia("(min-width: 80rem)");

if (toc) {
  if (wide.matches) toc.open = true;
  const links = new Map(
    [...toc.querySelectorAll<HTMLAnchorElement>("a[href^='#']")].map((link) => [
      decodeURIComponent(link.hash.slice(1)),
      link,
    ]),
  );
  const targets = [...links.keys()].flatMap((id) => {
    const element = document.getElementById(id);
    return element ? [element] : [];
  });
  let current: HTMLAnchorElement | undefined;
  const mark = () => {
    // The last entry whose block starts above the upper third of the screen.
    const line = window.innerHeight / 3;
    const reading = targets.findLast((target) => target.getBoundingClientRect().top <= line) ?? targets[0];
    const link = reading ? links.get(reading.id) : undefined;
    if (link === current) return;
    current?.removeAttribute("aria-current");
    link?.setAttribute("aria-current", "location");
    current = link;
  };
  let pending = false;
  window.addEventListener(
    "scroll",
    () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        mark();
      });
    },
    { passive: true },
  );
  mark();
}
