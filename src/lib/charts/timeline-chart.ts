/**
 * The home page's timeline, drawn at build time as SVG: the documents counted by month and kind,
 * one row per kind, a disc per month as large as its count, each a link (for the pointer; the
 * list below is the keyboard's way) to that year of the list. Binned by month so the chart stays
 * the same size at 15 or 15,000 documents. Its text alternative gives the counts.
 */
import { escapeSvg, kindColours, n } from "./svg.ts";

/** A document on the timeline. */
export interface TimelineDocument {
  date: string;
  kind: string;
  kindLabel: string;
}

const width = 640;
const rowHeight = 26;
const left = 56;
const right = 16;

/** Days since 1970 of the first of a month `YYYY-MM`. */
const day = (month: string) => Date.parse(`${month}-01T00:00:00Z`) / 86_400_000;

/** The SVG markup of the timeline (empty string when no document is dated); `yearHref` links a year's list. */
export function timelineChart(documents: readonly TimelineDocument[], yearHref: (year: string) => string): string {
  if (documents.length === 0) return "";
  const kinds = [...new Map(documents.map((d) => [d.kind, d.kindLabel])).entries()];
  const bins = new Map<string, number>();
  for (const doc of documents) {
    const key = `${doc.date.slice(0, 7)}|${doc.kind}`;
    bins.set(key, (bins.get(key) ?? 0) + 1);
  }
  const months = documents.map((d) => d.date.slice(0, 7)).sort();
  const first = day(months[0] ?? "");
  const span = Math.max(1, day(months.at(-1) ?? "") - first);
  const x = (month: string) => left + ((width - left - right) * (day(month) - first)) / span;
  const height = kinds.length * rowHeight + 30;
  const rows = kinds.map(
    ([, label], r) => `<text x="0" y="${n(r * rowHeight + 17)}" class="chart-axis">${escapeSvg(label)}</text>`,
  );
  const marks = [...bins].map(([key, count]) => {
    const [month = "", kind = ""] = key.split("|");
    const r = kinds.findIndex(([k]) => k === kind);
    const label = `${month.replace("-", "年")}月 ${kinds[r]?.[1] ?? kind} ${count}篇`;
    const radius = 4 + 3 * Math.sqrt(count);
    return `<a href="${escapeSvg(yearHref(month.slice(0, 4)))}" tabindex="-1"><circle cx="${n(x(month))}" cy="${n(r * rowHeight + 12)}" r="${n(Math.min(radius, rowHeight / 2))}" fill="${kindColours[kind] ?? "currentColor"}"><title>${escapeSvg(label)}</title></circle></a>`;
  });
  const years = [...new Set(months.map((m) => m.slice(0, 4)))];
  const ticks = years.map(
    (y) => `<text x="${n(Math.max(left - 8, x(`${y}-01`)))}" y="${height - 6}" class="chart-axis">${y}</text>`,
  );
  const summary = `时间轴：${documents.length}篇有日期的文献，${months[0]}至${months.at(-1)}，${kinds
    .map(([kind, label]) => `${label}${documents.filter((d) => d.kind === kind).length}篇`)
    .join("、")}。`;
  return `<svg class="chart timeline-chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeSvg(summary)}"><desc>${escapeSvg(summary)}</desc>${rows.join("")}<line x1="${left}" x2="${width - right}" y1="${height - 22}" y2="${height - 22}" class="chart-baseline"/>${marks.join("")}${ticks.join("")}</svg>`;
}
