/**
 * Decode the bytes of a source file into text: UTF-8 (with or without BOM), UTF-16 with BOM, or
 * GB18030/GBK. Anything else — binary data, an empty file, an oversized file, text without a
 * single Han character — is refused with a ConvertError that says where and why.
 */
import { ConvertError } from "./errors.ts";

/** Sources larger than this are refused: the largest real source is ~31 KB. */
export const maxSourceBytes = 5 * 1024 * 1024;

export interface DecodedSource {
  text: string;
  encoding: "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";
  /** Bytes of an incomplete UTF-8 sequence cut off at the end of the file, dropped (for the apparatus). */
  droppedTail?: number[];
}

function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Length of an incomplete UTF-8 sequence at the very end (a file cut short mid-character), 0 when
 * the file ends on a whole character or the tail is not the start of a sequence at all.
 */
function truncatedTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead
    const length = byte >= 0xf0 && byte < 0xf5 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 && byte < 0xe0 ? 2 : 0;
    return length > back ? back : 0;
  }
  return 0;
}

/** Offset of the first byte that starts an invalid UTF-8 sequence, for the error message. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] ?? 0;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead < 0xe0
          ? 2
          : lead >= 0xe0 && lead < 0xf0
            ? 3
            : lead >= 0xf0 && lead < 0xf5
              ? 4
              : 0;
    if (length === 0 || strictDecode("utf-8", bytes.subarray(i, i + length)) === null) return i;
    i += length;
  }
  return bytes.length;
}

/** Decode `bytes` read from `file`; throws ConvertError on bad input. */
export function decodeSource(file: string, bytes: Uint8Array): DecodedSource {
  if (bytes.length === 0) throw new ConvertError(file, "the file is empty");
  if (bytes.length > maxSourceBytes) {
    throw new ConvertError(file, `the file is ${bytes.length} bytes, over the limit of ${maxSourceBytes}`);
  }
  let decoded: DecodedSource | null = null;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictDecode("utf-8", bytes.subarray(3));
    if (text === null) throw new ConvertError(file, "has a UTF-8 byte order mark but is not valid UTF-8");
    decoded = { text, encoding: "utf-8-bom" };
  } else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const encoding = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    const text = strictDecode(encoding, bytes.subarray(2));
    if (text === null) throw new ConvertError(file, `has a ${encoding} byte order mark but is not valid ${encoding}`);
    decoded = { text, encoding };
  } else {
    const nul = bytes.indexOf(0);
    if (nul >= 0)
      throw new ConvertError(
        file,
        "contains NUL bytes: binary data, or UTF-16 without a byte order mark",
        `byte ${nul}`,
      );
    const utf8 = strictDecode("utf-8", bytes);
    const tail = utf8 === null ? truncatedTail(bytes) : 0;
    const cut = tail > 0 ? strictDecode("utf-8", bytes.subarray(0, bytes.length - tail)) : null;
    if (utf8 !== null) decoded = { text: utf8, encoding: "utf-8" };
    // UTF-8 whose only fault is a last character cut short: UTF-8, not GB18030 mojibake.
    else if (cut !== null)
      decoded = { text: cut, encoding: "utf-8", droppedTail: [...bytes.subarray(bytes.length - tail)] };
    else {
      const gb = strictDecode("gb18030", bytes);
      if (gb === null) {
        throw new ConvertError(file, "is neither valid UTF-8 nor GB18030", `byte ${firstInvalidUtf8Offset(bytes)}`);
      }
      decoded = { text: gb, encoding: "gb18030" };
    }
  }
  const control = /[\u0000-\u0008\u000e-\u001f\u007f]/.exec(decoded.text);
  if (control) {
    throw new ConvertError(
      file,
      `contains the control character U+${control[0].charCodeAt(0).toString(16).padStart(4, "0")}: binary data?`,
      `character ${control.index}`,
    );
  }
  if (decoded.text.trim() === "") throw new ConvertError(file, "contains only whitespace");
  if (!/\p{Script=Han}/u.test(decoded.text)) throw new ConvertError(file, "contains no Chinese (Han) characters");
  return decoded;
}
