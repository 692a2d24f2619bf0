import { launchChromium } from "/work/main/tests/browser/find-chromium.ts";
import { startServer } from "/work/main/scripts/serve.ts";
const [path, out, width = "1440", scheme = "light", full = "0"] = process.argv.slice(2);
const { server, url } = await startServer({ root: "/work/main/dist", port: 0 });
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme as "light" | "dark" });
await page.goto(new URL(path!, url).href, { waitUntil: "networkidle" });
await page.screenshot({ path: out!, fullPage: full === "1" });
await browser.close(); server.close();
