/**
 * The tables of `bench:search`: per query class, recall, precision and zero-result rate against
 * the ground truth, latency quantiles and first-query bytes, for each engine; and per corpus the
 * transfer of a session, the index size and the build time.
 */
import { kilobytes, markdownTable, megabytes, percent, quantile } from "./bench-stats.ts";
import { queryClasses, type BenchQuery } from "./search-queries.ts";

/** One query's measurements for both engines. */
export interface QueryRow {
  query: BenchQuery;
  truth: string[];
  exact: { ms: number; found: string[]; bytes: number };
  plain: { ms: number; found: string[]; bytes: number };
}

/** Recall, precision and zero-result rate of some runs against their truth; `perfect` when nothing was missed or added. */
export function scores(runs: { truth: string[]; found: string[] }[]) {
  let relevant = 0;
  let returned = 0;
  let correct = 0;
  let zero = 0;
  for (const { truth, found } of runs) {
    const want = new Set(truth);
    relevant += want.size;
    returned += found.length;
    correct += found.filter((key) => want.has(key)).length;
    if (found.length === 0) zero++;
  }
  return {
    recall: percent(correct, relevant),
    precision: percent(correct, returned),
    zero: percent(zero, runs.length),
    perfect: correct === relevant && correct === returned,
  };
}

/** Median / p95 of some timings. */
const timing = (ms: number[]): string => `${quantile(ms, 0.5).toFixed(1)} / ${quantile(ms, 0.95).toFixed(1)}`;

/** The per-class table (two rows a class: exact, Pagefind) and whether the exact search was perfect everywhere. */
export function classTable(rows: readonly QueryRow[]): { table: string; perfect: boolean } {
  let perfect = true;
  const lines = queryClasses.flatMap((kind) => {
    const of = rows.filter((row) => row.query.kind === kind);
    if (of.length === 0) return [];
    const line = (engine: "exact" | "plain", label: string, lead: string[]): string[] => {
      const score = scores(of.map((row) => ({ truth: row.truth, found: row[engine].found })));
      if (engine === "exact" && !score.perfect) perfect = false;
      const bytes = kilobytes(
        quantile(
          of.map((row) => row[engine].bytes),
          0.5,
        ),
      );
      return [
        ...lead,
        label,
        score.recall,
        score.precision,
        score.zero,
        timing(of.map((row) => row[engine].ms)),
        bytes,
      ];
    };
    return [line("exact", "exact", [kind, String(of.length)]), line("plain", "Pagefind", ["", ""])];
  });
  const header = [
    "class",
    "queries",
    "engine",
    "recall",
    "precision",
    "zero results",
    "ms median / p95",
    "first query (gzip)",
  ];
  return { table: markdownTable(header, lines), perfect };
}

/** One corpus's summary for both engines. */
export interface CorpusSummary {
  n: number;
  rows: readonly QueryRow[];
  sessions: { exact: number[]; plain: number[] };
  size: { exact: number; plain: number };
  build: { exact: number; plain: number };
  files: { exact: number; plain: number };
}

/** The transfer-and-size table over corpora. */
export function summaryTable(corpora: readonly CorpusSummary[]): string {
  const rows = corpora.flatMap((c) =>
    (["exact", "plain"] as const).map((engine) => [
      engine === "exact" ? c.n.toLocaleString("en") : "",
      engine === "exact" ? "exact" : "Pagefind",
      kilobytes(
        quantile(
          c.rows.map((row) => row[engine].bytes),
          0.5,
        ),
      ),
      kilobytes(quantile(c.sessions[engine], 0.5)),
      megabytes(c.size[engine]),
      `${(c.build[engine] / 1000).toFixed(1)} s`,
      c.files[engine].toLocaleString("en"),
    ]),
  );
  return markdownTable(["N", "engine", "first query", "session of 5", "index on disk", "build", "files"], rows);
}
