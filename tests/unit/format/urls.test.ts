/** The one URL rule and the one base-path rule. */
import { describe, expect, it } from "vitest";
import {
  absoluteUrl,
  baseOfTextUrl,
  joinBase,
  normaliseBase,
  previewSite,
  siteFromEnv,
  sitePaths,
  slugFromPath,
} from "../../../src/format/urls.ts";

describe("base path", () => {
  it.each([
    [undefined, "/"],
    ["", "/"],
    ["/", "/"],
    ["xiangwen", "/xiangwen/"],
    ["/xiangwen", "/xiangwen/"],
    ["//xiangwen//", "/xiangwen/"],
    ["/a/b/", "/a/b/"],
  ])("%j → %s", (value, base) => expect(normaliseBase(value)).toBe(base));

  it("joins any base with a path", () => {
    expect(joinBase("/", "texts/a/")).toBe("/texts/a/");
    expect(joinBase("/xiangwen/", "/texts/a/")).toBe("/xiangwen/texts/a/");
    expect(joinBase("/xiangwen", "texts/a/")).toBe("/xiangwen/texts/a/");
  });
});

describe("site paths", () => {
  it("spells every kind of link", () => {
    expect(sitePaths.text("a-b")).toBe("texts/a-b/");
    expect(sitePaths.block("a-b", "p12")).toBe("texts/a-b/#p12");
    expect(sitePaths.searchFor("长株潭 2030年")).toBe("search/?q=%E9%95%BF%E6%A0%AA%E6%BD%AD%202030%E5%B9%B4");
    expect(sitePaths.citation("a-b", "bib")).toBe("cite/a-b.bib");
    expect(sitePaths.textData("a-b")).toBe("data/texts/a-b.json");
    expect(sitePaths.corpusData()).toBe("data/corpus.json");
    expect(sitePaths.search()).toBe("search/");
    expect(sitePaths.home()).toBe("");
    expect(sitePaths.tei("a-b")).toBe("data/tei/a-b.xml");
    expect(sitePaths.plainText("a-b")).toBe("data/txt/a-b.txt");
    expect(sitePaths.epub("a-b")).toBe("downloads/a-b.epub");
    expect(sitePaths.editionEpub()).toBe("downloads/xiangwen.epub");
  });

  it("makes absolute URLs under any base and reads the base back", () => {
    const url = absoluteUrl("https://example.org", "/xiangwen/", sitePaths.text("a-b"));
    expect(url).toBe("https://example.org/xiangwen/texts/a-b/");
    expect(absoluteUrl("https://example.org", "/", sitePaths.text("a-b"))).toBe("https://example.org/texts/a-b/");
    expect(baseOfTextUrl(url, "a-b")).toBe("/xiangwen/");
    expect(baseOfTextUrl("https://example.org/texts/a-b/", "a-b")).toBe("/");
  });

  it("finds the slug in a path or URL", () => {
    expect(slugFromPath("/xiangwen/texts/a-b/#p3")).toBe("a-b");
    expect(slugFromPath("texts/a-b/")).toBe("a-b");
    expect(slugFromPath("/search/")).toBeNull();
  });
});

describe("the site address", () => {
  it("is SITE_URL when set, quietly", () => {
    const warnings: string[] = [];
    expect(siteFromEnv({ SITE_URL: "https://example.org" }, (m) => warnings.push(m))).toBe("https://example.org");
    expect(warnings).toEqual([]);
  });
  it("is the preview address with a loud warning naming SITE_URL when unset", () => {
    const warnings: string[] = [];
    expect(siteFromEnv({}, (m) => warnings.push(m))).toBe(previewSite);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/SITE_URL is not set/);
    expect(warnings[0]).toContain("http://localhost:4321/");
  });
});
