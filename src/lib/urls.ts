/**
 * Every internal link goes through here so the site works under any base path
 * (`BASE_PATH=/xiangwen npm run build`) and from a plain static server.
 */

/** Join the site base (`/` or `/xiangwen/`) and a path relative to it (`texts/x/`). */
export function joinBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

/** A site-relative link under the configured base: `withBase("search/")` → `/xiangwen/search/`. */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** Path of a document page, relative to the base. */
export function textPath(slug: string): string {
  return `texts/${slug}/`;
}

/** Absolute URL (site origin + base + path), as the data exports publish it. */
export function absoluteUrl(site: URL | string, base: string, path: string): string {
  return new URL(joinBase(base, path), site).href;
}
