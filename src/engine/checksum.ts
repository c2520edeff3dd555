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

// Discord's epoch (2015-01-01T00:00:00Z) and a far bound: a snowflake's top 42 bits are milliseconds since that epoch
const DISCORD_EPOCH_MS = 1_420_070_400_000n;
const SNOWFLAKE_LATEST_MS = 2_208_988_800_000n; // 2040-01-01: no clock is read, the bound is fixed

/**
 * Discord bot token: three dot-separated base64url parts; the first is the bot's user id (a
 * "snowflake", 17-20 decimal digits) in base64 without padding. A random string almost never
 * decodes to such a number, so this tells a token from look-alikes without the word "discord".
 * See https://discord.com/developers/docs/reference#snowflakes
 */
export function validDiscordSnowflake(token: string): boolean {
  const first = token.slice(0, token.indexOf("."));
  if (!/^[A-Za-z0-9_-]{23,27}$/.test(first)) return false;
  const id = Buffer.from(first, "base64url").toString("latin1");
  // re-encoding must give the same text: a stray last character would otherwise be dropped
  if (Buffer.from(id, "latin1").toString("base64url") !== first) return false;
  if (!/^[1-9][0-9]{16,19}$/.test(id)) return false;
  const createdMs = (BigInt(id) >> 22n) + DISCORD_EPOCH_MS;
  return createdMs > DISCORD_EPOCH_MS && createdMs < SNOWFLAKE_LATEST_MS;
}

export const CHECKSUMS = { "base62-crc32": validBase62Crc32, "discord-snowflake": validDiscordSnowflake } as const;
export type ChecksumName = keyof typeof CHECKSUMS;
