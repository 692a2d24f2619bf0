/** How much of a concordance an entry page lists: whole documents up to a limit, the rest counted. */
import { describe, expect, it } from "vitest";
import { listedGroups, listedOccurrences } from "../../src/lib/concordance.ts";

const group = (slug: string, count: number) => [slug, Array.from({ length: count }, (_, k) => k)] as const;

describe("listedGroups", () => {
  it("lists everything when the occurrences fit (the real edition's largest entry has 35)", () => {
    const groups = [group("a", 20), group("b", 15)];
    expect(listedGroups(groups)).toEqual({ listed: groups, omitted: { documents: 0, occurrences: 0 } });
  });

  it("lists whole documents in order up to the limit and counts what it leaves out", () => {
    const groups = Array.from({ length: 1000 }, (_, k) => group(`d${k}`, 3));
    const { listed, omitted } = listedGroups(groups);
    expect(listed.map(([slug]) => slug)).toEqual(groups.slice(0, 66).map(([slug]) => slug));
    expect(listed.reduce((sum, [, list]) => sum + list.length, 0)).toBeLessThanOrEqual(listedOccurrences);
    expect(omitted).toEqual({ documents: 934, occurrences: 934 * 3 });
  });

  it("never splits a document and always lists the first, however large", () => {
    const { listed, omitted } = listedGroups([group("huge", 500), group("b", 1)], 200);
    expect(listed.map(([slug]) => slug)).toEqual(["huge"]);
    expect(omitted).toEqual({ documents: 1, occurrences: 1 });
  });
});
