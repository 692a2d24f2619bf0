/**
 * The edition's annotations, hand-written in `content/glossary.yaml`, `content/people.yaml` and
 * `content/bodies.yaml`: political terms, the people the texts name, the bodies they name. One
 * zod schema each (fields documented), and how an entry is addressed. No I/O here: the reader of
 * the files is annotation-files.ts.
 *
 * What the editors write must be checkable: every dated statement of a definition and every
 * statement of a note about a person names a source a reader can find — a text of this edition
 * (document and block) or a published source (publication, title, date, URL where there is one) —
 * or is marked 待核 with the reason, which the pages show where the statement stands
 * (annotation-statements.ts). A role of a person is always the words of one block (or the byline)
 * of one document. The schema refuses an entry that breaks this, naming the entry and the field.
 */
import { z } from "astro/zod";
import { blockIdPattern } from "./block-id.ts";
import { unbackedStatements, yearsIn } from "./annotation-statements.ts";
import { slug } from "./schema.ts";
import { webUrl } from "./web-url.ts";

const forStatement = z
  .string()
  .min(1)
  .optional()
  .describe("words of the statement this source backs, as written in the definition or note; absent: the whole entry");

/** A text of this edition: the document and the block where a reader checks the statement. */
export const editionCitation = z.strictObject({
  document: slug.describe("the document's slug (content/texts/<slug>.md)"),
  block: z
    .string()
    .regex(blockIdPattern, "a block id of the document (p3, s2-1 …)")
    .optional()
    .describe("the block that says it; absent: the document's title block (title, byline, dateline)"),
  for: forStatement,
});

/** A published source outside the edition. */
export const publishedCitation = z.strictObject({
  publication: z.string().min(1).describe("the newspaper, site, publisher or issuing body"),
  title: z.string().min(1).describe("the title of the article, document or page, as published"),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "a date as YYYY, YYYY-MM or YYYY-MM-DD")
    .describe("when it was published (or adopted, for a law or a resolution)"),
  url: webUrl.optional().describe("where a reader finds it online, when it is online (http or https)"),
  locator: z.string().min(1).optional().describe("the part that says it: article, chapter, page (第三章, 第1版)"),
  for: forStatement,
});

/** Where a statement can be checked. */
export const citation = z.union([editionCitation, publishedCitation]);

/** A statement the editors could not source: kept, marked 待核 on the page, with the reason. */
export const unverifiedStatement = z.strictObject({
  text: z.string().min(1).describe("the words of the definition or note that are unverified"),
  reason: z.string().min(1).describe("why: what was looked for and not found, or what disagrees"),
});

/** What every annotation has: an id for its page, the forms that occur in the texts, its sources. */
const common = {
  id: slug.describe("the entry's URL slug: lowercase ASCII, unique within its file"),
  variants: z.array(z.string().min(1)).default([]).describe("other forms the texts use for the same thing"),
  notInside: z
    .array(z.string().min(1))
    .default([])
    .describe("longer words in which a form means something else and must not be linked (党组 in 党组织)"),
  unverified: z.array(unverifiedStatement).default([]).describe("statements marked 待核, with the reason"),
};

type Prose = { sources: ReadonlyArray<{ for?: string | undefined }>; unverified: ReadonlyArray<{ text: string }> };

/**
 * Check that `prose` (a definition or a note, at `field`) backs its statements: every `for` and
 * every 待核 text quotes it, and each statement that must be backed (dated ones; `every`: all) is.
 */
function checkProse(entry: Prose, prose: string, field: string, every: boolean, ctx: z.core.$RefinementCtx): void {
  entry.sources.forEach((source, k) => {
    if (source.for !== undefined && !prose.includes(source.for))
      ctx.addIssue({ code: "custom", path: ["sources", k, "for"], message: `“${source.for}” is not in the ${field}` });
  });
  entry.unverified.forEach((u, k) => {
    if (!prose.includes(u.text))
      ctx.addIssue({ code: "custom", path: ["unverified", k, "text"], message: `“${u.text}” is not in the ${field}` });
  });
  for (const statement of unbackedStatements(prose, entry, every)) {
    ctx.addIssue({
      code: "custom",
      path: [field],
      message: `the statement “${statement.text}” names no source: add a source whose \`for\` quotes it, or mark it unverified (待核)`,
    });
  }
}

/** A year in the English gloss must be one the definition states (and so backs). */
function checkEnglishYears(
  entry: { english?: string | undefined; definition: string },
  ctx: z.core.$RefinementCtx,
): void {
  const stated = new Set(yearsIn(entry.definition));
  for (const year of yearsIn(entry.english ?? "")) {
    if (!stated.has(year))
      ctx.addIssue({ code: "custom", path: ["english"], message: `the year ${year} is not stated in the definition` });
  }
}

/** `content/glossary.yaml`: a term, slogan, programme, meeting or place a general reader may not know. */
export const glossaryEntry = z
  .strictObject({
    ...common,
    term: z.string().min(1).describe("the headword as the texts print it"),
    category: z.enum([
      "战略口号",
      "政治术语",
      "会议",
      "规划",
      "政策制度",
      "活动工程",
      "机构平台",
      "节日纪念日",
      "地理区域",
      "国际",
    ]),
    definition: z.string().min(1).describe("a concise definition in Chinese, written by the editors"),
    english: z.string().min(1).optional().describe("a short English gloss"),
    sources: z.array(citation).default([]).describe("where the facts of the definition can be checked"),
  })
  .superRefine((entry, ctx) => {
    checkProse(entry, entry.definition, "definition", false, ctx);
    checkEnglishYears(entry, ctx);
  });

/**
 * A role a text gives a person: the office or function as that text prints it, where it prints it.
 * It says what the text calls the person, not when the person held the office: the page shows the
 * text's own date beside it as the date of the text.
 */
export const personRole = z.strictObject({
  role: z.string().min(1).describe("the office or function as the text prints it"),
  document: slug.describe("the document that gives it"),
  block: z
    .string()
    .regex(blockIdPattern, "a block id of the document (p3, s2-1 …)")
    .optional()
    .describe("the block that gives it; absent: the document's byline"),
});

/** `content/people.yaml`: a person the texts name (officials, speakers, reporters). */
export const personEntry = z
  .strictObject({
    ...common,
    name: z.string().min(1),
    roles: z.array(personRole).default([]).describe("the roles the texts themselves give, each where it gives it"),
    note: z.string().min(1).optional().describe("neutral context written by the editors; every statement sourced"),
    sources: z.array(citation).default([]).describe("where the statements of the note can be checked"),
  })
  .superRefine((entry, ctx) => checkProse(entry, entry.note ?? "", "note", true, ctx));

/** `content/bodies.yaml`: an institution or organisation the texts name. */
export const bodyEntry = z
  .strictObject({
    ...common,
    name: z.string().min(1).describe("the full official name"),
    category: z.enum(["党的机构", "人大", "政府", "政协", "群团组织", "媒体", "企事业单位", "国际组织", "其他"]),
    definition: z.string().min(1).describe("one or two sentences in Chinese, written by the editors"),
    sources: z.array(citation).default([]).describe("where the facts of the definition can be checked"),
  })
  .superRefine((entry, ctx) => checkProse(entry, entry.definition, "definition", false, ctx));

export type Citation = z.infer<typeof citation>;
export type EditionCitation = z.infer<typeof editionCitation>;
export type UnverifiedStatement = z.infer<typeof unverifiedStatement>;
export type GlossaryEntry = z.infer<typeof glossaryEntry>;
export type PersonEntry = z.infer<typeof personEntry>;
export type BodyEntry = z.infer<typeof bodyEntry>;

/** The three kinds of annotation, their files and their entries' schemas. */
export const annotationKinds = {
  term: { file: "glossary.yaml", schema: glossaryEntry, label: "术语" },
  person: { file: "people.yaml", schema: personEntry, label: "人物" },
  body: { file: "bodies.yaml", schema: bodyEntry, label: "机构" },
} as const;

export type AnnotationKind = keyof typeof annotationKinds;

/** Every annotation, by kind. */
export interface Annotations {
  term: GlossaryEntry[];
  person: PersonEntry[];
  body: BodyEntry[];
}

/** An entry of any kind, with what the linker and the pages need in common. */
export interface Annotation {
  kind: AnnotationKind;
  id: string;
  /** The headword: term or name. */
  headword: string;
  /** Every form that links to the entry: headword first, then variants. */
  forms: string[];
  notInside: string[];
}

/** The entries of every kind in one list. */
export function allAnnotations(annotations: Annotations): Annotation[] {
  const entry = (
    kind: AnnotationKind,
    id: string,
    headword: string,
    variants: string[],
    notInside: string[],
  ): Annotation => ({
    kind,
    id,
    headword,
    forms: [headword, ...variants],
    notInside,
  });
  return [
    ...annotations.term.map((e) => entry("term", e.id, e.term, e.variants, e.notInside)),
    ...annotations.person.map((e) => entry("person", e.id, e.name, e.variants, e.notInside)),
    ...annotations.body.map((e) => entry("body", e.id, e.name, e.variants, e.notInside)),
  ];
}
