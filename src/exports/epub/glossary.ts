/**
 * The glossary appendix of the EPUBs, from `content/glossary.yaml` when it exists: a list of
 * entries with at least `term` and `definition` (other fields — id, category, variants — are
 * allowed; `english` is shown when present). The appendix lists them in the file's order.
 */
import { existsSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "astro/zod";
import { el } from "../xml.ts";
import { xhtmlPage } from "./xhtml.ts";

/** What the appendix needs of a glossary entry. */
const glossaryEntry = z.looseObject({
  id: z.string().optional(),
  term: z.string().min(1),
  definition: z.string().min(1),
  english: z.string().optional(),
});

/** One glossary entry. */
export type GlossaryEntry = z.infer<typeof glossaryEntry>;

/** Path of the appendix inside the EPUB's content folder. */
export const glossaryPath = "glossary.xhtml";
/** Its title. */
export const glossaryTitle = "术语表";

/** Read the glossary; null when the file does not exist. Errors name the file and the entry. */
export function readGlossary(path: string): GlossaryEntry[] | null {
  if (!existsSync(path)) return null;
  const checked = z.array(glossaryEntry).safeParse(parse(readFileSync(path, "utf8")));
  if (checked.success) return checked.data;
  const issue = checked.error.issues[0];
  throw new Error(`${path}: entry ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid"}`);
}

/** Ids for the entries: each its own id when that is a usable, unused XML name, else its position. */
function entryIds(entries: readonly GlossaryEntry[]): string[] {
  const used = new Set<string>();
  return entries.map((entry, k) => {
    const own = entry.id && /^[A-Za-z][\w.-]*$/.test(entry.id) ? `term-${entry.id}` : undefined;
    const id = own && !used.has(own) ? own : `term-${k + 1}`;
    used.add(id);
    return id;
  });
}

/** The appendix page. */
export function renderGlossary(entries: readonly GlossaryEntry[]): string {
  const ids = entryIds(entries);
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
          entries.map((entry, k) => [
            el("dt", { id: ids[k] }, el("dfn", {}, entry.term)),
            el(
              "dd",
              {},
              entry.definition,
              entry.english && [" ", el("span", { lang: "en", "xml:lang": "en" }, `(${entry.english})`)],
            ),
          ]),
        ),
      ),
    ],
  });
}
