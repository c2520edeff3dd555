// AWS: the account an access key ID belongs to (decoded offline from the ID itself), known canary
// token accounts, and STS GetCallerIdentity signed with SigV4 (aws4), which changes nothing.
import { createRequire } from "node:module";
import type { ProviderRequest } from "./http.js";

// aws4 is loaded on first signature: the rules name this verifier when they load (config/rules.ts
// checks every `verify`), and the pre-commit path must not pay for a signer it never uses.
const require = createRequire(import.meta.url);
let aws4: typeof import("aws4") | undefined;
function signer(): typeof import("aws4") {
  return (aws4 ??= require("aws4") as typeof import("aws4"));
}

/**
 * The 12-digit account ID inside an access key ID: base32 of the characters after the 4-letter
 * prefix; the account is bits 1-39 of the first 6 bytes.
 */
export function awsAccountId(accessKeyId: string): string | undefined {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const chars = accessKeyId.slice(4);
  let bits = "";
  for (const ch of chars) {
    const v = alphabet.indexOf(ch);
    if (v < 0) return undefined;
    bits += v.toString(2).padStart(5, "0");
  }
  if (bits.length < 48) return undefined;
  const first48 = BigInt(`0b${bits.slice(0, 48)}`);
  const account = (first48 & 0x7fffffffff80n) >> 7n;
  return account.toString().padStart(12, "0");
}

/** Accounts that issue canary tokens (keys planted to detect intruders): asking AWS would trip them. */
export const CANARY_ACCOUNTS = new Set([
  "052310077262",
  "171436882533",
  "534261010715",
  "595918472158",
  "717712589309",
  "819147034852",
  "992382622183",
  "730335385048",
  "266735846894",
]);

/** A SigV4-signed STS GetCallerIdentity request for the key pair. */
export function getCallerIdentity(host: string, accessKeyId: string, secretAccessKey: string): ProviderRequest {
  const body = "Action=GetCallerIdentity&Version=2011-06-15";
  const signed = signer().sign(
    {
      host,
      path: "/",
      method: "POST",
      service: "sts",
      region: "us-east-1",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8" },
    },
    { accessKeyId, secretAccessKey },
  );
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(signed.headers ?? {}))
    if (k.toLowerCase() !== "host" && k.toLowerCase() !== "content-length") headers[k] = String(v);
  return { method: "POST", path: "/", headers, body };
}
