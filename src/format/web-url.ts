/**
 * The one rule for a URL the edition's data puts into an `href`: a link to the web (http or https)
 * or a path relative to the site. Everything else — `javascript:`, `data:`, `vbscript:`, `file:`,
 * `blob:` — is refused where the data is read, with an error naming the file and the field, so a
 * hostile sidecar or hand-edited content file never reaches a page, a TEI `ref` or an export
 * (the Content-Security-Policy would block a `javascript:` click, but it is the last line, not the first).
 */
import { z } from "astro/zod";

/** An absolute link to another site: `https://…` or `http://…` with a domain name. */
export const webUrl = z.httpUrl(
  "must be an http(s) URL with a domain name (javascript:, data: and other schemes are refused)",
);

/**
 * True when a link target is http(s) or relative. The scheme is read as a browser reads it: tabs
 * and line breaks anywhere and control characters or spaces in front are ignored, case too.
 */
export function isLinkable(href: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, ""));
  return !scheme || /^https?$/i.test(scheme[1] ?? "");
}
