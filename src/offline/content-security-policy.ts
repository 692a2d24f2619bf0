/**
 * The Content-Security-Policy of each built page, as a `<meta>` at the top of its `<head>` (a
 * static site cannot count on setting headers): scripts, styles and everything else only from the
 * site itself, never `'unsafe-inline'`; each inline `<script>` and `<style>` the page really has
 * is allowed by its SHA-256. Computed from the finished HTML, so the hashes are exactly those of
 * the page (Astro's own CSP lists every script of the whole site in every page: measured, 0.7 KB
 * compressed per page against 0.2 KB). `'wasm-unsafe-eval'` lets Pagefind's WebAssembly run (the
 * related results of the search page, loaded on request). Pure: a string in, a string out.
 */
import { createHash } from "node:crypto";

/** Directives every page shares; script-src and style-src get the page's hashes. */
const fixed = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

const sha256 = (text: string): string => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The hashes of a page's inline scripts (not JSON data blocks, which never run) and styles. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\stype="application\/(?:ld\+)?json"/.test(m[1] ?? ""))
    .map((m) => sha256(m[2] ?? ""));
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1] ?? ""));
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/** The policy of a page with these inline hashes. */
export function contentSecurityPolicy({ scripts, styles }: { scripts: string[]; styles: string[] }): string {
  return [
    ...fixed,
    ["script-src 'self' 'wasm-unsafe-eval'", ...scripts].join(" "),
    ["style-src 'self'", ...styles].join(" "),
  ].join("; ");
}

/** `html` with its policy as the first element after `<meta charset>` (before any script or style). */
export function withContentSecurityPolicy(html: string): string {
  if (/http-equiv="content-security-policy"/i.test(html)) throw new Error("the page has a CSP already");
  const meta = `<meta http-equiv="content-security-policy" content="${contentSecurityPolicy(inlineHashes(html))}">`;
  const after = /<meta charset="[^"]*"\s*\/?>/i.exec(html) ?? /<head[^>]*>/i.exec(html);
  if (!after) throw new Error("the page has no <head>");
  const cut = after.index + after[0].length;
  return html.slice(0, cut) + meta + html.slice(cut);
}
