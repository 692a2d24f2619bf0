/**
 * The reader's settings, kept in localStorage and applied on every page: text size, colour scheme
 * (the system's, or light or dark by choice) and, on text pages, simplified or traditional
 * characters. The size and scheme are set on <html> by a tiny script in <head> before the page is
 * painted (src/offline/head-script.ts), so a page never flashes the wrong way; this module loads
 * when the reader first opens the panel or makes a choice in it (site.ts).
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

/** Check the stored choices in the panel. */
export function showStored(panel: HTMLElement): void {
  for (const setting of Object.keys(settings) as Setting[]) {
    const current = stored(setting);
    for (const input of panel.querySelectorAll<HTMLInputElement>(`input[name="${setting}"]`))
      input.checked = input.value === current;
  }
}

/**
 * Apply the choice a changed input of the panel makes. It may arrive after `showStored` has run
 * for a panel opened just before (both wait for this module), so it checks its input again.
 */
export function chooseInput(target: EventTarget | null): void {
  if (!(target instanceof HTMLInputElement) || !Object.hasOwn(settings, target.name)) return;
  target.checked = true;
  void choose(target.name as Setting, target.value);
}
