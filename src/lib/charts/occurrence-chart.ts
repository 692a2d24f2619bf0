/**
 * Where an annotated term occurs over time, drawn at build time as SVG: one bar per document that
 * mentions it, in date order, as tall as its number of occurrences, coloured by kind, each bar a
 * link (for the pointer; the concordance below is the keyboard's way) to that document's group of
 * the concordance. The chart has a text alternative (`aria-label` and a `<desc>`), and the
 * concordance lists the same figures as text.
 */
import { escapeSvg, kindColours, n } from "./svg.ts";

/** One bar: a document and how often the entry occurs in it. */
export interface OccurrenceBar {
  slug: string;
  title: string;
  date: string | null;
  kind: string;
  count: number;
  /** Link target of the bar (the document's group on the entry page). */
  href: string;
}

const width = 600;
const height = 140;
const axis = 24;

/** More documents than this are drawn as one bar per month, so the chart keeps its size. */
const maxBars = 60;

/** Bars summed by month (title: the month; link: its first document's group). */
function byMonth(bars: readonly OccurrenceBar[]): OccurrenceBar[] {
  const months = new Map<string, OccurrenceBar>();
  for (const bar of bars) {
    const month = bar.date?.slice(0, 7) ?? "日期不详";
    const seen = months.get(month);
    if (seen) seen.count += bar.count;
    else months.set(month, { ...bar, title: `${month}各篇`, date: bar.date ? `${month}-01` : null });
  }
  return [...months.values()];
}

/** The SVG markup of an entry's occurrences per document (or per month, when many) over time. */
export function occurrenceChart(headword: string, documents: readonly OccurrenceBar[]): string {
  const sorted = [...documents].sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999"));
  const ordered = sorted.length > maxBars ? byMonth(sorted) : sorted;
  const max = Math.max(1, ...ordered.map((b) => b.count));
  const slot = (width - 8) / Math.max(1, ordered.length);
  const barWidth = Math.min(48, slot * 0.7);
  const total = ordered.reduce((sum, b) => sum + b.count, 0);
  const summary = `“${headword}”在${ordered.length}篇文献中共出现${total}次：${ordered
    .map((b) => `${b.date ?? "日期不详"}《${b.title}》${b.count}次`)
    .join("；")}。`;
  const marks = ordered.map((bar, k) => {
    const h = ((height - axis - 12) * bar.count) / max;
    const x = 4 + k * slot + (slot - barWidth) / 2;
    const y = height - axis - h;
    const label = `${bar.date ?? "日期不详"}《${bar.title}》：${bar.count}次`;
    return `<a href="${escapeSvg(bar.href)}" tabindex="-1"><rect x="${n(x)}" y="${n(y)}" width="${n(barWidth)}" height="${n(h)}" fill="${kindColours[bar.kind] ?? "currentColor"}"><title>${escapeSvg(label)}</title></rect><text x="${n(x + barWidth / 2)}" y="${n(y - 3)}" text-anchor="middle" class="chart-count">${bar.count}</text></a>`;
  });
  const years = ordered
    .map((b, k) => ({ year: b.date?.slice(0, 4) ?? "?", k }))
    .filter((y, i, all) => i === 0 || all[i - 1]?.year !== y.year);
  const ticks = years.map(
    ({ year, k }) => `<text x="${n(4 + k * slot)}" y="${height - 6}" class="chart-axis">${escapeSvg(year)}</text>`,
  );
  return `<svg class="chart occurrence-chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeSvg(summary)}"><desc>${escapeSvg(summary)}</desc><line x1="0" x2="${width}" y1="${height - axis}" y2="${height - axis}" class="chart-baseline"/>${marks.join("")}${ticks.join("")}</svg>`;
}
