/**
 * Every page of the build is published as `pageForDisk` makes it (src/offline/page-for-disk.ts):
 * links relative to the page, so the site reads from disk, and its Content-Security-Policy. Done
 * here, as Astro renders each page, rather than over the written files afterwards, which read and
 * wrote the site's pages a second time (measured at 15,000 documents: 1 GB, ≈ 38 s). Not on the
 * dev server, whose pages load Vite's client from the server's root with inline scripts of its own.
 */
import { defineMiddleware } from "astro:middleware";
import { normaliseBase } from "./format/urls.ts";
import { builtFileOf, pageForDisk } from "./offline/page-for-disk.ts";

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (import.meta.env.DEV || !response.headers.get("content-type")?.startsWith("text/html")) return response;
  const base = normaliseBase(import.meta.env.BASE_URL);
  // The not-found page (status 404) is shown at any depth.
  const file = response.status === 404 ? null : builtFileOf(context.url.pathname, base);
  const html = pageForDisk(await response.text(), file, base);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
