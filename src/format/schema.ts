/**
 * The one schema of an edition document's frontmatter, shared by the converter (validate before
 * writing) and by Astro's content collection (validate before rendering). Types come from here.
 */
import { z } from "astro/zod";
import { blockIdPattern } from "./block-id.ts";
import { webUrl } from "./web-url.ts";

/** Kinds of document the edition knows; `fragment` is a continuation from another page. */
export const documentKinds = [
  "speech",
  "resolution",
  "report",
  "communique",
  "news",
  "feature",
  "fragment",
  "other",
] as const;

/** A block id (grammar in block-id.ts): `p12`, `p12a` (inserted later), `s2`, `s2-3`, `i5`, `h1`, `s2_2`. */
export const blockId = z.string().regex(blockIdPattern, "not a block id (p12, s2-3, i5, h1)");

/** Lowercase ASCII, at most 64 characters, never changed once published. */
export const slug = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug must be lowercase ASCII words joined by '-'");

/** What kind of editorial change an apparatus entry records. */
export const apparatusKinds = [
  "reflow", // PDF column lines joined into one paragraph
  "space", // spaces removed between CJK characters or between CJK and digits/Latin
  "artefact", // page furniture or a tool artefact removed (扫码看视频, [bookmark: _GoBack], ▲ ▲)
  "dedupe", // a character printed twice at a page break, kept once
  "join", // a paragraph broken across a page or a blank line, joined again
  "heading", // a heading recognised (joined over lines, split from a run-in paragraph, moved)
  "markup", // source markup removed (Markdown #, ■ before a byline)
  "metadata", // a line moved from the text into the title block (dateline, byline, subtitle)
  "supplied", // text supplied by the editors (a missing title)
  "break", // a paragraph break supplied where the source had none (glued text), at a named cue
  "emendation", // a correction from the sidecar
  "query", // 存疑: a reading the editors doubt but keep as printed, with their reason (from the sidecar)
] as const;

/** One editorial change; `text` is exactly what was removed or supplied, for the "nothing lost" proof. */
export const apparatusEntry = z.object({
  block: z.string().nullable().describe("block id the change concerns, or null for the title block"),
  kind: z.enum(apparatusKinds),
  detail: z.string().describe("what was done and why, in a sentence"),
  text: z.string().optional().describe("characters removed from or supplied to the reading text"),
  replacement: z.string().optional().describe("for an emendation: what replaced `text`"),
  line: z.number().int().positive().optional().describe("1-based line in the source file"),
});

/** A person or body named in the byline: `中华人民共和国主席 习近平` → role + name. */
export const bylineEntry = z.object({
  name: z.string().min(1),
  role: z.string().optional().describe("office or function as printed, e.g. 记者, 通讯员"),
});

/** Where the document came from. */
export const sourceInfo = z.object({
  file: z.string().describe("file name inside sources/"),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  lines: z.tuple([z.number().int(), z.number().int()]).describe("first and last source line used"),
  encoding: z.string().describe("encoding the file was decoded from"),
  publication: z.string().optional().describe("newspaper or issuer, from the sidecar"),
  page: z.string().optional().describe("page of the publication, from the sidecar"),
  url: webUrl.optional(),
});

/** Frontmatter of `content/texts/<slug>.md`. */
export const documentSchema = z.object({
  slug,
  title: z.string().min(1),
  titleSupplied: z.boolean().describe("true when the editors supplied the title (shown in 〔 〕)"),
  kicker: z.string().optional().describe("引题: the line printed above a newspaper headline"),
  subtitle: z.string().optional().describe("副题, as printed (a leading —— is kept)"),
  kind: z.enum(documentKinds),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .describe(
      "the date the text is cited by, ISO 8601: a text printed in a newspaper (sidecar `publication`) by the issue date; any other by the date it states (adoption, delivery, a news report's dispatch)",
    ),
  dateInferred: z
    .boolean()
    .describe("true when the source does not print `date`: inferred by the converter, or established by the editors"),
  dateNote: z
    .string()
    .optional()
    .describe("how an inferred date was found (the editors' evidence for an issue date), or why there is none"),
  notBefore: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .describe("with no `date`: the earliest day the page can have been issued, its latest dated dispatch"),
  eventDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .describe(
      "the day of what the text records, when it differs from `date`: a speech's delivery, a resolution's adoption, a report's reading, the event of a news lead (4月21日，…)",
    ),
  eventDateNote: z.string().optional().describe("how an inferred event date (its year) was found"),
  dateline: z.string().optional().describe("dateline as printed, spaces normalised"),
  place: z.string().optional(),
  issuer: z.string().optional().describe("issuing body (resolutions, reports)"),
  byline: z.array(bylineEntry),
  source: sourceInfo,
  order: z.number().int().nonnegative().describe("position of the document in its source file"),
  aliases: z.record(z.string(), blockId).describe("old block id → current block id"),
  apparatus: z.array(apparatusEntry),
  blockLines: z
    .record(z.string(), z.tuple([z.number().int().positive(), z.number().int().positive()]))
    .default({})
    .describe("block id → first and last source line it was printed on (the source view links them)"),
});

export type DocumentKind = (typeof documentKinds)[number];
export type ApparatusKind = (typeof apparatusKinds)[number];
export type ApparatusEntry = z.infer<typeof apparatusEntry>;
export type BylineEntry = z.infer<typeof bylineEntry>;
export type DocumentFrontmatter = z.infer<typeof documentSchema>;

/** A block of reading text, as in the Markdown body and the JSON export. */
export interface Block {
  id: string;
  type: "heading" | "paragraph";
  /** Heading level, 2 (part) to 4 (item); absent for paragraphs. */
  level?: number;
  /** The whole reading text of the block, as printed. */
  text: string;
  /** A paragraph's run-in head as printed at its start (`1.提高政治站位。`); `text` begins with it. */
  runIn?: string;
}
