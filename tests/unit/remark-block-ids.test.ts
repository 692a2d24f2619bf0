import { describe, expect, it } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import rehypeStringify from "rehype-stringify";
import { remarkBlockIds } from "../../src/plugins/remark-block-ids.ts";

/** Only this plugin, so its output is checked alone. */
async function render(body: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkBlockIds)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(body);
  return String(file);
}

describe("remarkBlockIds", () => {
  it("moves a paragraph's trailing marker into its id", async () => {
    expect(await render("全会指出，要坚持。 {#p12}\n")).toBe('<p id="p12">全会指出，要坚持。</p>');
  });

  it("does the same for headings of every level", async () => {
    const html = await render("## 一、总体要求 {#s1}\n\n### （三）加强领导 {#s1-3}\n\n#### 1.提高站位。 {#i5}\n");
    expect(html).toContain('<h2 id="s1">一、总体要求</h2>');
    expect(html).toContain('<h3 id="s1-3">（三）加强领导</h3>');
    expect(html).toContain('<h4 id="i5">1.提高站位。</h4>');
  });

  it("keeps inserted ids with letters and escaped Markdown characters", async () => {
    const html = await render("第\\*号文件 {#p12a}\n");
    expect(html).toBe('<p id="p12a">第*号文件</p>');
  });

  it("leaves a block without a marker alone", async () => {
    expect(await render("没有编号的段落\n")).toBe("<p>没有编号的段落</p>");
  });

  it("does not take a marker from the middle of the text", async () => {
    expect(await render("见 {#p3} 一段 {#p4}\n")).toBe('<p id="p4">见 {#p3} 一段</p>');
  });
});
