/**
 * The few names of the URL rule that page scripts need (src/format/urls.ts builds every path from
 * them): kept in their own module so a text page's script does not bundle the whole of `sitePaths`.
 */

/** The service worker's file at the site root. */
export const serviceWorkerFile = "sw.js";

/** The file name of an entry's note beside its page: a mention's link + this is its note. */
export const annotationNoteFile = "note.html";

/** The query parameter of a text page that names strings to mark in the target block. */
export const highlightParam = "hl";
