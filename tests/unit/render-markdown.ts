/** Test helper: run a Markdown body through the site's remark/rehype plugins to HTML. */
import { join } from "node:path";
import { bodyRenderer } from "../../src/format/plugins.ts";
import { readAnnotations } from "../../src/format/annotation-files.ts";
import type { Annotations } from "../../src/format/annotations.ts";

/** The edition's own annotations (content/glossary.yaml …). */
export const editionAnnotations = readAnnotations(join(import.meta.dirname, "../../content"));
/** No annotations, for tests of the other plugins. */
export const noAnnotations: Annotations = { term: [], person: [], body: [] };

/** Render `body` as the site does (the same processor); `aliases` as in the frontmatter. */
export async function renderBody(
  body: string,
  aliases: Record<string, string> = {},
  annotations: Annotations = noAnnotations,
): Promise<string> {
  const { html } = await bodyRenderer({ base: "/", annotations })(body, { aliases });
  return html;
}
