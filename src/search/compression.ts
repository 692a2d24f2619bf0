/**
 * Index files are stored gzip-compressed, as Pagefind stores its own, so the bytes on disk are
 * the bytes sent whatever the server does. A server or proxy that already removed the gzip layer
 * (Content-Encoding) hands over plain bytes; those pass through unchanged.
 */

/** Decompress a gzip stream with the platform's DecompressionStream (browsers and Node alike). */
export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Decompress and parse a JSON file of the index. */
export async function gunzipJson<T>(bytes: Uint8Array): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await gunzip(bytes))) as T;
}
