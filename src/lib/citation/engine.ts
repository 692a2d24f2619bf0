/**
 * citation-js, loaded once with the vendored official CSL styles and locales (see README.md).
 * The XML is imported as text (`?raw`) so that Vite (Astro build, Vitest) bundles it: reading
 * files next to this module would break once the build has moved the code elsewhere.
 */
import CSL from "citeproc";
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import gb7714Style from "./styles/china-national-standard-gb-t-7714-2015-numeric.csl?raw";
import apaStyle from "./styles/apa.csl?raw";
import chicagoStyle from "./styles/chicago-author-date.csl?raw";
import zhCnLocale from "./locales/locales-zh-CN.xml?raw";
import enUsLocale from "./locales/locales-en-US.xml?raw";
import { styleAmendments } from "./style-amendments.ts";

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
  for (const style of Object.keys(styleSetup) as CitationStyle[])
    csl.styles.add(styleSetup[style].template, styleXml[style]);
  csl.locales.add("zh-CN", zhCnLocale);
  csl.locales.add("en-US", enUsLocale);
  const bibtex = plugins.config.get("@bibtex");
  // The default ASCII-only output drops every Han character (title = {}); BibLaTeX/XeLaTeX and
  // every reference manager read UTF-8. The item id (the slug) is the citation key.
  bibtex.format.asciiOnly = false;
  bibtex.format.useIdAsLabel = true;
  registered = true;
}

/** The styles as the edition renders them: the vendored official files with their amendments (style-amendments.ts). */
export const styleXml: Record<CitationStyle, string> = {
  gb7714: styleAmendments.gb7714(gb7714Style),
  apa: styleAmendments.apa(apaStyle),
  chicago: styleAmendments.chicago(chicagoStyle),
};
const localeXml: Record<string, string> = { "zh-CN": zhCnLocale, "en-US": enUsLocale };

/**
 * A style as an engine that only ever holds one item needs it: without its sort keys and its
 * disambiguation rules. With one item registered there is nothing to sort and nothing to tell
 * apart, yet citeproc computed sort keys and a disambiguation pass for every entry (measured on
 * 600 documents: a page's four references 8.9 → 7.2 ms). The entries are the same as the official
 * style's (tests/unit/citation/one-item-style.test.ts).
 */
export function oneItemStyle(xml: string): string {
  return xml
    .replace(/<sort>[\s\S]*?<\/sort>/g, "")
    .replace(/\s(?:disambiguate-add-[a-z-]+|givenname-disambiguation-rule)="[^"]*"/g, "");
}

/** A citeproc engine for the style `style` (its XML) in `lang`, rendering the item `item()` returns when asked. */
export function oneItemEngine(
  style: string,
  lang: string,
  format: "html" | "text",
  item: () => { id: string } | undefined,
): InstanceType<typeof CSL.Engine> {
  const engine = new CSL.Engine(
    {
      retrieveLocale: (locale) => localeXml[locale] ?? "",
      retrieveItem: (id) => (id === item()?.id ? item() : undefined),
    },
    style,
    lang,
    true,
  );
  engine.opt.development_extensions.wrap_url_and_doi = false;
  engine.setOutputFormat(format);
  return engine;
}

/** One item's entry from an engine of `oneItemEngine`, as citeproc's HTML or text. */
export function renderOne(engine: InstanceType<typeof CSL.Engine>, id: string): string {
  // One item: nothing to sort (citeproc's sort pass cost a quarter of an APA entry, measured).
  engine.updateItems([id], true);
  const [, entries] = engine.makeBibliography();
  return `<div class="csl-bib-body">${entries.join("")}</div>`;
}

/** The item a one-entry engine renders next (citeproc asks for it by id). */
let current: { id: string } | undefined;
const engines = new Map<string, InstanceType<typeof CSL.Engine>>();

/**
 * One item's bibliography entry, as citeproc's HTML or text, from a citeproc engine kept per style.
 * Each call registers only this item, so no other item's author or year can change it
 * (disambiguation, repeated-author dashes). citeproc directly, not through citation-js, which
 * registers items twice per call (measured: 5.7 against 10.2 ms an APA entry; a text page renders
 * three, so this is most of a page's build time).
 */
export function bibliographyEntry(item: { id: string }, style: CitationStyle, format: "html" | "text"): string {
  const key = `${style} ${format}`;
  let engine = engines.get(key);
  if (!engine) {
    engine = oneItemEngine(oneItemStyle(styleXml[style]), styleSetup[style].lang, format, () => current);
    engines.set(key, engine);
  }
  current = item;
  return renderOne(engine, item.id);
}

/** A citation-js `Cite` of CSL-JSON items, with the edition's styles registered. */
export function cite(items: readonly object[]): Cite {
  register();
  return new Cite(items);
}
