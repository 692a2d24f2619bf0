/** Data passed between converter stages. */
import type { ApparatusKind } from "../../src/format/schema.ts";

/** One editorial change, before block ids exist. */
export interface Note {
  kind: ApparatusKind;
  detail: string;
  /** Characters removed from (or supplied to) the reading text. */
  text?: string;
  /** For emendations: what replaced `text`. */
  replacement?: string;
  line?: number;
  /** For spaces: how many were removed (summed per block, not written to the apparatus). */
  count?: number;
}

/** One line of the source after artefacts and markup were taken out. */
export interface SourceLine {
  /** 1-based line number in the source file. */
  n: number;
  text: string;
  notes: Note[];
  /** `#` level of a Markdown heading line. */
  markdownLevel?: number;
  /** The line started with ■: a byline. */
  bylineMark?: boolean;
  /** A continuation marker (`上接1版③`) found at the start of the line. */
  continuation?: string;
  /** Text that certainly belongs to a paragraph (what follows a continuation mark). */
  forceBody?: boolean;
  /** The line is a piece of a longer printed line, cut at a cue for a supplied paragraph break. */
  suppliedBreak?: boolean;
}

/** What a display (non-paragraph) unit is on the printed page. */
export type DisplayRole = "heading" | "subtitle" | "dateline" | "byline" | "marker";

/** A paragraph of reading text or a display unit (headline, subhead, dateline, byline, marker). */
export interface Unit {
  type: "paragraph" | "display";
  role?: DisplayRole;
  lines: SourceLine[];
  /** The text with lines joined and spaces normalised. */
  text: string;
  notes: Note[];
  markdownLevel?: number;
  continuation?: string;
}

/** The layout a source was printed in. */
export type Layout = "column" | "long-line";
