import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  inlineHashes,
  withContentSecurityPolicy,
} from "../../../src/offline/content-security-policy.ts";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const page = `<!doctype html><html><head><meta charset="utf-8"><title>x</title><script>boot()</script><style>p{color:red}</style><script type="application/ld+json">{"a":1}</script><script type="module" src="a.js"></script></head><body><script type="module">run()</script></body></html>`;

describe("the Content-Security-Policy of a page", () => {
  it("hashes exactly the inline scripts and styles that run, not JSON data or external scripts", () => {
    expect(inlineHashes(page)).toEqual({ scripts: [hash("boot()"), hash("run()")], styles: [hash("p{color:red}")] });
  });

  it("allows only the site itself and those hashes, never 'unsafe-inline'", () => {
    const policy = contentSecurityPolicy(inlineHashes(page));
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash("boot()")} ${hash("run()")}`);
    expect(policy).toContain(`style-src 'self' ${hash("p{color:red}")}`);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("unsafe-inline");
  });

  it("goes right after the charset, before any script or style, once", () => {
    const html = withContentSecurityPolicy(page);
    expect(html.indexOf('<meta charset="utf-8"><meta http-equiv="content-security-policy"')).toBeGreaterThan(0);
    expect(() => withContentSecurityPolicy(html)).toThrow(/CSP already/);
  });
});

/** A head as Astro writes it: attribute values keep `<` and `>` as they are (only `&` and `"` are escaped). */
const headWith = (head: string, body = "") =>
  `<!doctype html><html><head><meta charset="utf-8">${head}<script>boot()</script></head><body>${body}</body></html>`;

describe("the hashes come from the parsed document, not from text that looks like markup", () => {
  it("text 「<script>」 or 「<style>」 in a meta description neither hides the head script nor adds a hash", () => {
    for (const tag of ["<script>", "<style>", "</script>", "<script>x</script>"]) {
      const html = headWith(`<meta name="description" content="术语：「${tag}」的定义">`);
      expect(inlineHashes(html), tag).toEqual({ scripts: [hash("boot()")], styles: [] });
    }
  });

  it("a script or style an author wrote inside any attribute, a comment or a textarea is never allowed", () => {
    const html = headWith(
      `<title>甲</title><link rel="alternate" title="<style>p{}</style>" href="/x">`,
      `<p title="<script>alert(1)</script>">甲</p><!-- <script>alert(2)</script> -->` +
        `<textarea><script>alert(3)</script></textarea><a data-x='<script>alert(4)</script>'>乙</a>`,
    );
    expect(inlineHashes(html)).toEqual({ scripts: [hash("boot()")], styles: [] });
  });

  it("hashes a script's text as the browser reads it (line breaks normalised to \\n)", () => {
    const html = headWith("", "<script>a()\r\nb()</script><svg><style>circle{fill:red}</style></svg>");
    expect(inlineHashes(html)).toEqual({
      scripts: [hash("boot()"), hash("a()\nb()")],
      styles: [hash("circle{fill:red}")],
    });
  });

  it("text that names a policy is not taken for one, and the policy goes after the real charset", () => {
    const html = headWith(`<meta name="description" content='<meta http-equiv="content-security-policy">'>`);
    const out = withContentSecurityPolicy(html);
    expect(out.indexOf('<meta charset="utf-8"><meta http-equiv="content-security-policy"')).toBeGreaterThan(0);
  });

  it("gives an HTML fragment (a note opened directly) its policy at its start", () => {
    const note = '<div popover="auto" class="annotation-note"><p>甲</p><a href="../">乙</a></div>';
    const out = withContentSecurityPolicy(note);
    expect(out).toBe(
      `<meta http-equiv="content-security-policy" content="${contentSecurityPolicy({ scripts: [], styles: [] })}">${note}`,
    );
  });
});
