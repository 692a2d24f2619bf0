/**
 * RIS records written from the CSL item: TY first and ER last, one `TAG  - value` line per value
 * (long URLs and titles never wrapped), the year in PY and the full date as `YYYY/MM/DD/` in DA.
 * Types: NEWS for a newspaper text (its reporters as AU, the newspaper as T2, the page as SP),
 * RPRT for a report (its issuing body as PB), ELEC for a web page.
 *
 * Names: a person as `surname, given`, the structured form EndNote and Zotero read. A body as
 * `name,␠␠`: Zotero reads a name with nothing after its comma as one field (a corporate name),
 * EndNote's convention for corporate authors is the trailing comma, and astrocite-style parsers,
 * whose name pattern needs Latin capitals without a comma and something after `, ` with one, keep
 * the whole name as the family name instead of dropping it (tested with astrocite, citation-js and
 * biblatex-csl-converter).
 *
 * No CY: RIS reads it as the place of publication, so the place a speech was given goes into the
 * notes (N1) with its day, beside what the dates are (an inferred or unknown date, its reasoning).
 */
import type { CslItem } from "./csl-item.ts";
import type { CslName } from "./names.ts";

const risTypes: Record<CslItem["type"], string> = { "article-newspaper": "NEWS", report: "RPRT", webpage: "ELEC" };

/** A name as RIS writes it: `陈, 奕樊` for a person, `中国共产党湖南省委员会,␠␠` for a body. */
export function risName(name: CslName): string {
  return name.literal !== undefined ? `${name.literal},  ` : `${name.family ?? ""}, ${name.given ?? ""}`;
}

/** `YYYY/MM/DD/` from CSL date parts (month and day optional). */
function risDate(parts: readonly number[]): string {
  const [year, month, day] = parts;
  return `${year}/${month === undefined ? "" : String(month).padStart(2, "0")}/${day === undefined ? "" : String(day).padStart(2, "0")}/`;
}

/** The RIS record of an item. */
export function toRis(item: CslItem): string {
  const tags: Array<[string, string | undefined]> = [
    ["TY", risTypes[item.type]],
    ["ID", item.id],
    ["TI", item.title],
    ...(item.author ?? []).map((name): [string, string] => ["AU", risName(name)]),
  ];
  const issued = item.issued?.["date-parts"][0];
  // PY is the year alone (RIS 2011); DA carries the full date.
  if (issued) tags.push(["PY", String(issued[0])], ["DA", risDate(issued)]);
  // No M3 for the genre: EndNote exports a DOI in M3, and Zotero and biblatex-csl-converter read it so.
  tags.push(["T2", item["container-title"]], ["SP", item.page], ["PB", item.publisher]);
  const accessed = item.accessed?.["date-parts"][0];
  if (accessed) tags.push(["Y2", risDate(accessed)]);
  for (const note of item.note?.split("\n") ?? []) tags.push(["N1", note]);
  tags.push(["LA", item.language], ["UR", item.URL], ["ER", ""]);
  return `${tags
    .filter((tag): tag is [string, string] => tag[1] !== undefined)
    .map(([tag, value]) => `${tag}  - ${value}`)
    .join("\n")}\n`;
}
