/**
 * The glossary appendix of the EPUBs: the edition's glossary (content/glossary.yaml, read and
 * validated by src/format/annotation-files.ts), in the file's order, each term with its
 * definition (a statement the editors could not source followed by 〔待核〕, as on the site) and,
 * when present, its English gloss.
 */
import type { GlossaryEntry } from "../../format/annotations.ts";
import { proseAsText } from "../../format/annotation-statements.ts";
import { el } from "../xml.ts";
import { xhtmlPage } from "./xhtml.ts";

/** Path of the appendix inside the EPUB's content folder. */
export const glossaryPath = "glossary.xhtml";
/** Its title. */
export const glossaryTitle = "术语表";

/** The appendix page. */
export function renderGlossary(entries: readonly GlossaryEntry[]): string {
  return xhtmlPage({
    title: glossaryTitle,
    stylesheet: "style.css",
    bodyType: "backmatter",
    body: [
      el(
        "section",
        { class: "glossary", "epub:type": "glossary", "aria-labelledby": "glossary-title" },
        el("h1", { id: "glossary-title" }, glossaryTitle),
        el(
          "dl",
          {},
          entries.map((entry) => [
            // Glossary ids are slugs (unique, ASCII); the prefix makes them XML names.
            el("dt", { id: `term-${entry.id}` }, el("dfn", {}, entry.term)),
            el(
              "dd",
              {},
              proseAsText(entry.definition, entry.unverified),
              entry.english && [" ", el("span", { lang: "en", "xml:lang": "en" }, `(${entry.english})`)],
            ),
          ]),
        ),
      ),
    ],
  });
}
