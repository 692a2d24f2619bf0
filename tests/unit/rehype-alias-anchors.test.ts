import { describe, expect, it } from "vitest";
import { renderBody } from "./render-markdown.ts";

describe("rehypeAliasAnchors", () => {
  it("puts each old id inside the block it now points to", async () => {
    const html = await renderBody("甲。 {#p1}\n\n乙。 {#p2}\n", { p3: "p2", p4: "p2" });
    expect(html).toContain(
      '<p id="p2"><span id="p3" class="alias-anchor" aria-hidden="true"></span><span id="p4" class="alias-anchor" aria-hidden="true"></span><a href="#p2"',
    );
    expect(html).not.toContain('<p id="p1"><span');
  });

  it("changes nothing without aliases", async () => {
    expect(await renderBody("甲。 {#p1}\n")).not.toContain("alias-anchor");
  });
});
