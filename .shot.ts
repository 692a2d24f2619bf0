import { startServer } from "./scripts/serve.ts";
import { launchChromium } from "./tests/browser/find-chromium.ts";
const { server, url } = await startServer({ root: "dist", port: 0, base: "/" });
const browser = await launchChromium();
for (const [path, name] of [["glossary/yi-gang-shuang-ze/", "ygsz"], ["people/deng-jing-kun/", "djk"], ["people/du-jia-hao/", "djh"], ["glossary/san-gao-si-xin/", "sgsx"]]) {
  for (const width of [390, 1440]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(url + path);
    await page.screenshot({ path: `/tmp/notes/${name}-${width}.png`, fullPage: width === 390 ? false : true });
    await page.close();
  }
}
// a text page with the formula link inside a shared passage
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(url + "texts/zhong-guo-gong-chan-dang-hu-nan-sheng-di-shi-er-jie-wei-yuan-hui/#p7");
await page.locator("#p7").screenshot({ path: "/tmp/notes/p7.png" });
console.log(await page.locator("#p7").innerHTML());
await browser.close(); server.close();
