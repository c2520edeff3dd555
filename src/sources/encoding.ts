// What a file's bytes are: UTF-8 text (scanned as it is), UTF-16 text (decoded to UTF-8, so lines,
// columns and secrets are those of the decoded text), or binary. Shared by every source, so a
// PowerShell script or a .reg file saved as UTF-16 is scanned wherever it is met.

export type TextResult =
  | { kind: "text"; bytes: Buffer; encoding: "utf-8" | "utf-16le" | "utf-16be" }
  | { kind: "binary" }
  /** a byte-order mark says text, but the bytes are not: not scanned, and reported */
  | { kind: "undecodable"; reason: string };

// git's heuristic looks this far for a NUL byte
const SNIFF = 8000;
// BOM-less UTF-16 LE (BE): at least this share of the sniffed code units is one ASCII byte and a zero
const UTF16_ASCII_SHARE = 0.9;

/** Git's heuristic: a NUL byte in the first 8000 bytes means binary. */
export function isBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, SNIFF).includes(0);
}

/** The text in `bytes`, decoded to UTF-8 when it is UTF-16; binary otherwise. */
export function asText(bytes: Buffer): TextResult {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return utf8(bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) {
    // FF FE 00 00 is the UTF-32 LE mark (UTF-16 LE text cannot start with U+0000)
    if (b2 === 0 && b3 === 0)
      return { kind: "undecodable", reason: "UTF-32 text is not scanned (convert it to UTF-8)" };
    return utf16(bytes.subarray(2), "utf-16le", true);
  }
  if (b0 === 0xfe && b1 === 0xff) return utf16(bytes.subarray(2), "utf-16be", true);
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
    return { kind: "undecodable", reason: "UTF-32 text is not scanned (convert it to UTF-8)" };
  if (!isBinary(bytes)) return { kind: "text", bytes, encoding: "utf-8" };
  const guess = utf16Guess(bytes);
  return guess ? utf16(bytes, guess, false) : { kind: "binary" };
}

function utf8(bytes: Buffer): TextResult {
  return isBinary(bytes) ? { kind: "binary" } : { kind: "text", bytes, encoding: "utf-8" };
}

/**
 * Decodes UTF-16. With a byte-order mark, bytes that are not UTF-16 (an odd length, a lone
 * surrogate) are a reported failure; without one the guess was wrong and the file is binary.
 */
function utf16(bytes: Buffer, encoding: "utf-16le" | "utf-16be", marked: boolean): TextResult {
  let text: string;
  try {
    if (bytes.length % 2 !== 0) throw new Error(`an odd number of bytes (${bytes.length})`);
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (err) {
    if (!marked) return { kind: "binary" };
    const why = err instanceof Error && err.message.startsWith("an odd") ? err.message : "bytes that are not UTF-16";
    return {
      kind: "undecodable",
      reason: `starts with a ${encoding.toUpperCase()} byte-order mark but holds ${why}: not scanned`,
    };
  }
  // NUL characters in decoded text: binary after all, as git would judge UTF-8
  if (text.slice(0, SNIFF).includes("\0")) return { kind: "binary" };
  return { kind: "text", bytes: Buffer.from(text, "utf8"), encoding };
}

/** UTF-16 without a byte-order mark, when nearly every sniffed code unit is an ASCII character. */
function utf16Guess(bytes: Buffer): "utf-16le" | "utf-16be" | undefined {
  const units = Math.floor(Math.min(bytes.length, SNIFF) / 2);
  if (units < 2) return undefined;
  let le = 0;
  let be = 0;
  for (let i = 0; i < units; i++) {
    const a = bytes[2 * i]!;
    const b = bytes[2 * i + 1]!;
    if (b === 0 && a !== 0 && a < 0x80) le++;
    else if (a === 0 && b !== 0 && b < 0x80) be++;
  }
  if (le >= units * UTF16_ASCII_SHARE) return "utf-16le";
  if (be >= units * UTF16_ASCII_SHARE) return "utf-16be";
  return undefined;
}
