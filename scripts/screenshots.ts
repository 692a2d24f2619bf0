/**
 * `npm run screenshots -- [slug…]`: PNGs of the built site at a phone and a desktop width, for
 * looking at what readers see (written to `screenshots/`, which git ignores).
 */
import { mkdirSync } from "node:fs";
import { launchChromium } from "../tests/browser/find-chromium.ts";
import { startServer } from "./serve.ts";

const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
const paths = [
  "/",
  "/search/?q=生态文明",
  ...process.argv.slice(2).map((slug) => (slug.startsWith("/") ? slug : `/texts/${slug}/`)),
];

const { server, url } = await startServer({ root: "dist", port: 0 });
const browser = await launchChromium();
mkdirSync("screenshots", { recursive: true });
for (const [name, viewport] of Object.entries(viewports)) {
  const page = await browser.newPage({ viewport });
  for (const path of paths) {
    await page.goto(new URL(path, url).href, { waitUntil: "networkidle" });
    const file = `screenshots/${name}-${path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home"}.png`;
    await page.screenshot({ path: file, fullPage: false });
    console.error(`screenshots: ${file}`);
  }
  await page.close();
}
await browser.close();
server.close();
