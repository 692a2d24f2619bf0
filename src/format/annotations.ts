/**
 * The edition's annotations, hand-written in `content/glossary.yaml`, `content/people.yaml` and
 * `content/bodies.yaml`: political terms, the people the texts name, the bodies they name. One
 * zod schema each (fields documented), and how an entry is addressed. No I/O here: the reader of
 * the files is annotation-files.ts.
 */
import { z } from "astro/zod";
import { slug } from "./schema.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");

/** What every annotation has: an id for its page, the forms that occur in the texts. */
const common = {
  id: slug.describe("the entry's URL slug: lowercase ASCII, unique within its file"),
  variants: z.array(z.string().min(1)).default([]).describe("other forms the texts use for the same thing"),
  notInside: z
    .array(z.string().min(1))
    .default([])
    .describe("longer words in which a form means something else and must not be linked (党组 in 党组织)"),
};

/** `content/glossary.yaml`: a term, slogan, programme, meeting or place a general reader may not know. */
export const glossaryEntry = z.strictObject({
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
  source: z.string().min(1).describe("where the facts of the definition come from"),
});

/** A role a text gives a person, on the date of that text. */
export const personRole = z.strictObject({
  role: z.string().min(1).describe("the office or function as the text prints it"),
  date: isoDate.optional().describe("the date of the document that gives it"),
  document: slug.describe("the document that gives it"),
});

/** `content/people.yaml`: a person the texts name (officials, speakers, reporters). */
export const personEntry = z.strictObject({
  ...common,
  name: z.string().min(1),
  roles: z.array(personRole).default([]).describe("the roles the texts themselves give, each with its date"),
  note: z.string().min(1).optional().describe("one neutral sentence of context, written by the editors"),
});

/** `content/bodies.yaml`: an institution or organisation the texts name. */
export const bodyEntry = z.strictObject({
  ...common,
  name: z.string().min(1).describe("the full official name"),
  category: z.enum(["党的机构", "人大", "政府", "政协", "群团组织", "媒体", "企事业单位", "国际组织", "其他"]),
  definition: z.string().min(1).describe("one or two sentences in Chinese, written by the editors"),
  source: z.string().min(1).describe("where the facts come from"),
});

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
