/**
 * A document's body as the page's HTML, rendered where the page is built (Astro's glob loader would
 * render every body up front and keep all of them in memory; see `texts-loader.ts`), by the
 * edition's processor (`src/format/plugins.ts`) with the edition's annotations and shared passages.
 */
import { bodyRenderer, type RenderedBody } from "../format/plugins.ts";
import { bodyOf, type TextEntry } from "./collection.ts";
import { editionIndex } from "./edition-index.ts";

let renderer: Promise<ReturnType<typeof bodyRenderer>> | undefined;

/** The renderer, made on first use: the shared passages come from the edition index. */
async function makeRenderer(): Promise<ReturnType<typeof bodyRenderer>> {
  const index = await editionIndex();
  return bodyRenderer({ base: import.meta.env.BASE_URL, annotations: index.annotations, shared: await index.shared });
}

/** Render one document's body, with its outline. */
export async function renderBody(entry: TextEntry): Promise<RenderedBody> {
  renderer ??= makeRenderer();
  return (await renderer)(bodyOf(entry), entry.data);
}
