/**
 * A small static server for the built site (`npm start`, `npm run preview`, browser tests):
 * directory → index.html, a 404 page, MIME types for the site's files including Pagefind's.
 * `PORT` (default 4321); `node scripts/serve.ts [dir]` serves another folder than dist/.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { normaliseBase } from "../src/format/urls.ts";

const mimeTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".wasm": "application/wasm",
  ".epub": "application/epub+zip",
  ".zip": "application/zip",
};

/** MIME type by extension; Pagefind's `.pf_*` index files and `.pagefind` wasm are binary. */
export function mimeType(path: string): string {
  return mimeTypes[extname(path).toLowerCase()] ?? "application/octet-stream";
}

/** The file to send for a URL path, or null (outside the root or missing). */
async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  let path: string;
  try {
    path = resolve(root, `.${decodeURIComponent(urlPath)}`);
  } catch {
    return null;
  }
  if (path !== root && !path.startsWith(root + sep)) return null;
  const info = await stat(path).catch(() => null);
  if (info?.isFile()) return path;
  if (info?.isDirectory()) {
    const index = join(path, "index.html");
    return (await stat(index).catch(() => null))?.isFile() ? index : null;
  }
  return null;
}

/** Options of `startServer`; `base` is the path the site was built for (`BASE_PATH`). */
export interface ServeOptions {
  root: string;
  port?: number;
  base?: string;
}

/** Start serving `root` on 127.0.0.1; `port: 0` picks a free port. Resolves once listening. */
export async function startServer(options: ServeOptions): Promise<{ server: Server; url: string }> {
  const root = resolve(options.root);
  const base = normaliseBase(options.base);
  const server = createServer((request, response) => {
    void respond(request, response).catch(() => {
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });
  /** Answer one request from the files under root. */
  async function respond(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const fullPath = new URL(request.url ?? "/", "http://localhost").pathname;
    // A site built for /xiangwen/ lives at dist/ but is linked as /xiangwen/...
    const urlPath = fullPath.startsWith(base) ? fullPath.slice(base.length - 1) : null;
    const file = urlPath === null ? null : await resolveFile(root, urlPath);
    const notFound = file ? null : await resolveFile(root, "/404.html");
    const sendPath = file ?? notFound;
    response.statusCode = file ? 200 : 404;
    response.setHeader("Content-Type", sendPath ? mimeType(sendPath) : "text/plain; charset=utf-8");
    if (!sendPath) return void response.end("404 Not Found\n");
    if (request.method === "HEAD") return void response.end();
    createReadStream(sendPath).pipe(response);
  }
  await new Promise<void>((done) => server.listen(options.port ?? 0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}${base}` };
}

// Run as a program: serve dist/ (or the given folder) until stopped.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? "dist";
  const port = Number(process.env["PORT"] ?? 4321);
  const { url } = await startServer({ root, port, base: process.env["BASE_PATH"] ?? "/" });
  process.stdout.write(`Serving ${resolve(root)} at ${url}\n`);
}
