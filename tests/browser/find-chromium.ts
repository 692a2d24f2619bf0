/** Locate a Chromium binary for the browser tests (no browser downloads happen here). */
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { chromium, type Browser } from "playwright-core";

const candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

/** True when `path` is an executable file. */
function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `CHROMIUM_PATH`, else the first of chromium/chromium-browser/google-chrome on PATH, else /usr/bin/chromium. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env["CHROMIUM_PATH"];
  if (explicit) {
    if (isExecutable(explicit)) return explicit;
    throw new Error(`CHROMIUM_PATH=${explicit} is not an executable file`);
  }
  const dirs = (env["PATH"] ?? "").split(delimiter).filter(Boolean);
  for (const name of candidates) {
    for (const dir of dirs) if (isExecutable(join(dir, name))) return join(dir, name);
  }
  if (isExecutable("/usr/bin/chromium")) return "/usr/bin/chromium";
  throw new Error(
    "No Chromium found for the browser tests. Install one: `apt-get install chromium` (Debian/Ubuntu), " +
      "or `npx playwright install chromium` where downloads work, then set CHROMIUM_PATH to its binary " +
      "if it is not on PATH.",
  );
}

/** Flags for headless Chromium on a machine without network or GPU (and as root, without sandbox). */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launch the Chromium that `findChromium` finds, headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
}
