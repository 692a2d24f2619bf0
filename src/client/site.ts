/**
 * The script of every page, one bundle: the reading settings in the header (wired when opened),
 * `/` to search, and offline reading (the service worker, registered once the page has loaded).
 */
import { stored } from "./reading-setting-keys.ts";
import "./search-shortcut.ts";
import "./offline.ts";

// The settings panel shows when scripts run (the head script says so before the first paint, so
// nothing moves); its code loads when the reader first opens it or makes a choice.
const panel = document.querySelector<HTMLDetailsElement>("[data-reading-settings]");
if (panel) {
  // One listener from the start: a choice made before the module has loaded is not lost (a reader
  // on a slow phone opens the panel and taps 繁體 at once).
  const module = () => import("./reading-settings.ts");
  panel.addEventListener("toggle", () => void module().then((m) => m.showStored(panel)), { once: true });
  panel.addEventListener("change", (event) => void module().then((m) => m.chooseInput(event.target)));
}
// A reader who chose 繁體 reads every text page in it: the converter loads only for them.
if (stored("script") === "hant") void import("./script-toggle.ts").then((m) => m.applyScript(true));
