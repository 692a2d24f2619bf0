/** Dates as Chinese sources print them, and the year of a dateline that gives only month and day. */
import { newsDatelinePattern } from "./display-role.ts";
import { dateNotes } from "./notes.ts";

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
      return { year: Number(m[1]), note: dateNotes.fullDate(m[0].replace(/\s+/g, "")) };
    }
  }
  const counts = new Map<number, number>();
  for (const m of source.matchAll(/(\d{4})\s*年/gu)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best ? { year: best[0], note: dateNotes.commonestYear(best[0]) } : null;
}

/** ISO date of a month/day whose year is inferred from the source. */
export function inferDate(source: string, month: number, day: number): { date: string; note: string } | null {
  const year = inferYear(source, month, day);
  return year ? { date: iso(year.year, month, day), note: year.note } : null;
}

/** A news dateline and its reporter parenthetical, before the lead: `…4月22日讯（记者 甲）4月21日，…`. */
const leadAfterDateline = new RegExp(`${newsDatelinePattern.source}\\s*(?:[（(][^（）()]*[）)])?\\s*`, "u");
/** A lead that opens with the event's own month and day, with 昨天/昨日 (the day before), or 今天/今日. */
const leadDate = /^(?:(\d{1,2})\s*月\s*(\d{1,2})\s*日|(昨天|昨日)|(今天|今日))/u;

/** A date as the dispatch of a news report prints it, with its year found (and how) when it prints none. */
export interface DispatchDate {
  date: string;
  /** How the year was found; absent when the dateline prints the year. */
  yearNote?: string;
}

/**
 * The date of a news report's dispatch, from the dateline that opens its first paragraph
 * (`湖南日报·新湖南客户端4月22日讯`, `本报2021年4月22日讯`). This is the day the report was filed, never
 * the issue date of the newspaper that prints it. Null when the paragraph opens with no dateline.
 */
export function dispatchDate(paragraph: string, source: string): DispatchDate | null {
  const dateline = newsDatelinePattern.exec(paragraph)?.[0];
  if (!dateline) return null;
  const full = findFullDate(dateline);
  if (full) return { date: full };
  const md = findMonthDay(dateline);
  const inferred = md ? inferDate(source, md.month, md.day) : null;
  return inferred ? { date: inferred.date, yearNote: inferred.note } : null;
}

/**
 * The date of the event a news report tells of, as its lead states it under the dateline:
 * `4月22日讯…4月21日，省人大常委会召开…` gives 4月21日, 昨天 the day before the dispatch, 今天 the
 * dispatch's own day. The year is the dispatch's, or the year before when the month and day fall
 * after the dispatch's. Null when the lead states no day.
 */
export function eventDateInLead(paragraph: string, dispatch: string): string | null {
  const dateline = leadAfterDateline.exec(paragraph);
  const stated = dateline ? leadDate.exec(paragraph.slice(dateline[0].length)) : null;
  if (!stated) return null;
  if (stated[4]) return dispatch;
  const filed = new Date(`${dispatch}T00:00:00Z`);
  if (stated[3]) return new Date(filed.getTime() - 86_400_000).toISOString().slice(0, 10);
  const month = Number(stated[1]);
  const day = Number(stated[2]);
  const after = month * 100 + day > (filed.getUTCMonth() + 1) * 100 + filed.getUTCDate();
  return iso(filed.getUTCFullYear() - (after ? 1 : 0), month, day);
}

/**
 * The earliest day a newspaper page can have been issued: the latest day of the dispatches it
 * prints (a page of several days' dispatches cannot appear before the last of them). It proves
 * nothing more: the issue is often the next morning's, or later.
 */
export function latestDispatch(dispatches: readonly DispatchDate[]): DispatchDate | null {
  return [...dispatches].sort((a, b) => b.date.localeCompare(a.date))[0] ?? null;
}
