/**
 * The script of a text page, one bundle (a module each would cost the reader a request and its
 * own compression each; measured: 8.3 KB compressed as nine files, 6.3 KB as one): the block
 * menus (their popovers load on first use), the contents following the reading, the cite panel's
 * copy buttons (loaded as the reader nears the panel), and the search hit marked on arrival
 * (loaded only then).
 */
import "./block-menu.ts";
import "./contents.ts";
import { highlightParam } from "../format/url-names.ts";

// Only a page reached from a search result (`?hl=…`) needs the highlighter.
if (new URLSearchParams(location.search).has(highlightParam)) void import("./search-highlight.ts");

// The cite panel is at the foot of the page: its copy buttons and the reader's date load as the
// reader comes near it (a screen ahead), not with the first view.
const citePanel = document.querySelector("[data-cite-panel]");
if (citePanel) {
  const near = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      near.disconnect();
      void import("./cite-panel.ts");
    },
    { rootMargin: "100% 0px" },
  );
  near.observe(citePanel);
}
