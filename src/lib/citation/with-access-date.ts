/**
 * A citation download as the reader takes it from the page: the static file (which carries no
 * access date, since only the reader knows it) with the reader's day of access added, and the
 * address the reader really uses in place of the published one, the way the copy buttons fill
 * the references. Plain text edits, so the page's script bundles no citation engine; a unit test
 * checks that each equals the file the edition writes when it is given that date and address.
 */
import type { CitationFormat } from "../../format/urls.ts";

/** What the page adds: the day of access (YYYY-MM-DD) and the address the reader is on. */
export interface ReadersCopy {
  accessed: string;
  /** The published page URL in the file, and the reader's address to put in its place. */
  published: string;
  address: string;
}

/** Insert `line` before the first line that starts with one of `before` (else before the last line). */
function insertBefore(lines: string[], before: readonly string[], line: string): string[] {
  const at = lines.findIndex((l) => before.some((prefix) => l.startsWith(prefix)));
  const index = at === -1 ? lines.length - 1 : at;
  return [...lines.slice(0, index), line, ...lines.slice(index)];
}

/** The download `text` in `format` with the reader's access date and address. */
export function withAccessDate(format: CitationFormat, text: string, copy: ReadersCopy): string {
  const moved = text.split(copy.published).join(copy.address);
  const [year, month, day] = copy.accessed.split("-");
  if (format === "json") {
    const items = JSON.parse(moved) as Record<string, unknown>[];
    const accessed = { "date-parts": [[Number(year), Number(month), Number(day)]] };
    // Where the edition's items have it: right after the URL.
    const dated = items.map((item) =>
      Object.fromEntries(
        Object.entries(item).flatMap((entry) => (entry[0] === "URL" ? [entry, ["accessed", accessed]] : [entry])),
      ),
    );
    return `${JSON.stringify(dated, null, 2)}\n`;
  }
  const lines = moved.split("\n");
  if (format === "bib") return insertBefore(lines, ["  langid = "], `  urldate = {${copy.accessed}},`).join("\n");
  return insertBefore(lines, ["N1  - ", "LA  - "], `Y2  - ${year}/${month}/${day}/`).join("\n");
}
