import { describe, expect, it } from "vitest";
import { renderBody } from "./render-markdown.ts";

describe("rehypeParagraphNumbers", () => {
  it("prepends a link to the block whose text is the id", async () => {
    const html = await renderBody("一段正文。 {#p12}\n");
    expect(html).toBe(
      '<p id="p12"><a href="#p12" class="block-number" aria-label="第12段链接" data-pagefind-ignore="">¶12</a>一段正文。</p>',
    );
  });

  it("numbers headings with their structural id", async () => {
    const html = await renderBody("## 一、总体要求 {#s2}\n\n### （三）措施 {#s2-3}\n");
    expect(html).toContain(
      '<a href="#s2" class="block-number" aria-label="§2 第二部分链接" data-pagefind-ignore="">§2</a>一、总体要求',
    );
    expect(html).toContain(">§2-3</a>（三）措施");
  });

  it("skips elements without a block id", async () => {
    expect(await renderBody("无编号。\n")).toBe("<p>无编号。</p>");
  });
});
