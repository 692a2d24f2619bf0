/**
 * Refuse output that would break a published link: every slug and every block id (current or
 * alias) of the previous content must still resolve, unless the document's whole source file was
 * removed — then the loss is reported, not refused.
 */
import type { DocumentFrontmatter, Block } from "../../src/format/schema.ts";
import { ConvertError } from "./errors.ts";
import type { PreviousDocument } from "./previous-content.ts";

interface NewDocument {
  frontmatter: DocumentFrontmatter;
  blocks: readonly Block[];
}

/** Throws ConvertError naming the document and id; returns notices about removed sources. */
export function guardPublishedIds(
  previous: readonly PreviousDocument[],
  next: readonly NewDocument[],
  sourceFiles: ReadonlySet<string>,
): string[] {
  const notices: string[] = [];
  const bySlug = new Map(next.map((d) => [d.frontmatter.slug, d]));
  for (const old of previous) {
    const { slug, source } = old.frontmatter;
    if (!sourceFiles.has(source.file)) {
      notices.push(`${slug}: its source ${source.file} was removed, so the document is dropped`);
      continue;
    }
    const now = bySlug.get(slug);
    if (!now)
      throw new ConvertError(
        source.file,
        `document “${old.frontmatter.title}” (${slug}) would disappear; published links to /texts/${slug}/ would break`,
      );
    const resolvable = new Set([...now.blocks.map((b) => b.id), ...Object.keys(now.frontmatter.aliases)]);
    for (const id of [...old.blocks.map((b) => b.id), ...Object.keys(old.frontmatter.aliases)]) {
      if (!resolvable.has(id))
        throw new ConvertError(source.file, `document ${slug}: block id ${id} would disappear without an alias`);
    }
  }
  return notices;
}
