/**
 * The two facts a citation takes from the build rather than from the document: the absolute
 * URL of the page and the access date.
 */
import { absoluteUrl, textPath } from "../urls.ts";

/** Absolute URL of a document page: site origin + base + `texts/<slug>/` (the site's one URL rule). */
export function documentUrl(site: URL | string, base: string, slug: string): string {
  return absoluteUrl(site, base, textPath(slug));
}

/**
 * The access date of a citation: the date of the build, in China Standard Time (the edition's
 * readers' calendar), unless `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention)
 * or an explicit date is given.
 */
export function accessDate(explicit?: string, env: Record<string, string | undefined> = process.env): string {
  if (explicit) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(explicit)) throw new Error(`access date must be YYYY-MM-DD, got "${explicit}"`);
    return explicit;
  }
  const epoch = env["SOURCE_DATE_EPOCH"];
  const when = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(when);
}
