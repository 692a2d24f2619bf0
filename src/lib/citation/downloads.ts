/**
 * The download formats of a citation, converted from the CSL item by citation-js:
 * BibTeX (`.bib`), RIS (`.ris`) and CSL-JSON (`.json`).
 */
import type { CslItem } from "./csl-item.ts";
import { cite } from "./engine.ts";

/** A RIS record as citation-js's `object` format gives it: tag → value(s). */
type RisRecord = Record<string, string | number | (string | number)[]>;

/** A BibTeX record (UTF-8); the key is the item id with `_` for `-`, which BibTeX keys allow. */
export function toBibtex(item: CslItem): string {
  const keyed = { ...item, "citation-key": item.id.replace(/-/g, "_") };
  return cite([keyed]).format("bibtex", { format: "text" });
}

/** A RIS record of the item, one `TAG  - value` line per value. */
export function toRis(item: CslItem): string {
  const data = cite([item]);
  const [record] = data.format("ris", {
    format: "object",
  }) as unknown as RisRecord[];
  if (!record) throw new Error(`citation-js made no RIS record for ${item.id}`);
  if (item.type === "article-newspaper") {
    // citation-js's RIS mapping writes no author and only the year for a newspaper article.
    // The RIS spec (and EndNote) read AU of a NEWS record as its reporter and DA as its issue
    // date, which a newspaper citation needs ("湖南日报, 2021-04-23(1)"); citation-js formats
    // those values for the classic tags A1/Y1, so they are taken from there.
    const [classic] = data.format("ris", {
      format: "object",
      spec: "old",
    }) as unknown as RisRecord[];
    if (classic?.["A1"] !== undefined && record["AU"] === undefined) record["AU"] = classic["A1"];
    if (classic?.["Y1"] !== undefined && record["DA"] === undefined) record["DA"] = classic["Y1"];
  }
  const { TY: type, ...tags } = record;
  const lines = [`TY  - ${String(type)}`];
  // Written here rather than by citation-js's text output, which wraps values at 70
  // characters and would break long URLs and titles across lines.
  for (const [tag, value] of Object.entries(tags)) {
    for (const one of [value].flat()) lines.push(`${tag}  - ${String(one)}`);
  }
  lines.push("ER  - ");
  return `${lines.join("\n")}\n`;
}

/** The item as a CSL-JSON document (an array of one item), as Zotero and pandoc read it. */
export function toCslJson(item: CslItem): string {
  return `${JSON.stringify([item], null, 2)}\n`;
}
