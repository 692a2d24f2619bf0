/**
 * The script of every page, one bundle: the reading settings in the header (wired when opened),
 * `/` to search, and offline reading (the service worker, registered once the page has loaded).
 */
import { stored } from "./reading-setting-keys.ts";
import "./search-shortcut.ts";
import "./offline.ts";

// The settings panel shows when scripts run (the head script says so before the first paint, so
// nothing moves); its wiring loads when the reader first opens it.
const panel = document.querySelector<HTMLDetailsElement>("[data-reading-settings]");
if (panel) {
  panel.addEventListener("toggle", () => void import("./reading-settings.ts").then((m) => m.wire(panel)), {
    once: true,
  });
}
// A reader who chose 繁體 reads every text page in it: the converter loads only for them.
if (stored("script") === "hant") void import("./script-toggle.ts").then((m) => m.applyScript(true));
