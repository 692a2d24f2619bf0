/**
 * BibTeX records written from the CSL item, field by field, for biblatex (and BibTeX styles that
 * read biblatex's fields, as the Chinese gbt7714 does), so that both Chinese LaTeX packages,
 * biblatex-gb7714-2015 and gbt7714, print each text with the type GB/T 7714 gives it on the site:
 *
 * - a newspaper text: `@article` with `entrysubtype = {newspaper}` ([N], which both packages read
 *   from it), the newspaper as `journal`, the page (版次) as `number` (both packages print
 *   `number` as the 版次, `湖南日报, 2021-04-23(2)`);
 * - a report: `@techreport` with its `institution` ([R]);
 * - any other text: `@online` ([EB/OL]).
 *
 * The date is biblatex's `date = {YYYY-MM-DD}` (no `year`/`month`/`day`); one the source does not
 * print ends in EDTF's `?` (uncertain), which biber reads as `dateuncertain` and gbt7714 prints as
 * it stands, and `addendum` says so in words (biblatex styles print it). The day and place of a
 * speech or meeting are in `note`, with the date's reasoning, for readers and reference managers:
 * biblatex's `eventdate` and `venue` belong to proceedings only (`biber --validate-datamodel`
 * flags them on @article and @online), and the genre (`type`) to reports.
 * Static files carry no `urldate`: the page adds the reader's (with-access-date.ts). Names and
 * bodies are braced as single names; special characters escaped.
 */
import type { CslDate, CslItem } from "./csl-item.ts";
import { displayName, type CslName } from "./names.ts";

/** Escape the characters BibTeX and LaTeX read as syntax in a field value. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}%&$#_~^]/g, (ch) =>
    ch === "\\"
      ? "\\textbackslash{}"
      : ch === "~"
        ? "\\textasciitilde{}"
        : ch === "^"
          ? "\\textasciicircum{}"
          : `\\${ch}`,
  );
}

/** A braced value. */
const braced = (text: string) => `{${escapeBibtex(text)}}`;

/**
 * Authors as one BibTeX name list. Each name is braced whole: a Chinese name is written surname
 * first without a comma (习近平) and a body is one name, so no style may split or reorder them.
 */
function authorList(names: readonly CslName[]): string {
  return `{${names.map((name) => `{${escapeBibtex(displayName(name))}}`).join(" and ")}}`;
}

/** The BibTeX entry type of an item (see the list at the top). */
function entryType(item: CslItem): "article" | "techreport" | "online" {
  if (item.type === "article-newspaper") return "article";
  return item.type === "report" ? "techreport" : "online";
}

/** A CSL date as biblatex's ISO 8601 date, `?` marking one the source does not print. */
function biblatexDate(date: CslDate): string {
  const iso = (date["date-parts"][0] ?? [])
    .map((part, k) => (k === 0 ? String(part) : String(part).padStart(2, "0")))
    .join("-");
  return date.circa ? `${iso}?` : iso;
}

/** The BibTeX record of an item (UTF-8); the key is the item id with `_` for `-`; `addendum` is printed after the reference. */
export function toBibtex(item: CslItem, addendum?: string): string {
  const type = entryType(item);
  const fields: Array<[string, string | undefined]> = [
    ["author", item.author?.length ? authorList(item.author) : undefined],
    ["title", braced(item.title)],
  ];
  if (type === "article")
    fields.push(
      ["journal", braced(item["container-title"] ?? "")],
      ["entrysubtype", "{newspaper}"],
      ["number", item.page && braced(item.page)],
    );
  if (type === "techreport") fields.push(["institution", item.publisher && braced(item.publisher)]);
  fields.push(
    ["date", item.issued && `{${biblatexDate(item.issued)}}`],
    ["url", `{${item.URL}}`],
    ["urldate", item.accessed && `{${biblatexDate(item.accessed)}}`],
    ["langid", "{chinese}"],
    ["note", item.note && braced(item.note.replace(/\n/g, ""))],
    ["addendum", addendum && braced(addendum)],
  );
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined)
    .map(([name, value]) => `  ${name} = ${value},`)
    .join("\n");
  return `@${type}{${item.id.replace(/-/g, "_")},\n${body}\n}\n`;
}
