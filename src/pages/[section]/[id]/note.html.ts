/**
 * `glossary/<id>/note.html`, `people/<id>/note.html`, `bodies/<id>/note.html`: each entry's note
 * as an HTML fragment beside its page, fetched by a text page when the reader opens a mention.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import type { Annotation } from "../../../format/annotations.ts";
import { sitePaths } from "../../../format/urls.ts";
import { annotationNoteHtml } from "../../../lib/annotation-note.ts";
import { editionIndex } from "../../../lib/edition-index.ts";

export const getStaticPaths = (async () => {
  const { entries } = await editionIndex();
  return entries.map((entry) => {
    const [section = "", id = ""] = sitePaths.annotationNote(entry.kind, entry.id).split("/");
    return { params: { section, id }, props: { entry } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Annotation }> = async ({ props }) => {
  const { annotations } = await editionIndex();
  return new Response(annotationNoteHtml(props.entry, annotations, import.meta.env.BASE_URL), {
    headers: { "Content-Type": "text/html; charset=utf-8" },
  });
};
