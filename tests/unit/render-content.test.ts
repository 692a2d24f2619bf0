/**
 * Every real document renders with one element per block, its id from the marker, the margin
 * number equal to the id, and the same text the data export publishes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { markdownToBlocks } from "../../src/format/body.ts";
import { splitContentFile } from "../../src/format/content-file.ts";
import { idFromMarginLabel } from "../../src/format/block-id.ts";
import { renderBody } from "./render-markdown.ts";

const dir = resolve(import.meta.dirname, "../../content/texts");
const files = readdirSync(dir).filter((name) => name.endsWith(".md"));

/** Decode the few entities rehype-stringify writes. */
function decode(html: string): string {
  return html
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<");
}

describe.each(files)("%s", (name) => {
  it("renders every block with its id, margin number and exact text", async () => {
    const { body } = splitContentFile(readFileSync(join(dir, name), "utf8"));
    const html = await renderBody(body);
    const rendered = [...html.matchAll(/<(p|h\d) id="([^"]+)"[^>]*><a [^>]*>([^<]+)<\/a>([\s\S]*?)<\/\1>/g)].map(
      (m) => ({
        id: m[2],
        number: m[3] ?? "",
        text: decode((m[4] ?? "").replace(/<[^>]+>/g, "")),
      }),
    );
    const blocks = markdownToBlocks(body);
    expect(rendered.map((b) => b.id)).toEqual(blocks.map((b) => b.id));
    expect(rendered.map((b) => idFromMarginLabel(b.number))).toEqual(blocks.map((b) => b.id));
    expect(rendered.map((b) => b.text)).toEqual(blocks.map((b) => b.text));
  });
});
