// src/sources/encoding.ts
var SNIFF = 8e3;
var UTF16_ASCII_SHARE = 0.9;
function isBinary(bytes) {
  return bytes.subarray(0, SNIFF).includes(0);
}
function asText(bytes) {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 239 && b1 === 187 && b2 === 191) return utf8(bytes.subarray(3));
  if (b0 === 255 && b1 === 254) {
    if (b2 === 0 && b3 === 0) return { kind: "undecodable", reason: "UTF-32 text is not scanned (convert it to UTF-8)" };
    return utf16(bytes.subarray(2), "utf-16le", true);
  }
  if (b0 === 254 && b1 === 255) return utf16(bytes.subarray(2), "utf-16be", true);
  if (b0 === 0 && b1 === 0 && b2 === 254 && b3 === 255) return { kind: "undecodable", reason: "UTF-32 text is not scanned (convert it to UTF-8)" };
  if (!isBinary(bytes)) return { kind: "text", bytes, encoding: "utf-8" };
  const guess = utf16Guess(bytes);
  return guess ? utf16(bytes, guess, false) : { kind: "binary" };
}
function utf8(bytes) {
  return isBinary(bytes) ? { kind: "binary" } : { kind: "text", bytes, encoding: "utf-8" };
}
function utf16(bytes, encoding, marked) {
  let text;
  try {
    if (bytes.length % 2 !== 0) throw new Error(`an odd number of bytes (${bytes.length})`);
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (err) {
    if (!marked) return { kind: "binary" };
    const why = err instanceof Error && err.message.startsWith("an odd") ? err.message : "bytes that are not UTF-16";
    return { kind: "undecodable", reason: `starts with a ${encoding.toUpperCase()} byte-order mark but holds ${why}: not scanned` };
  }
  if (text.slice(0, SNIFF).includes("\0")) return { kind: "binary" };
  return { kind: "text", bytes: Buffer.from(text, "utf8"), encoding };
}
function utf16Guess(bytes) {
  const units = Math.floor(Math.min(bytes.length, SNIFF) / 2);
  if (units < 2) return void 0;
  let le = 0;
  let be = 0;
  for (let i = 0; i < units; i++) {
    const a = bytes[2 * i];
    const b = bytes[2 * i + 1];
    if (b === 0 && a !== 0 && a < 128) le++;
    else if (a === 0 && b !== 0 && b < 128) be++;
  }
  if (le >= units * UTF16_ASCII_SHARE) return "utf-16le";
  if (be >= units * UTF16_ASCII_SHARE) return "utf-16be";
  return void 0;
}

export {
  asText
};
