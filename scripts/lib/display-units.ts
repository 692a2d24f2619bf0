/**
 * Display units of a printed page (headlines, subheads, subtitles, datelines, bylines) and how
 * the lines of one are joined.
 */
import { emWidth } from "./chars.ts";
import { couldBeHeading, numberedHeadingPattern } from "./display-role.ts";
import type { DisplayRole, SourceLine, Unit } from "./types.ts";

/** Display units from printed lines and their roles; consecutive heading lines form one unit. */
export function displayUnits(lines: SourceLine[], roles: DisplayRole[]): Unit[] {
  const units: Unit[] = [];
  lines.forEach((line, k) => {
    const role = roles[k] ?? "heading";
    const previous = units.at(-1);
    if (role === "heading" && previous?.role === "heading") {
      previous.lines.push(line);
      previous.notes.push(...line.notes);
    } else {
      units.push({ type: "display", role, lines: [line], text: "", notes: [...line.notes] });
    }
  });
  for (const unit of units) unit.text = joinDisplayLines(unit.lines);
  return units;
}

/**
 * Join the lines of a display unit: a heading wrapped mid-phrase joins directly; two lines of about
 * equal length are a couplet (`“书香湖南”品牌引领 / 三湘阅读风头渐盛`) and keep a space.
 */
export function joinDisplayLines(lines: readonly SourceLine[]): string {
  const [first, second] = lines;
  const couplet =
    lines.length === 2 &&
    first !== undefined &&
    second !== undefined &&
    !numberedHeadingPattern.test(first.text) &&
    couldBeHeading(first.text) &&
    Math.abs(emWidth(first.text) - emWidth(second.text)) <= 2 &&
    emWidth(second.text) >= 5;
  return lines.map((line) => line.text).join(couplet ? " " : "");
}

/** What the unit's lines were joined with: " " where the edition supplied a space between them (a couplet). */
export function joinedWith(unit: Pick<Unit, "lines" | "text">): "" | " " {
  return unit.lines.length > 1 && unit.text === unit.lines.map((line) => line.text).join(" ") ? " " : "";
}
