import { posix } from "node:path";
import { describe, expect, it } from "vitest";
import { relativePath, relativeUrls } from "../../../src/offline/relative-urls.ts";

const page = (attributes: string) => `<a ${attributes}>x</a>`;

describe("relativeUrls", () => {
  it("makes links to other pages relative to the page's folder", () => {
    const html = page('href="/texts/b/#p3"');
    expect(relativeUrls(html, "texts/a/index.html", "/")).toBe(page('href="../b/#p3"'));
    expect(relativeUrls(html, "index.html", "/")).toBe(page('href="texts/b/#p3"'));
    expect(relativeUrls(page('href="/"'), "texts/a/index.html", "/")).toBe(page('href="../../"'));
    expect(relativeUrls(page('href="/"'), "index.html", "/")).toBe(page('href="./"'));
  });

  it("keeps a link into the same page as its fragment, and the query of a link to itself", () => {
    expect(relativeUrls(page('href="/texts/a/#p3"'), "texts/a/index.html", "/")).toBe(page('href="#p3"'));
    expect(relativeUrls(page('href="/texts/a/?hl=%E6%B9%98#p3"'), "texts/a/index.html", "/")).toBe(
      page('href="./?hl=%E6%B9%98#p3"'),
    );
  });

  it("rewrites files, scripts, stylesheets and forms, under any base", () => {
    const html =
      '<link rel="stylesheet" href="/x/_astro/a.css"><script type="module" src="/x/_astro/b.js"></script><form action="/x/search/"></form><a href="/x/data/tei/a.xml">';
    expect(relativeUrls(html, "texts/a/index.html", "/x/")).toBe(
      '<link rel="stylesheet" href="../../_astro/a.css"><script type="module" src="../../_astro/b.js"></script><form action="../../search/"></form><a href="../../data/tei/a.xml">',
    );
  });

  it("leaves absolute URLs, other bases, fragments and data: alone", () => {
    const html =
      '<link rel="canonical" href="https://example.org/x/texts/a/"><a href="//cdn.example/y"><a href="/elsewhere/"><a href="#p1"><link rel="icon" href="data:,">';
    expect(relativeUrls(html, "texts/a/index.html", "/x/")).toBe(html);
  });

  it("changes nothing in text or other attributes", () => {
    const html = '<p data-url="/texts/b/" data-href="/texts/b/" title="/texts/b/">见 /texts/b/ 与 href="/texts/b/"</p>';
    expect(relativeUrls(html, "texts/a/index.html", "/")).toBe(html);
  });
});

describe("relativePath", () => {
  it("agrees with posix.relative on every pair of short paths, plain or not", () => {
    const parts = ["a", "b", "ab", ".", "..", ""];
    const paths = [""];
    for (const first of parts) {
      paths.push(first);
      for (const second of parts) {
        paths.push(`${first}/${second}`);
        for (const third of parts) paths.push(`${first}/${second}/${third}`);
      }
    }
    for (const from of paths)
      for (const to of paths) expect(relativePath(from, to), `${from} → ${to}`).toBe(posix.relative(from, to));
  });
});
