/**
 * Keyboard use of the results: ↓ from the search box goes to the first hit, ↑/↓ move between
 * hits, ↑ from the first returns to the box; Enter opens a hit (it is a link). Home/End jump.
 */

/** Make ↑/↓ (and Home/End) move focus through the links matching `selector` inside `list`. */
export function arrowNavigation(input: HTMLInputElement, list: HTMLElement, selector: string): void {
  const links = (): HTMLAnchorElement[] => [...list.querySelectorAll<HTMLAnchorElement>(selector)];
  input.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown") return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener("keydown", (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    if (to < 0) input.focus();
    else all[Math.min(to, all.length - 1)]?.focus();
  });
}
