/**
 * Shared setup of a browser test file: one static server on a free loopback port serving
 * dist/, one Chromium, and a guard that records (and blocks) any request to another host.
 */
import { resolve } from "node:path";
import type { Server } from "node:http";
import { expect } from "vitest";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { startServer } from "../../scripts/serve.ts";
import { launchChromium } from "./find-chromium.ts";

/** The built site the tests run against. */
export const distDir = resolve(import.meta.dirname, "../../dist");
/** axe-core's browser bundle, injected into pages for accessibility checks. */
export const axePath = resolve(import.meta.dirname, "../../node_modules/axe-core/axe.min.js");

/** A running site + browser for one test file. */
export interface Harness {
  browser: Browser;
  /** `http://127.0.0.1:<port>/` */
  baseUrl: string;
  /** URLs of requests that tried to leave the loopback host (blocked). */
  externalRequests: string[];
  /** URLs of requests served by the site (or data: URLs), in every context of the harness. */
  localRequests: string[];
  /** A new browser context with the loopback guard installed. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A fresh page (in `context`, else in a new one) with the site-relative `path` loaded. */
  open(path: string, context?: BrowserContext): Promise<Page>;
  /**
   * Load each path in a fresh context until the network is idle, then assert that the site served
   * them (a check that loaded nothing fails) and that no request of the harness left the host.
   */
  expectOnlyLocalRequests(paths: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

const loopbackHosts = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Which built site to serve: dist/ at / unless a test built another one (e.g. under a base path). */
export interface HarnessOptions {
  root?: string;
  base?: string;
}

/** Start the server and Chromium; call `close()` in afterAll. */
export async function openHarness(options: HarnessOptions = {}): Promise<Harness> {
  const { server, url } = await startServer({ root: options.root ?? distDir, port: 0, base: options.base ?? "/" });
  const browser = await launchChromium();
  const externalRequests: string[] = [];
  const localRequests: string[] = [];
  const harness: Harness = {
    browser,
    baseUrl: url,
    externalRequests,
    localRequests,
    async newContext(options = {}) {
      const context = await browser.newContext(options);
      await context.route("**/*", (route) => {
        const requestUrl = new URL(route.request().url());
        const local = requestUrl.protocol === "data:" || loopbackHosts.has(requestUrl.hostname);
        (local ? localRequests : externalRequests).push(requestUrl.href);
        return local ? route.continue() : route.abort();
      });
      return context;
    },
    async open(path, context) {
      const page = await (context ?? (await harness.newContext())).newPage();
      await page.goto(url + path.replace(/^\//, ""));
      return page;
    },
    async expectOnlyLocalRequests(paths) {
      expect(paths.length, "no page to load").toBeGreaterThan(0);
      const before = localRequests.length;
      const context = await harness.newContext();
      for (const path of paths) {
        const page = await context.newPage();
        const response = await page.goto(url + path.replace(/^\//, ""), { waitUntil: "networkidle" });
        expect(response?.status(), `${path} was not served`).toBe(200);
        await page.close();
      }
      await context.close();
      expect(localRequests.length - before).toBeGreaterThanOrEqual(paths.length);
      expect(externalRequests).toEqual([]);
    },
    async close() {
      await browser.close();
      await closeServer(server);
    },
  };
  return harness;
}

/** Stop the static server. */
function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}
