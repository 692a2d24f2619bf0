/**
 * The texts collection's loader: each content file's frontmatter (through the schema) and body,
 * keyed by slug; unchanged files kept, removed files dropped, two files with one slug refused.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { LoaderContext } from "astro/loaders";
import { afterEach, describe, expect, test } from "vitest";
import { documentSchema } from "../../src/format/schema.ts";
import { DuplicateSlugError, readBody, textsLoader } from "../../src/lib/texts-loader.ts";
import { contentFileNames } from "../../src/format/content-folder.ts";

interface Stored {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  digest?: string;
  filePath?: string;
}

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A folder holding copies of the first `count` edition files. */
function folderWith(count: number): { dir: string; names: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "texts-loader-"));
  folders.push(dir);
  const names = contentFileNames("content/texts").slice(0, count);
  for (const name of names) writeFileSync(join(dir, name), readFileSync(join("content/texts", name)));
  return { dir, names };
}

/** Run the loader over `dir` with a store that records what it is given. */
async function load(dir: string, store = new Map<string, Stored>()) {
  let parsed = 0;
  const context = {
    store: {
      get: (id: string) => store.get(id),
      set: (entry: Stored) => store.set(entry.id, entry) && true,
      delete: (id: string) => store.delete(id),
      keys: () => [...store.keys()],
    },
    parseData: ({ data }: { data: unknown }) => {
      parsed += 1;
      return Promise.resolve(documentSchema.parse(data));
    },
    generateDigest: (text: string) => String(text.length) + text.slice(-40),
    logger: { info: () => {} },
    config: { root: pathToFileURL(`${process.cwd()}/`) },
  } as unknown as LoaderContext;
  await textsLoader(dir).load(context);
  return { store, parsed };
}

describe("texts loader", () => {
  test("stores each file's validated frontmatter and its path under its slug, no body and no HTML", async () => {
    const { dir } = folderWith(3);
    const { store } = await load(dir);
    expect(store.size).toBe(3);
    for (const entry of store.values()) {
      expect(entry.data["slug"]).toBe(entry.id);
      expect(entry).not.toHaveProperty("body");
      expect(entry).not.toHaveProperty("rendered");
      // The body, read from the stored path: the Markdown after the frontmatter.
      const body = readBody(entry.filePath ?? "");
      expect(body).toMatch(/\{#[a-z]/);
      expect(body.startsWith("---")).toBe(false);
      expect(
        readFileSync(join(process.cwd(), entry.filePath ?? ""), "utf8")
          .trimEnd()
          .endsWith(body),
      ).toBe(true);
    }
  });

  test("keeps unchanged files without parsing them again and drops removed files", async () => {
    const { dir, names } = folderWith(3);
    const { store } = await load(dir);
    rmSync(join(dir, names[0] ?? ""));
    const again = await load(dir, store);
    expect(again.parsed).toBe(0);
    expect(again.store.size).toBe(2);
  });

  test("refuses two files with one slug, naming both", async () => {
    const { dir, names } = folderWith(1);
    writeFileSync(join(dir, "copy.md"), readFileSync(join(dir, names[0] ?? "")));
    await expect(load(dir)).rejects.toThrow(DuplicateSlugError);
    await expect(load(dir)).rejects.toThrow(/copy\.md/);
  });

  test("a file whose YAML does not parse is named", async () => {
    const { dir } = folderWith(0);
    writeFileSync(join(dir, "bad.md"), "---\ntitle: [unclosed\n---\n正文{#p1}\n");
    await expect(load(dir)).rejects.toThrow(/bad\.md/);
  });
});
