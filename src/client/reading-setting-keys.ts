/**
 * The reader's settings as stored in localStorage: their keys, the values each takes ("" = the
 * default) and how to read one. Shared by the settings panel (reading-settings.ts) and the inline head script that
 * applies size and scheme before the first paint (src/offline/head-script.ts).
 */
export const settings = {
  size: { key: "xiangwen-size", values: ["", "s", "l", "xl"] },
  theme: { key: "xiangwen-theme", values: ["", "light", "dark"] },
  script: { key: "xiangwen-script", values: ["", "hant"] },
} as const;

export type Setting = keyof typeof settings;

/** Read a stored setting ("" when unset or storage is refused). */
export function stored(setting: Setting): string {
  try {
    return localStorage.getItem(settings[setting].key) ?? "";
  } catch {
    return "";
  }
}
