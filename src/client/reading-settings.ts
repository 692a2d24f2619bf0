/**
 * The reader's settings, kept in localStorage and applied on every page: text size, colour scheme
 * (the system's, or light or dark by choice) and, on text pages, simplified or traditional
 * characters. The size and scheme are set on <html> by a tiny script in <head> before the page is
 * painted (src/offline/head-script.ts), so a page never flashes the wrong way; this module wires
 * the controls when the reader first opens the panel (site.ts loads it then).
 */
import { settings, stored, type Setting } from "./reading-setting-keys.ts";
import { applyScript } from "./script-toggle.ts";

/** Store a setting and apply it to the page. */
async function choose(setting: Setting, value: string): Promise<void> {
  try {
    if (value) localStorage.setItem(settings[setting].key, value);
    else localStorage.removeItem(settings[setting].key);
  } catch {
    // Private browsing may refuse storage: the choice still holds for this page.
  }
  if (setting === "script") await applyScript(value === "hant");
  else if (value) document.documentElement.dataset[setting] = value;
  else delete document.documentElement.dataset[setting];
}

/** Wire the settings panel: check the stored choices, apply changes as they are made. */
export function wire(panel: HTMLElement): void {
  for (const setting of Object.keys(settings) as Setting[]) {
    const current = stored(setting);
    for (const input of panel.querySelectorAll<HTMLInputElement>(`input[name="${setting}"]`)) {
      input.checked = input.value === current;
      input.addEventListener("change", () => void choose(setting, input.value));
    }
  }
}
