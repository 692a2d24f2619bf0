/** Write a document as `content/texts/<slug>.md`: YAML frontmatter + the Markdown body. */
import { stringify } from "yaml";
import { blocksToMarkdown } from "../../src/lib/block-markdown.ts";
import { documentSchema, type Block, type DocumentFrontmatter } from "../../src/schema.ts";
import { ConvertError } from "./errors.ts";

/** Key order of the frontmatter, so that files diff well and runs are byte-identical. */
const keyOrder = [
  "slug",
  "title",
  "titleSupplied",
  "kicker",
  "subtitle",
  "kind",
  "date",
  "dateInferred",
  "dateNote",
  "dateline",
  "place",
  "issuer",
  "byline",
  "source",
  "order",
  "aliases",
  "apparatus",
] as const;

/** Validate against the shared schema and serialise; throws naming the document and the field. */
export function emitDocument(frontmatter: DocumentFrontmatter, blocks: readonly Block[]): string {
  const checked = documentSchema.safeParse(frontmatter);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ConvertError(
      frontmatter.source.file,
      `document “${frontmatter.title}”: ${issue?.message}`,
      `field ${issue?.path.join(".")}`,
    );
  }
  const ordered: Record<string, unknown> = {};
  for (const key of keyOrder) if (frontmatter[key] !== undefined) ordered[key] = frontmatter[key];
  // Every string quoted: YAML would otherwise read `2021-04-22` as a date and `no` as false.
  const yaml = stringify(ordered, { defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN", lineWidth: 0 });
  return `---\n${yaml}---\n\n${blocksToMarkdown(blocks)}`;
}
