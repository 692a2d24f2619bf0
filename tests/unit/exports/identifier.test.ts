/** Deterministic EPUB identifiers: name-based UUIDs from slug and content hash. */
import { describe, expect, it } from "vitest";
import { documentHash, editionIdentifier, nameUuid, textIdentifier } from "../../../src/exports/identifier.ts";
import { sampleBlocks, sampleDoc } from "./sample.ts";

describe("identifiers", () => {
  it("are version-5 UUIDs (RFC 9562 layout)", () => {
    expect(nameUuid("x")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(textIdentifier("a", "b")).toMatch(/^urn:uuid:/);
  });

  it("are the same for the same slug and content, and change with either", () => {
    const hash = documentHash(sampleDoc, sampleBlocks);
    expect(documentHash(structuredClone(sampleDoc), structuredClone(sampleBlocks))).toBe(hash);
    const edited = sampleBlocks.map((b) => (b.id === "p2" ? { ...b, text: `${b.text}。` } : b));
    expect(documentHash(sampleDoc, edited)).not.toBe(hash);
    expect(textIdentifier("a", hash)).toBe(textIdentifier("a", hash));
    expect(textIdentifier("b", hash)).not.toBe(textIdentifier("a", hash));
    expect(textIdentifier("a", documentHash(sampleDoc, edited))).not.toBe(textIdentifier("a", hash));
  });

  it("identify the edition by its texts in order", () => {
    expect(editionIdentifier(["1", "2"])).toBe(editionIdentifier(["1", "2"]));
    expect(editionIdentifier(["2", "1"])).not.toBe(editionIdentifier(["1", "2"]));
  });
});
