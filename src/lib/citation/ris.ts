/**
 * RIS records written from the CSL item: TY first and ER last, one `TAG  - value` line per value
 * (long URLs and titles never wrapped), names as `surname, given` (the structured form EndNote and
 * Zotero read), the year in PY and the full date as `YYYY/MM/DD/` in DA. Types: NEWS for a newspaper text (its reporters as AU,
 * the newspaper as T2, the page as SP), RPRT for a report, ELEC for a web page.
 */
import type { CslItem } from "./csl-item.ts";
import type { CslName } from "./names.ts";

const risTypes: Record<CslItem["type"], string> = { "article-newspaper": "NEWS", report: "RPRT", webpage: "ELEC" };

/** A name as RIS writes it: `陈, 奕樊` for a person, the whole name for a body. */
function risName(name: CslName): string {
  return name.literal ?? `${name.family ?? ""}, ${name.given ?? ""}`;
}

/** `YYYY/MM/DD/` from CSL date parts (month and day optional). */
function risDate(parts: readonly number[]): string {
  const [year, month, day] = parts;
  return `${year}/${month === undefined ? "" : String(month).padStart(2, "0")}/${day === undefined ? "" : String(day).padStart(2, "0")}/`;
}

/** The RIS record of an item; `publisher` is the issuing body, when there is one. */
export function toRis(item: CslItem, publisher?: string): string {
  const tags: Array<[string, string | undefined]> = [
    ["TY", risTypes[item.type]],
    ["ID", item.id],
    ["TI", item.title],
    ...(item.author ?? []).map((name): [string, string] => ["AU", risName(name)]),
  ];
  const issued = item.issued?.["date-parts"][0];
  // PY is the year alone (RIS 2011); DA carries the full date.
  if (issued) tags.push(["PY", String(issued[0])], ["DA", risDate(issued)]);
  tags.push(["T2", item["container-title"]], ["SP", item.page], ["PB", publisher], ["CY", item["event-place"]]);
  if (item.genre) tags.push(["M3", item.genre]);
  tags.push(["LA", item.language], ["UR", item.URL], ["ER", ""]);
  return `${tags
    .filter((tag): tag is [string, string] => tag[1] !== undefined)
    .map(([tag, value]) => `${tag}  - ${value}`)
    .join("\n")}\n`;
}
