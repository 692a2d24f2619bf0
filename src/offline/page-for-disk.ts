/**
 * A built page as it must be to read from disk and to be safe on the web: its links, scripts and
 * stylesheets relative to its own folder (relative-urls.ts) and its Content-Security-Policy from
 * the inline scripts and styles it really has (content-security-policy.ts). Applied to every page
 * as Astro renders it (src/middleware.ts), so the built files are final as written. Pure.
 */
import { withContentSecurityPolicy } from "./content-security-policy.ts";
import { relativeUrls } from "./relative-urls.ts";

/**
 * The file a page is written to, under the site's root (`texts/<slug>/index.html`, `404.html`,
 * `glossary/<id>/note.html`), from its URL path under `base` (`/`, `/xiangwen/`): a path ending in
 * `/` is a folder's `index.html`, as `build.format: "directory"` writes it.
 */
export function builtFileOf(pathname: string, base: string): string {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, "");
  if (path === "" || path.endsWith("/")) return `${path}index.html`;
  return path.endsWith(".html") ? path : `${path}.html`;
}

/**
 * `html`, the page written to `file`, as it is published; `file` null for the 404 page, which a
 * server shows at any depth and so keeps root-relative links. Note fragments have no head, and so
 * no policy of their own (the page that shows one has it).
 */
export function pageForDisk(html: string, file: string | null, base: string): string {
  const relative = file === null ? html : relativeUrls(html, file, base);
  return /<head[\s>]/i.test(relative) ? withContentSecurityPolicy(relative) : relative;
}
