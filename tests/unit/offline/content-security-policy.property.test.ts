/**
 * The policy step parses only the prefix of a page that holds its scripts and styles (the body text
 * after them is never parsed). This checks that shortcut against a plain parse of the whole page,
 * on pages made of the pieces that could fool it: markup-like text in attributes, comments and
 * textareas, foreign content (SVG, MathML), templates, noscript, unclosed and double-escaped scripts,
 * upper-case tags, and external scripts after everything else.
 */
import { createHash } from "node:crypto";
import fc from "fast-check";
import { parse, type DefaultTreeAdapterTypes as Tree } from "parse5";
import { describe, expect, it } from "vitest";
import { inlineHashes } from "../../../src/offline/content-security-policy.ts";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const runs = /^(?:|module|text\/javascript)$/;

/** The oracle: every script and style element of the whole parsed page, templates included. */
function wholePageHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (node: Tree.ParentNode): void => {
    for (const child of node.childNodes) {
      if (!("tagName" in child)) continue;
      const attr = (name: string) => child.attrs.find((a) => a.name === name)?.value;
      const text = child.childNodes.map((n) => (n.nodeName === "#text" ? (n as Tree.TextNode).value : "")).join("");
      if (child.tagName === "script" && attr("src") === undefined && runs.test(attr("type") ?? ""))
        scripts.add(hash(text));
      if (child.tagName === "style") styles.add(hash(text));
      visit(child.tagName === "template" ? (child as Tree.Template).content : child);
    }
  };
  visit(parse(html));
  return { scripts: [...scripts], styles: [...styles] };
}

const pieces = [
  "<script>a()</script>",
  '<script type="module">b()</script>',
  '<script src="x.js"></script>',
  '<script type="module" src="y.js"></script>',
  '<script type="application/ld+json">{"x":"</scr"}</script>',
  "<style>p{color:red}</style>",
  '<p title="<script>evil()</script>">甲</p>',
  '<meta name="description" content="术语「<script>」「<style>」">',
  "<!-- <style>c{}</style> <script>d()</script> -->",
  "<textarea><script>t()</script></textarea>",
  "<svg><style>s{}</style><script>svg()</script></svg>",
  '<svg viewBox="0 0 1 1"><rect width="1" height="1"/></svg>',
  "<math><mi>x</mi></math>",
  "<template><script>tpl()</script><style>tp{}</style></template>",
  "<noscript><style>n{}</style></noscript>",
  "甲乙丙 < 丁 &lt;script&gt;",
  "<script>if (a < b) c()</script>",
  "<script><!--<script>x()</script>--></script>",
  "<SCRIPT>u()</SCRIPT>",
  "<Style>v{}</Style>",
  '<a href="x" data-x="</script>">乙</a>',
  '<div data-a="</style><style>w{}</style>">丙</div>',
  '<script src="z.js">',
  "<script>never(",
  "<svg><p>breakout</p>",
  "<style>open{",
];

describe("the prefix the policy step parses", () => {
  it("gives the hashes of the whole parsed page", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 4 }),
        fc.array(fc.constantFrom(...pieces), { maxLength: 8 }),
        fc.integer({ min: 0, max: 3 }),
        (head, body, externals) => {
          const tail = '<script type="module" src="m.js"></script>'.repeat(externals);
          const html = `<!doctype html><html><head><meta charset="utf-8"><script>boot()</script>${head.join("")}</head><body>${body.join("")}<p>正文</p>${tail}</body></html>`;
          const found = inlineHashes(html);
          const expected = wholePageHashes(html);
          expect(new Set(found.scripts), html).toEqual(new Set(expected.scripts));
          expect(new Set(found.styles), html).toEqual(new Set(expected.styles));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
