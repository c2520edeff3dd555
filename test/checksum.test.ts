// Offline checksums: a token that passes is of that format; a look-alike does not.
import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { validDiscordSnowflake } from "../src/engine/checksum.js";
import { Detector } from "../src/engine/detector.js";
import { builtinRulesDir, loadRuleDir } from "../src/config/rules.js";

const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join("");
const base64url = (n: number) =>
  Buffer.from(Array.from({ length: n }, () => randomInt(256)))
    .toString("base64url")
    .slice(0, n);
const b64 = (text: string) => Buffer.from(text).toString("base64url");
// a bot token: the user id (a snowflake) in base64, a timestamp part, an HMAC part
const token = (id: string) => `${b64(id)}.${base64url(6)}.${base64url(38)}`;

describe("discord-snowflake", () => {
  it("accepts a token whose first part is a snowflake id of 17 to 20 digits", () => {
    for (const id of [`9${digits(16)}`, `1${digits(17)}`, `1${digits(18)}`, `12${digits(17)}`]) {
      expect(validDiscordSnowflake(token(id)), id).toBe(true);
    }
  });

  it("rejects a first part that is not a decimal id", () => {
    expect(validDiscordSnowflake(`${base64url(24)}.${base64url(6)}.${base64url(38)}`)).toBe(false); // random bytes
    expect(validDiscordSnowflake(token(`1${digits(10)}abc${digits(4)}`))).toBe(false); // letters in the id
    expect(validDiscordSnowflake(token(`0${digits(17)}`))).toBe(false); // a leading zero is no id
    expect(validDiscordSnowflake(token(digits(12)))).toBe(false); // too few digits
  });

  it("rejects an id whose timestamp is after 2040", () => {
    // 2^63 - 1 is a valid 64-bit number, but its timestamp lies far in the future
    expect(validDiscordSnowflake(token("9223372036854775807"))).toBe(false);
  });

  it("rejects a first part with a stray character that decoding would drop", () => {
    expect(validDiscordSnowflake(`${b64(`1${digits(17)}`)}A.${base64url(6)}.${base64url(38)}`)).toBe(false);
  });

  it("lets the bot-token rule find a token without the word discord, and not a random look-alike", () => {
    const rule = loadRuleDir(builtinRulesDir, "rules").find((r) => r.id === "discord-bot-token")!;
    const detector = new Detector([rule]);
    const real = token(`1${digits(17)}`);
    const found = detector.detect({ path: "bot.py", bytes: Buffer.from(`client.run("${real}")\n`) });
    expect(found.map((f) => f.secret)).toEqual([real]);
    // the shape of a token (MT…), but the first part does not decode to a number
    const fake = `MT${base64url(22)}.${base64url(6)}.${base64url(38)}`;
    expect(detector.detect({ path: "bot.py", bytes: Buffer.from(`client.run("${fake}")\n`) })).toEqual([]);
  });
});
