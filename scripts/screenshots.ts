/**
 * `npm run screenshots -- [slug…]`: pictures of the built site for looking at what readers see.
 * The README's four (a text page on a 390 px phone and a 1440 px desktop, light and dark) go to
 * `docs/screenshots/` (kept out of the site so the download stays small); home, search, a glossary entry and any text pages asked for go to
 * `screenshots/` (ignored by git), at both widths.
 */
import { mkdirSync } from "node:fs";
import { launchChromium } from "../tests/browser/find-chromium.ts";
import { startServer } from "./serve.ts";

const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } } as const;
/** The text the README shows: the CPPCC work report at its section on 三高四新. */
const readmeText = "texts/zhong-guo-ren-min-zheng-zhi-xie-shang-hui-yi-hu-nan-sheng-wei/#s2-2";
const reviewPaths = [
  "",
  "search/?q=生态文明",
  "glossary/san-gao-si-xin/",
  ...process.argv.slice(2).map((slug) => (slug.includes("/") ? slug : `texts/${slug}/`)),
];

const { server, url } = await startServer({ root: "dist", port: 0 });
const browser = await launchChromium();
mkdirSync("screenshots", { recursive: true });
mkdirSync("docs/screenshots", { recursive: true });
for (const [name, viewport] of Object.entries(viewports)) {
  for (const scheme of ["light", "dark"] as const) {
    const page = await browser.newPage({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
    await page.goto(new URL(readmeText, url).href, { waitUntil: "networkidle" });
    const file = `docs/screenshots/text-${name}-${scheme}.jpg`;
    await page.screenshot({ path: file, type: "jpeg", quality: 82 });
    console.error(`screenshots: ${file}`);
    await page.close();
  }
  const page = await browser.newPage({ viewport });
  for (const path of reviewPaths) {
    await page.goto(new URL(path, url).href, { waitUntil: "networkidle" });
    const file = `screenshots/${name}-${path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home"}.png`;
    await page.screenshot({ path: file, fullPage: false });
    console.error(`screenshots: ${file}`);
  }
  await page.close();
}
await browser.close();
server.close();
