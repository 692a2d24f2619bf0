/** Load a converter fixture (`tests/fixtures/<quirk>/input.txt` + optional `input.yaml`) and convert it. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { convertSource, type ConvertedDocument } from "../../../scripts/lib/convert-source.ts";
import { parseSidecar } from "../../../scripts/lib/sidecar.ts";

export const fixturesDir = join(import.meta.dirname, "../../fixtures");

/** Convert one fixture folder. */
export function convertFixture(name: string): ConvertedDocument[] {
  const dir = join(fixturesDir, name);
  const sidecarPath = join(dir, "input.yaml");
  const sidecar = existsSync(sidecarPath) ? parseSidecar("input.yaml", readFileSync(sidecarPath, "utf8")) : null;
  return convertSource("input.txt", readFileSync(join(dir, "input.txt")), sidecar, "input.yaml").documents;
}

/** The readable summary of a conversion that `expected.json` holds. */
export function summarise(documents: readonly ConvertedDocument[]): unknown[] {
  return documents.map(({ frontmatter: fm, blocks, facts }) => ({
    ...(facts?.slug ? { slug: facts.slug } : {}),
    title: fm.title,
    titleSupplied: fm.titleSupplied,
    ...(fm.kicker ? { kicker: fm.kicker } : {}),
    ...(fm.subtitle ? { subtitle: fm.subtitle } : {}),
    kind: fm.kind,
    date: fm.date,
    dateInferred: fm.dateInferred,
    ...(fm.dateline ? { dateline: fm.dateline } : {}),
    ...(fm.place ? { place: fm.place } : {}),
    ...(fm.issuer ? { issuer: fm.issuer } : {}),
    byline: fm.byline,
    encoding: fm.source.encoding,
    blocks: blocks.map((b) => `${b.type === "heading" ? `${"#".repeat(b.level ?? 2)} ` : ""}${b.id}: ${b.text}`),
    apparatus: fm.apparatus.map((a) => `${a.block ?? "title"} ${a.kind}${a.text ? `: ${a.text}` : ""}`),
  }));
}
