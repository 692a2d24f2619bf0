/**
 * An EPUB content document: XHTML5 (the XML serialisation, as EPUB 3 requires) in `zh-CN`
 * (`lang` and `xml:lang` both, which EPUB readers and epubcheck both look at), the edition's one
 * stylesheet, and no script.
 */
import { el, xmlDocument, type XmlChild } from "../xml.ts";

/** The XHTML and EPUB namespaces. */
export const xhtmlNamespace = "http://www.w3.org/1999/xhtml";
export const epubNamespace = "http://www.idpf.org/2007/ops";

/** Elements written one child a line (their content is other elements). */
const containers = new Set([
  "html",
  "head",
  "body",
  "section",
  "header",
  "nav",
  "ol",
  "ul",
  "dl",
  "div",
  "table",
  "tbody",
  "tr",
]);

/** What a page needs: its title, the stylesheet's path from the page, a body `epub:type`, the content. */
export interface PageOptions {
  title: string;
  stylesheet: string;
  bodyType?: string;
  body: XmlChild[];
}

/** Write a content document. */
export function xhtmlPage({ title, stylesheet, bodyType, body }: PageOptions): string {
  const html = el(
    "html",
    { xmlns: xhtmlNamespace, "xmlns:epub": epubNamespace, lang: "zh-CN", "xml:lang": "zh-CN" },
    el(
      "head",
      {},
      el("meta", { charset: "utf-8" }),
      el("title", {}, title),
      el("link", { rel: "stylesheet", type: "text/css", href: stylesheet }),
    ),
    el("body", { "epub:type": bodyType }, ...body),
  );
  return xmlDocument(html, { doctype: "<!DOCTYPE html>", containers });
}
