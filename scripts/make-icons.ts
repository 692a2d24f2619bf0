/**
 * `node scripts/make-icons.ts`: draw the edition's icons (public/icons/*.png, committed) — the
 * character 湘 in a CJK serif on the edition's red — with Chromium, for the web app manifest, the
 * favicon and the home-screen icon. Run again only to change the design; it needs a CJK serif
 * font installed (Debian: fonts-noto-cjk), which the site itself never loads.
 */
import { launchChromium } from "../tests/browser/find-chromium.ts";

/** name → size in px and whether the glyph keeps to the maskable safe zone (the inner 80 %). */
const icons = {
  "icon-192.png": { size: 192, maskable: false },
  "icon-512.png": { size: 512, maskable: false },
  "icon-maskable-512.png": { size: 512, maskable: true },
  "apple-touch-icon.png": { size: 180, maskable: true },
  "favicon-32.png": { size: 32, maskable: false },
};

const browser = await launchChromium();
for (const [name, { size, maskable }] of Object.entries(icons)) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  const radius = maskable ? 0 : size * 0.18;
  const glyph = size * (maskable ? 0.56 : 0.72);
  await page.setContent(`<!doctype html><html><body style="margin:0">
    <div style="width:${size}px;height:${size}px;border-radius:${radius}px;background:#8b1a1a;display:flex;align-items:center;justify-content:center">
      <span lang="zh-CN" style="font-family:'Noto Serif CJK SC','Source Han Serif SC',serif;font-weight:700;font-size:${glyph}px;line-height:1;color:#fdfcf8">湘</span>
    </div></body></html>`);
  await page.screenshot({ path: `public/icons/${name}`, omitBackground: true });
  console.error(`icons: public/icons/${name}`);
  await page.close();
}
await browser.close();
