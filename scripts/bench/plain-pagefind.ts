/**
 * Plain Pagefind over a corpus of content files, the benchmark's comparison row: each document as
 * the HTML the site renders for Pagefind (blocks with their ids inside data-pagefind-body, title
 * and filters as meta), indexed through Pagefind's Node API without an Astro build, so the
 * benchmark can index 15,000 documents.
 */
import * as pagefind from "pagefind";
import type { ContentDocument } from "../../src/format/content-file.ts";
import { sitePaths } from "../../src/format/urls.ts";
import { escapeHtml } from "../../src/search/excerpt.ts";
import { yearOf } from "../../src/search/index-layout.ts";

/** The HTML Pagefind sees of a document page (the site's own markup, reduced to what it indexes). */
export function pagefindHtml(doc: ContentDocument): string {
  const { title, slug, kind, date, source } = doc.frontmatter;
  const filters = [
    `<meta data-pagefind-meta="title[content]" content="${escapeHtml(title)}">`,
    `<meta data-pagefind-meta="slug[content]" content="${escapeHtml(slug)}">`,
    `<meta data-pagefind-filter="kind[content]" content="${kind}">`,
    `<meta data-pagefind-filter="year[content]" content="${yearOf(date)}">`,
    `<meta data-pagefind-filter="source[content]" content="${escapeHtml(source.file)}">`,
  ];
  const blocks = doc.blocks.map((block) => {
    const tag = block.type === "heading" ? `h${block.level ?? 2}` : "p";
    return `<${tag} id="${block.id}">${escapeHtml(block.text)}</${tag}>`;
  });
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${filters.join("")}</head><body><h1>${escapeHtml(title)}</h1><div data-pagefind-body>${blocks.join("\n")}</div></body></html>`;
}

/** Index the documents with Pagefind and write the bundle to `outDir`. */
export async function writePlainPagefind(docs: readonly ContentDocument[], outDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind could not start: ${errors.join("; ")}`);
  for (const doc of docs) {
    const added = await index.addHTMLFile({
      url: `/${sitePaths.text(doc.frontmatter.slug)}`,
      content: pagefindHtml(doc),
    });
    if (added.errors.length) throw new Error(`pagefind: ${doc.frontmatter.slug}: ${added.errors.join("; ")}`);
  }
  const written = await index.writeFiles({ outputPath: outDir });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
  await index.deleteIndex();
}

/** Stop Pagefind's indexing service (it keeps the process alive otherwise). */
export async function closePagefind(): Promise<void> {
  await pagefind.close();
}
