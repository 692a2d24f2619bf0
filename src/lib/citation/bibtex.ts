/**
 * BibTeX records written from the CSL item, field by field, so that every entry is valid for its
 * type in classic BibTeX and in biblatex: the month as a macro (`month = apr`) with the day apart,
 * the required fields of each type (@article: author, title, journal, year; @techreport: author,
 * title, institution, year; @misc: none), names and bodies braced as single names, special
 * characters escaped. citation-js's writer gave `month = {apr 22}` and institution-less reports.
 */
import type { CslItem } from "./csl-item.ts";
import { displayName, type CslName } from "./names.ts";

const months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

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

/** The BibTeX entry type of an item and whether it has every field that type requires. */
function entryType(item: CslItem, institution: string | undefined): "article" | "techreport" | "misc" {
  const authored = (item.author?.length ?? 0) > 0 && item.issued !== undefined;
  if (item.type === "article-newspaper" && authored) return "article";
  if (item.type === "report" && authored && institution) return "techreport";
  return "misc";
}

/** The BibTeX record of an item (UTF-8); the key is the item id with `_` for `-`. */
export function toBibtex(item: CslItem, institution?: string): string {
  const type = entryType(item, institution);
  const [year, month, day] = item.issued?.["date-parts"][0] ?? [];
  const fields: Array<[string, string]> = [];
  if (item.author?.length) fields.push(["author", authorList(item.author)]);
  fields.push(["title", braced(item.title)]);
  if (type === "article") fields.push(["journal", braced(item["container-title"] ?? "")]);
  if (type === "techreport" && institution) fields.push(["institution", braced(institution)]);
  if (type === "misc" && item["container-title"]) fields.push(["howpublished", braced(item["container-title"])]);
  if (item.genre) fields.push(["type", braced(item.genre)]);
  if (item.page) fields.push(["pages", braced(item.page)]);
  if (year !== undefined) fields.push(["year", `{${year}}`]);
  if (month !== undefined) fields.push(["month", months[month - 1] ?? `{${month}}`]);
  if (day !== undefined) fields.push(["day", `{${day}}`]);
  const iso = item.issued?.["date-parts"][0]
    ?.map((part, k) => (k === 0 ? String(part) : String(part).padStart(2, "0")))
    .join("-");
  if (iso) fields.push(["date", `{${iso}}`]);
  fields.push(["url", `{${item.URL}}`], ["langid", "{chinese}"]);
  const body = fields.map(([name, value]) => `  ${name} = ${value},`).join("\n");
  return `@${type}{${item.id.replace(/-/g, "_")},\n${body}\n}\n`;
}
