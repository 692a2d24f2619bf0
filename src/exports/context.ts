/**
 * What every export takes from the build rather than from a document: where the edition is
 * published (SITE_URL + BASE_PATH, by the rule in src/format/urls.ts) and the build date.
 */
import { absoluteUrl, normaliseBase, sitePaths } from "../format/urls.ts";

/** The edition's name, as the site's title and every export's publisher. */
export const editionName = "湘文 · 湖南文献数字版";

/** The build facts an export needs. */
export interface ExportContext {
  /** The site's origin, `SITE_URL` (e.g. `https://example.org`). */
  site: string;
  /** The base path, `/` or `/xiangwen/`. */
  base: string;
  /** The build date, YYYY-MM-DD: TEI's publication date, EPUB's `dcterms:modified`, zip entry times. */
  buildDate: string;
}

/**
 * The build date: `SOURCE_DATE_EPOCH` (seconds; the reproducible-builds convention) when set,
 * else today in China Standard Time, the edition's readers' calendar. Day precision, so two
 * builds on the same day give identical files.
 */
export function buildDate(env: Record<string, string | undefined>, now = new Date()): string {
  const epoch = env["SOURCE_DATE_EPOCH"]?.trim();
  if (epoch && !/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds, got "${epoch}"`);
  const when = epoch ? new Date(Number(epoch) * 1000) : now;
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(when);
}

/** A context with the base path normalised and the date checked. */
export function exportContext(site: string, base: string, buildDate: string): ExportContext {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(buildDate)) throw new Error(`build date must be YYYY-MM-DD, got "${buildDate}"`);
  return { site, base: normaliseBase(base), buildDate };
}

/** The published absolute URL of a site path (a `sitePaths.*` value). */
export function publishedUrl(context: ExportContext, path: string): string {
  return absoluteUrl(context.site, context.base, path);
}

/** The absolute URL of the edition's home page. */
export function homeUrl(context: ExportContext): string {
  return publishedUrl(context, sitePaths.home());
}

/** The absolute URL of a document page. */
export function pageUrl(context: ExportContext, slug: string): string {
  return publishedUrl(context, sitePaths.text(slug));
}
