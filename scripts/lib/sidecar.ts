/**
 * Editorial sidecars (`sources/<stem>.yaml`): facts the text itself cannot tell — publication,
 * page, URL, a slug, a better supplied title, corrections with their reasons, doubted readings
 * kept as printed (存疑) with the editors' note. Validated with
 * errors that name the file and the field.
 */
import { parse } from "yaml";
import { z } from "astro/zod";
import { slug } from "../../src/format/schema.ts";
import { webUrl } from "../../src/format/web-url.ts";
import { ConvertError } from "./errors.ts";

const emendation = z.object({
  from: z.string().min(1).describe("the characters as the source prints them"),
  to: z.string().describe("the corrected characters"),
  reason: z.string().min(1).describe("why the editors changed them"),
});

const query = z.object({
  at: z.string().min(1).describe("the doubted characters as the source prints them (kept as printed)"),
  note: z.string().min(1).describe("what the editors doubt, what the reading may be, and why they did not emend"),
});

const documentFacts = z.object({
  match: z.string().min(1).describe("characters found in the document's title or first paragraph"),
  slug: slug.optional(),
  title: z.string().min(1).optional().describe("a supplied title replacing the automatic one"),
  titleReason: z.string().optional(),
  page: z.string().optional(),
  url: webUrl.optional(),
  emendations: z.array(emendation).default([]),
  queries: z.array(query).default([]).describe("存疑: readings kept as printed, each with the editors' note"),
});

export const sidecarSchema = z
  .object({
    publication: z.string().optional(),
    page: z.string().optional(),
    url: webUrl.optional(),
    issueDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "an issue date as YYYY-MM-DD (quoted)")
      .optional()
      .describe("the newspaper's issue date, when the page does not print it and the editors establish it"),
    dateEvidence: z
      .string()
      .min(1)
      .optional()
      .describe("the editors' evidence for the issue date, or for why none can be given"),
    documents: z.array(documentFacts).default([]),
  })
  .refine((sidecar) => sidecar.issueDate === undefined || sidecar.dateEvidence !== undefined, {
    message: "an issue date the page does not print needs the editors' evidence",
    path: ["dateEvidence"],
  });

export type Sidecar = z.infer<typeof sidecarSchema>;
export type DocumentFacts = z.infer<typeof documentFacts>;

/** Parse and validate a sidecar's text. */
export function parseSidecar(file: string, text: string): Sidecar {
  let data: unknown;
  try {
    data = parse(text) ?? {};
  } catch (error) {
    throw new ConvertError(file, `is not valid YAML: ${(error as Error).message}`);
  }
  const result = sidecarSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConvertError(file, `${issue?.message ?? "invalid"}`, `field ${issue?.path.join(".") || "(root)"}`);
  }
  return result.data;
}
