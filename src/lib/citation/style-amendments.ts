/**
 * Two amendments to the vendored official styles (the files stay verbatim; the engine applies
 * these when it loads them, like `oneItemStyle`), so that a date the source does not print is
 * never cited as if printed. Each rewrites an exact passage and fails loudly if a refreshed
 * style no longer has it.
 *
 * - GB/T 7714-2015 §8.4.3.3: “估计的出版年应置于方括号内” (an estimated year of publication is put
 *   in square brackets, e.g. [1936]), and §7 puts whatever the cataloguer supplies in [ ]. The
 *   official style brackets an uncertain year (`issued-year`) but prints a newspaper's full date
 *   (`issued-date`) plainly; the amendment brackets that too: `湖南日报, [2021-04-23](2)`.
 * - Chicago 17 (author-date) writes an approximate date with “ca.” (CMOS 15.41); the 17th-edition
 *   style has no `is-uncertain-date` test at all, so its year (reference list and in-text) gets one.
 *   APA's style handles `circa` itself ("ca. 2021").
 */
import type { CitationStyle } from "./engine.ts";

/** Replace `passage` exactly `times` times, or say which style changed under the amendment. */
function amend(xml: string, style: string, passage: string, replacement: string, times: number): string {
  const found = xml.split(passage).length - 1;
  if (found !== times)
    throw new Error(`${style} style: expected ${times} × ${passage}, found ${found}; review style-amendments.ts`);
  return xml.split(passage).join(replacement);
}

/** GB/T: an uncertain full date (newspaper issue, web page update) in [ ], as an estimated year already is. */
function gbEstimatedDates(xml: string): string {
  return amend(
    xml,
    "GB/T 7714",
    '<macro name="issued-date">\n    <date variable="issued" form="numeric"/>\n  </macro>',
    '<macro name="issued-date">\n    <choose>\n      <if is-uncertain-date="issued">\n' +
      '        <date variable="issued" form="numeric" prefix="[" suffix="]"/>\n      </if>\n' +
      '      <else>\n        <date variable="issued" form="numeric"/>\n      </else>\n    </choose>\n  </macro>',
    1,
  );
}

/** Chicago: "ca." before an uncertain year, in the reference list's date and the in-text citation's. */
function chicagoApproximateYears(xml: string): string {
  const year = '<date variable="issued"><date-part name="year"/></date>';
  return amend(
    xml,
    "Chicago",
    year,
    `<choose><if is-uncertain-date="issued"><text value="ca."/></if></choose>${year}`,
    2,
  );
}

/** Each style's amendments, applied to its vendored XML. */
export const styleAmendments: Record<CitationStyle, (xml: string) => string> = {
  gb7714: gbEstimatedDates,
  apa: (xml) => xml,
  chicago: chicagoApproximateYears,
};
