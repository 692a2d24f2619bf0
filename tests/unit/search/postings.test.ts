import { describe, expect, it } from "vitest";
import { decodeCounts, decodePostings, PostingsWriter, splitPostings } from "../../../src/search/postings.ts";
import { decodeShard, encodeShard } from "../../../src/search/shard-file.ts";
import { ByteReader, ByteWriter } from "../../../src/search/varint.ts";

describe("varints", () => {
  it("round-trips small and large integers and strings", () => {
    const numbers = [0, 1, 127, 128, 300, 16_383, 16_384, 2 ** 31, 2 ** 53 - 1];
    const writer = new ByteWriter();
    for (const n of numbers) writer.uint(n);
    writer.string("碳达峰");
    const reader = new ByteReader(writer.finish());
    expect(numbers.map(() => reader.uint())).toEqual(numbers);
    expect(reader.string()).toBe("碳达峰");
    expect(reader.done()).toBe(true);
    expect(() => new ByteWriter().uint(-1)).toThrow(RangeError);
    expect(() => new ByteReader(new Uint8Array([0x80])).uint()).toThrow(RangeError);
  });
});

describe("postings", () => {
  it("round-trips positions grouped by document and block", () => {
    const writer = new PostingsWriter();
    writer.add(0, 0, [3]);
    writer.add(0, 5, [1, 200, 201]);
    writer.add(7, 2, [0]);
    writer.add(1000, 0, [12_345]);
    expect(decodePostings(writer.finish())).toEqual(
      new Map([
        [
          0,
          new Map([
            [0, [3]],
            [5, [1, 200, 201]],
          ]),
        ],
        [7, new Map([[2, [0]]])],
        [1000, new Map([[0, [12_345]]])],
      ]),
    );
  });

  it("cuts postings at document boundaries into pieces that decode on their own", () => {
    const writer = new PostingsWriter();
    for (let doc = 0; doc < 50; doc += 3) writer.add(doc, doc % 4, [doc, doc + 200]);
    const bytes = writer.finish();
    const pieces = splitPostings(bytes, 16);
    expect(pieces.length).toBeGreaterThan(3);
    const whole = decodePostings(bytes);
    expect(new Map(pieces.flatMap((piece) => [...decodePostings(piece.bytes)]))).toEqual(whole);
    for (const piece of pieces) {
      expect(piece.bytes.length).toBeLessThanOrEqual(16);
      expect([...decodePostings(piece.bytes).keys()][0]).toBe(piece.firstDoc);
    }
    expect(splitPostings(bytes, Infinity)).toEqual([{ firstDoc: 0, bytes }]);
    expect(decodeCounts(bytes).get(3)).toEqual(new Map([[3, { count: 2, first: 3 }]]));
  });

  it("refuses postings out of reading order", () => {
    const writer = new PostingsWriter();
    writer.add(3, 4, [0]);
    expect(() => writer.add(3, 4, [1])).toThrow(/order/);
    expect(() => writer.add(2, 9, [1])).toThrow(/order/);
  });

  it("stores keys with their postings or the number of a separate file", () => {
    const shard = encodeShard([
      { gram: "展", postings: new Uint8Array([1, 2, 3]) },
      { gram: "发展", file: 4, firstDocs: [0, 17, 300] },
      { gram: "发", postings: new Uint8Array([9]) },
    ]);
    const slots = decodeShard(shard);
    expect([...slots.keys()]).toEqual(["发", "发展", "展"]);
    expect(slots.get("发")).toEqual({ postings: new Uint8Array([9]) });
    expect(slots.get("发展")).toEqual({ file: 4, firstDocs: [0, 17, 300] });
    expect(slots.get("展")).toEqual({ postings: new Uint8Array([1, 2, 3]) });
  });
});
