/** Load a converter fixture (`tests/fixtures/<quirk>/input.txt` + optional `input.yaml`) and convert it. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { convertSource, type ConvertedDocument } from "../../../scripts/lib/convert-source.ts";
import { parseSidecar } from "../../../scripts/lib/sidecar.ts";
import { orderedBySchema } from "../../../src/format/content-file.ts";
import { documentSchema } from "../../../src/format/schema.ts";

export const fixturesDir = join(import.meta.dirname, "../../fixtures");

/** Convert one fixture folder. */
export function convertFixture(name: string): ConvertedDocument[] {
  const dir = join(fixturesDir, name);
  const sidecarPath = join(dir, "input.yaml");
  const sidecar = existsSync(sidecarPath) ? parseSidecar("input.yaml", readFileSync(sidecarPath, "utf8")) : null;
  return convertSource("input.txt", readFileSync(join(dir, "input.txt")), sidecar, "input.yaml").documents;
}

/** What `expected.json` holds: every output field of every document (frontmatter in schema order, blocks, facts). */
export function summarise(documents: readonly ConvertedDocument[]): unknown[] {
  return documents.map(({ frontmatter, blocks, facts }) => ({
    frontmatter: orderedBySchema(frontmatter, documentSchema),
    blocks,
    ...(facts ? { facts } : {}),
  }));
}
