/**
 * The edition's URL rule (src/format/urls.ts) bound to this build's `SITE_URL` and `BASE_PATH`,
 * for pages and endpoints. Plain Node code (scripts, tests) uses the format module directly.
 */
import { absoluteUrl, joinBase, sitePaths } from "../format/urls.ts";

/** A link under the configured base: `withBase(sitePaths.search())` → `/xiangwen/search/`. */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The published absolute URL of a path (SITE_URL + BASE_PATH + path). */
export function siteUrl(path: string): string {
  return absoluteUrl(import.meta.env.SITE, import.meta.env.BASE_URL, path);
}

/** The published absolute URL of a document page. */
export function textUrl(slug: string): string {
  return siteUrl(sitePaths.text(slug));
}
