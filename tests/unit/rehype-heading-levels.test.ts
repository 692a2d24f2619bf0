import { describe, expect, it } from "vitest";
import { renderBody } from "./render-markdown.ts";

/** Tag names and classes of the headings in rendered HTML. */
function headings(html: string): string[] {
  return [...html.matchAll(/<(h\d) id="([^"]+)" class="([^"]+)"/g)].map((m) => `${m[1]}#${m[2]}.${m[3]}`);
}

describe("rehypeHeadingLevels", () => {
  it("keeps consecutive levels and adds level classes", async () => {
    const html = await renderBody("## 一 {#s1}\n\n### （一） {#s1-1}\n\n#### 1. {#i1}\n");
    expect(headings(html)).toEqual(["h2#s1.level-2", "h3#s1-1.level-3", "h4#i1.level-4"]);
  });

  it("closes gaps so that ranks never skip under the page title", async () => {
    const html = await renderBody("## 一 {#s1}\n\n#### 1. {#i1}\n\n## 二 {#s2}\n");
    expect(headings(html)).toEqual(["h2#s1.level-2", "h3#i1.level-4", "h2#s2.level-2"]);
  });

  it("starts a text made only of items at h2", async () => {
    expect(headings(await renderBody("#### 1. {#i1}\n\n正文 {#p1}\n"))).toEqual(["h2#i1.level-4"]);
  });
});
