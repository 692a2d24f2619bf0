/**
 * The JavaScript a built page makes the browser fetch before it runs: its module scripts and
 * their static imports, followed through the bundle (dynamic `import()`s load later, on use, and
 * are left out). Sizes gzip-compressed, as a server sends them.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { gzipSync } from "node:zlib";

/** Static import specifiers of a module's code (`import{…}from"./x.js"`, `import"./y.js"`). */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[^.\w$])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)].map(
    (m) => m[1] ?? "",
  );
}

/** Site paths (from the site root) of the scripts a page loads and everything they import statically. */
export function pageScripts(site: string, page: string): string[] {
  const html = readFileSync(join(site, page), "utf8");
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path) || !existsSync(join(site, path))) return;
    seen.add(path);
    const code = readFileSync(join(site, path), "utf8");
    for (const spec of staticImports(code))
      visit(spec.startsWith("/") ? spec.slice(1) : posix.join(posix.dirname(path), spec));
  };
  for (const match of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) visit((match[1] ?? "").replace(/^\/+/, ""));
  for (const match of html.matchAll(/<script[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const spec of staticImports(match[1] ?? "")) visit(spec.replace(/^\/+/, ""));
  }
  return [...seen];
}

/** Gzip bytes of a page's scripts (see `pageScripts`). */
export function pageScriptBytes(site: string, page: string): number {
  return pageScripts(site, page).reduce(
    (sum, path) => sum + gzipSync(readFileSync(join(site, path)), { level: 9 }).length,
    0,
  );
}
