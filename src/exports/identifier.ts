/**
 * Deterministic identifiers of the exports: the same content gives the same EPUB identifier on
 * every build and machine, and a corrected text gets a new one (an EPUB reader then treats it as
 * a new release instead of silently keeping the old book).
 */
import { createHash } from "node:crypto";
import type { Block, DocumentFrontmatter } from "../format/schema.ts";

/** The edition's UUID namespace: a fixed random UUID, so these ids are distinct from anyone else's v5 ids. */
const editionNamespace = "5b0e6f4c-6a57-4f0e-9d1f-2e8c1d3a7b90";

/** SHA-256 (hex) of a document: its frontmatter and blocks, as the content file holds them. */
export function documentHash(frontmatter: DocumentFrontmatter, blocks: readonly Block[]): string {
  return createHash("sha256").update(JSON.stringify({ frontmatter, blocks })).digest("hex");
}

/** A name-based UUID (RFC 9562 version 5: SHA-1 of namespace + name) in the edition's namespace. */
export function nameUuid(name: string): string {
  const namespace = Buffer.from(editionNamespace.replace(/-/g, ""), "hex");
  const bytes = createHash("sha1").update(namespace).update(name, "utf8").digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The EPUB identifier of one text: `urn:uuid:` from its slug and content hash. */
export function textIdentifier(slug: string, contentHash: string): string {
  return `urn:uuid:${nameUuid(`text:${slug}:${contentHash}`)}`;
}

/** The EPUB identifier of the whole edition: from the content hashes of its texts, in reading order. */
export function editionIdentifier(contentHashes: readonly string[]): string {
  const all = createHash("sha256");
  for (const hash of contentHashes) all.update(hash);
  return `urn:uuid:${nameUuid(`edition:${all.digest("hex")}`)}`;
}
