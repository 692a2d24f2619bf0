/**
 * The one inline script of every page, run in `<head>` before the first paint:
 *
 * - it applies the reader's stored text size and colour scheme (src/client/reading-settings.ts
 *   keeps them), so a page never flashes in the wrong scheme;
 * - on a page opened from disk (`file://`) it points folder links at their `index.html` when they
 *   are followed, since a file system, unlike a web server, shows a folder as a listing, and marks
 *   the page (`data-protocol="file"`) so it can say what needs a server (`.file-only`);
 * - elsewhere it marks the page `data-scripts="on"`: the page's module scripts will run, so controls
 *   that need them (the reading settings) show from the first paint instead of appearing later.
 *
 * It is inline, not a module, because it must run before the first paint and because module
 * scripts do not run from disk; the Content-Security-Policy allows it by its SHA-256
 * (content-security-policy.ts hashes each page's inline scripts).
 */
import { settings } from "../client/reading-setting-keys.ts";

const appliedBeforePaint = JSON.stringify([
  [settings.size.key, "size"],
  [settings.theme.key, "theme"],
]);

export const headScript = `try {
  for (const [key, name] of ${appliedBeforePaint}) {
    const value = localStorage.getItem(key);
    if (value) document.documentElement.dataset[name] = value;
  }
} catch {}
if (location.protocol !== "file:") document.documentElement.dataset.scripts = "on";
else {
  document.documentElement.dataset.protocol = "file";
  const withIndex = (url) => {
    const target = new URL(url, location.href);
    if (target.protocol === "file:" && target.pathname.endsWith("/")) target.pathname += "index.html";
    return target.href;
  };
  addEventListener("click", (event) => {
    const link = event.target instanceof Element && event.target.closest("a[href]");
    if (link && !link.hasAttribute("download")) link.href = withIndex(link.href);
  }, true);
  addEventListener("submit", (event) => {
    const form = event.target;
    if (form instanceof HTMLFormElement) form.action = withIndex(form.action);
  }, true);
}`;
