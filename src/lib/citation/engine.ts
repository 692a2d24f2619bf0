/**
 * citation-js, loaded once with the vendored official CSL styles and locales (see README.md).
 * The XML is imported as text (`?raw`) so that Vite (Astro build, Vitest) bundles it: reading
 * files next to this module would break once the build has moved the code elsewhere.
 */
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import gb7714Style from "./styles/china-national-standard-gb-t-7714-2015-numeric.csl?raw";
import apaStyle from "./styles/apa.csl?raw";
import chicagoStyle from "./styles/chicago-author-date.csl?raw";
import zhCnLocale from "./locales/locales-zh-CN.xml?raw";
import enUsLocale from "./locales/locales-en-US.xml?raw";

/** The citation styles of the edition. */
export type CitationStyle = "gb7714" | "apa" | "chicago";

/** Template name registered with citation-js and the locale each style is rendered in. */
export const styleSetup: Record<CitationStyle, { template: string; lang: string }> = {
  gb7714: { template: "xiangwen-gb7714", lang: "zh-CN" },
  // APA and Chicago are English styles: a teacher writing in English cites the Chinese text
  // with English punctuation and terms (the names and titles stay in Chinese characters).
  apa: { template: "xiangwen-apa", lang: "en-US" },
  chicago: { template: "xiangwen-chicago", lang: "en-US" },
};

let registered = false;

/** Register styles and locales once, and make BibTeX keep Chinese text as Unicode. */
function register(): void {
  if (registered) return;
  const csl = plugins.config.get("@csl");
  csl.styles.add(styleSetup.gb7714.template, gb7714Style);
  csl.styles.add(styleSetup.apa.template, apaStyle);
  csl.styles.add(styleSetup.chicago.template, chicagoStyle);
  csl.locales.add("zh-CN", zhCnLocale);
  csl.locales.add("en-US", enUsLocale);
  const bibtex = plugins.config.get("@bibtex");
  // The default ASCII-only output drops every Han character (title = {}); BibLaTeX/XeLaTeX and
  // every reference manager read UTF-8. The item id (the slug) is the citation key.
  bibtex.format.asciiOnly = false;
  bibtex.format.useIdAsLabel = true;
  registered = true;
}

/** A citation-js `Cite` of CSL-JSON items, with the edition's styles registered. */
export function cite(items: readonly object[]): Cite {
  register();
  return new Cite(items);
}
