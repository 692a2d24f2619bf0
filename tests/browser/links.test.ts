/**
 * The link checker: every internal link, script, stylesheet and form target in every HTML file of
 * the built site resolves to a file of the site, and every `#fragment` to an element of that page —
 * old ids (aliases) included; nothing is fetched from another host. Reads dist/ from disk; no
 * browser needed, but it checks the same built site the browser tests do.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { sitePaths } from "../../src/format/urls.ts";
import { distDir } from "./harness.ts";
import { readTextExports } from "./site-data.ts";

/** Where the built site says it lives (SITE_URL + BASE_PATH), from a text page's canonical link. */
const [sample] = readTextExports();
const canonical =
  /<link rel="canonical" href="([^"]+)"/.exec(
    readFileSync(join(distDir, sitePaths.text(sample?.data.slug ?? ""), "index.html"), "utf8"),
  )?.[1] ?? "";
const site = new URL(canonical.slice(0, canonical.length - sitePaths.text(sample?.data.slug ?? "").length));

const htmlFiles = readdirSync(distDir, { recursive: true, encoding: "utf8" })
  .map((path) => path.split(sep).join("/"))
  .filter((path) => path.endsWith(".html"))
  .sort();

const idsCache = new Map<string, Set<string>>();
/** The ids of an HTML file of the site. */
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(join(distDir, file), "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ""));
    idsCache.set(file, ids);
  }
  return ids;
}

/** The file of the site a URL names (a folder → its index.html), or null when it is not the site's. */
function fileOf(url: URL): string | null {
  if (url.origin !== site.origin || !url.pathname.startsWith(site.pathname)) return null;
  const path = decodeURIComponent(url.pathname.slice(site.pathname.length));
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}

/** Every problem with the links of one HTML file. */
function brokenLinks(file: string, html = readFileSync(join(distDir, file), "utf8")): string[] {
  const here = new URL(file, site);
  const problems: string[] = [];
  for (const tag of html.matchAll(/<[a-zA-Z][^>]*>/g)) {
    for (const attr of tag[0].matchAll(/\s(href|src|action)="([^"]*)"/g)) {
      const value = (attr[2] ?? "").replaceAll("&amp;", "&");
      if (/^(mailto:|data:|javascript:)/.test(value) || value === "") continue;
      const url = new URL(value, here);
      const target = fileOf(url);
      if (target === null) {
        // Another host: a link a reader follows (a source's URL) or a reference (schema.DC) may name
        // one; nothing the browser fetches by itself may.
        const fetched =
          attr[1] !== "href" ||
          /<link\b[^>]*\srel="(?:stylesheet|icon|apple-touch-icon|manifest|preload|modulepreload|prefetch|preconnect)"/.test(
            tag[0],
          );
        if (fetched) problems.push(`${file}: fetches ${value} from another host`);
        continue;
      }
      if (!existsSync(join(distDir, target)) || statSync(join(distDir, target)).isDirectory()) {
        problems.push(`${file}: ${value} → missing ${target}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith(".html") && !idsOf(target).has(fragment))
        problems.push(`${file}: ${value} → no #${fragment} in ${target}`);
    }
  }
  return problems;
}

describe("every link of the built site", () => {
  it("covers every HTML file (pages and note fragments)", () => {
    expect(htmlFiles.length).toBeGreaterThan(readTextExports().length * 2);
    expect(htmlFiles).toContain("404.html");
  });

  it("resolves to a file of the site and, with a fragment, to an element of it", () => {
    expect(htmlFiles.flatMap((file) => brokenLinks(file))).toEqual([]);
  });

  it("includes every old id (alias) a citation may still use, on its text page", () => {
    const missing = readTextExports().flatMap(({ data }) =>
      Object.keys(data.aliases)
        .filter((old) => !idsOf(`${sitePaths.text(data.slug)}index.html`).has(old))
        .map((old) => `${data.slug}#${old}`),
    );
    expect(missing).toEqual([]);
  });

  it("finds a broken link when there is one (the checker itself)", () => {
    const page = `${sitePaths.text(sample?.data.slug ?? "")}index.html`;
    const links = [
      '<a href="#p1">',
      '<a href="#no-such-id">',
      '<a href="../no-such-text/">',
      '<link rel="stylesheet" href="https://cdn.example/x.css">',
      '<a href="https://example.org/source">',
    ].join("");
    expect(brokenLinks(page, links)).toEqual([
      `${page}: #no-such-id → no #no-such-id in ${page}`,
      `${page}: ../no-such-text/ → missing texts/no-such-text/index.html`,
      `${page}: fetches https://cdn.example/x.css from another host`,
    ]);
  });
});
