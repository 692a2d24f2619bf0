/** Dates as Chinese sources print them, and the year of a dateline that gives only month and day. */

const fullDate = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
const monthDay = /(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The first full date (`2021年4月22日`) in a text, as ISO 8601. */
export function findFullDate(text: string): string | null {
  const m = fullDate.exec(text);
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Month and day of a dateline such as `4 月 22 日讯`. */
export function findMonthDay(text: string): { month: number; day: number } | null {
  const m = monthDay.exec(text);
  return m ? { month: Number(m[1]), day: Number(m[2]) } : null;
}

/**
 * Infer the year of a month/day from the same source: a full date with that month and day wins;
 * otherwise the most frequent year written as `YYYY年` (ties: the later year).
 */
export function inferYear(source: string, month: number, day: number): { year: number; note: string } | null {
  for (const m of source.matchAll(new RegExp(fullDate, "gu"))) {
    if (Number(m[2]) === month && Number(m[3]) === day) {
      return { year: Number(m[1]), note: `year from the full date “${m[0].replace(/\s+/g, "")}” in the same source` };
    }
  }
  const counts = new Map<number, number>();
  for (const m of source.matchAll(/(\d{4})\s*年/gu)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best ? { year: best[0], note: `year from “${best[0]}年”, the year the source names most often` } : null;
}

/** ISO date of a month/day whose year is inferred from the source. */
export function inferDate(source: string, month: number, day: number): { date: string; note: string } | null {
  const year = inferYear(source, month, day);
  return year ? { date: iso(year.year, month, day), note: year.note } : null;
}
