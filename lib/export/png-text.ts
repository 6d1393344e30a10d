/**
 * PNG text chunks (iTXt, UTF-8): exported charts carry their title, state, source and link inside
 * the file too, so an image pasted into a deck can still be traced to its view.
 */
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function isPng(png: Uint8Array): boolean {
  return SIGNATURE.every((byte, index) => png[index] === byte);
}

/** An uncompressed iTXt chunk: keyword NUL, flag 0, method 0, empty language NUL, empty translated keyword NUL, text. */
function iTxtChunk(keyword: string, text: string): Uint8Array {
  const encoder = new TextEncoder();
  const data = new Uint8Array([...encoder.encode(keyword.slice(0, 79)), 0, 0, 0, 0, 0, ...encoder.encode(text)]);
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(encoder.encode("iTXt"), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

/** The PNG with one iTXt chunk per entry, placed right after the header chunk (IHDR). */
export function addPngText(png: Uint8Array, entries: Record<string, string>): Uint8Array {
  if (!isPng(png)) throw new Error("Not a PNG");
  const headerEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8);
  const chunks = Object.entries(entries).map(([keyword, text]) => iTxtChunk(keyword, text));
  const out = new Uint8Array(png.length + chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  out.set(png.subarray(0, headerEnd));
  let offset = headerEnd;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  out.set(png.subarray(headerEnd), offset);
  return out;
}

/** The iTXt entries of a PNG (keyword → text), e.g. to check what an export says it shows. */
export function readPngText(png: Uint8Array): Record<string, string> {
  if (!isPng(png)) throw new Error("Not a PNG");
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const decoder = new TextDecoder();
  const entries: Record<string, string> = {};
  for (let offset = 8; offset + 12 <= png.length;) {
    const length = view.getUint32(offset);
    const type = decoder.decode(png.subarray(offset + 4, offset + 8));
    if (type === "iTXt") {
      const data = png.subarray(offset + 8, offset + 8 + length);
      const keywordEnd = data.indexOf(0);
      // After the keyword: compression flag and method, then language and translated keyword, each NUL-terminated.
      const languageEnd = data.indexOf(0, keywordEnd + 3);
      const translatedEnd = data.indexOf(0, languageEnd + 1);
      entries[decoder.decode(data.subarray(0, keywordEnd))] = decoder.decode(data.subarray(translatedEnd + 1));
    }
    if (type === "IEND") break;
    offset += 12 + length;
  }
  return entries;
}
