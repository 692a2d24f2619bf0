/**
 * The built pages link with root-relative URLs (`/xiangwen/texts/…`), which a web server resolves
 * but a page opened from disk (`file://`) does not: there `/` is the root of the file system. This
 * rewrite makes every link, script, stylesheet and form target of a built HTML file relative to the
 * file's own folder (`../../texts/…`), so `dist/` and the site zip read from disk, and a copy of
 * `dist/` works wherever it is put. Pure: a string in, a string out.
 */
import { posix } from "node:path";

/** A start tag, and in it an attribute that holds a URL the browser fetches or follows. */
const startTag = /<[a-zA-Z][^>]*>/g;
const urlAttribute = /(\s(?:href|src|action)=)"([^"]*)"/g;

/**
 * `html` with the URLs under `base` made relative to `file` (its path under the site root, e.g.
 * `texts/<slug>/index.html`). Absolute URLs (`https://…`, the permalinks), fragments and `data:`
 * are kept as they are.
 */
export function relativeUrls(html: string, file: string, base: string): string {
  const folder = posix.dirname(file) === "." ? "" : posix.dirname(file);
  return html.replace(startTag, (tag) =>
    tag.replace(urlAttribute, (whole, attribute: string, url: string) => {
      if (!url.startsWith(base) || url.startsWith("//")) return whole;
      return `${attribute}"${relativeTo(folder, url.slice(base.length))}"`;
    }),
  );
}

/** A site path (`texts/x/?hl=1#p2`, relative to the site root) as seen from `folder`. */
function relativeTo(folder: string, path: string): string {
  const cut = path.search(/[?#]/);
  const [target, rest] = cut < 0 ? [path, ""] : [path.slice(0, cut), path.slice(cut)];
  const targetFolder = target.endsWith("/") || target === "" ? target.replace(/\/$/, "") : null;
  if (targetFolder === folder && rest.startsWith("#")) return rest; // same page: the fragment alone
  const relative = posix.relative(folder, targetFolder ?? target);
  if (targetFolder === null) return (relative || posix.basename(target)) + rest;
  return (relative ? `${relative}/` : "./") + rest;
}
