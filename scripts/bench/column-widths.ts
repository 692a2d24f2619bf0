/**
 * `npm run bench:columns [-- files…]`: the measurements behind the paragraph-end rule of column
 * text (scripts/lib/column-units.ts). For every printed line of the column sources it takes d, how
 * many em the line is shorter than the local column width W, and reports its distribution for a
 * paragraph's first, middle and last lines, as the converter currently reflows them; then every
 * full line that ends a sentence, with the d of the line after it (where a paragraph break is
 * decided by the next line's indent alone).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanLines } from "../lib/clean-lines.ts";
import { columnItems, columnWidthAt } from "../lib/column-lines.ts";
import { columnUnits } from "../lib/column-units.ts";
import { decodeSource } from "../lib/decode.ts";
import { detectLayout } from "../lib/layout.ts";
import { sentenceEndPattern } from "../lib/chars.ts";

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync("sources")
      .filter((name) => name.endsWith(".txt"))
      .map((name) => join("sources", name));

const samples: Record<"first" | "middle" | "last", number[]> = { first: [], middle: [], last: [] };
const sentenceEnds: string[] = [];

for (const file of files) {
  const lines = cleanLines(decodeSource(file, readFileSync(file)).text);
  if (detectLayout(lines) !== "column") continue;
  const { items } = columnItems(lines);
  const shortfall = new Map<number, number>();
  const order: number[] = [];
  items.forEach((item, i) => {
    if (item.kind !== "single") return;
    shortfall.set(item.line.n, columnWidthAt(items, i) - item.width);
    order.push(item.line.n);
  });
  for (const unit of columnUnits(lines)) {
    if (unit.type !== "paragraph") continue;
    unit.lines.forEach((line, k) => {
      const d = shortfall.get(line.n);
      if (d === undefined || line.forceBody) return;
      const last = k === unit.lines.length - 1;
      if (unit.lines.length > 1) samples[k === 0 ? "first" : last ? "last" : "middle"].push(d);
      if (d <= 1.5 && sentenceEndPattern.test(line.text)) {
        const next = order[order.indexOf(line.n) + 1];
        const nextD = next === undefined ? "–" : String(shortfall.get(next));
        sentenceEnds.push(`${file}:${line.n}\t${last ? "ends" : "continues"}\td=${d}\tnext d=${nextD}\t${line.text}`);
      }
    });
  }
}

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))];
console.log("line\tn\tmin\tp1\tp50\tp99\tmax   (d = W − width, em)");
for (const [kind, values] of Object.entries(samples)) {
  if (!values.length) continue;
  const row = [
    Math.min(...values),
    quantile(values, 0.01),
    quantile(values, 0.5),
    quantile(values, 0.99),
    Math.max(...values),
  ];
  console.log(`${kind}\t${values.length}\t${row.join("\t")}`);
}
console.log("\nfull lines ending a sentence (d ≤ 1.5): does the paragraph end there?");
for (const row of sentenceEnds) console.log(row);
