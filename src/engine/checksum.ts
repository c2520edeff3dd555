// Offline checksums carried by some token formats: a match whose checksum fails is not that token.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** CRC-32 (IEEE), from zlib, loaded on first use. */
export function crc32(text: string): number {
  return (require("node:zlib") as typeof import("node:zlib")).crc32(text);
}

export const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

export function base62(n: number, width: number): string {
  let out = "";
  for (let v = n; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out.padStart(width, "0");
}

/**
 * GitHub's token format (ghp_, gho_, ghu_, ghs_, ghr_) and npm's (npm_): a prefix, 30 random base62
 * characters, then the CRC32 of those 30 characters in base62, zero-padded to 6 characters.
 * See https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
 */
export function validBase62Crc32(token: string): boolean {
  const sep = token.indexOf("_");
  const body = token.slice(sep + 1);
  if (body.length !== 36) return false;
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}

export const CHECKSUMS = { "base62-crc32": validBase62Crc32 } as const;
export type ChecksumName = keyof typeof CHECKSUMS;
