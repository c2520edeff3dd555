// Rule examples: expands the templates in a rule's examples into concrete text and checks that
// each example is found (and each negative example is not).
//
// Examples are templates so that no real-looking secret is ever written into this repository:
//   {{rand:ALPHABET:N}}  N random characters (alphabets below)
//   {{crc32:PREFIX}}     PREFIX + 30 random base62 chars + their CRC32 (GitHub/npm token format)
//   {{pem:LABEL}}        a PEM block "-----BEGIN LABEL-----" … "-----END LABEL-----" with a random body
//   {{jwt}}              a JSON Web Token with a random signature
//   {{lit:TEXT}}         TEXT as is (to break up literals that would otherwise look like a secret)
//   {{b64:TEXT}}         TEXT in base64 (for fields a format stores encoded); TEXT may hold templates
//   {{pin:TEXT}}         TEXT as is, and TEXT is the secret the example must yield (a wrong capture fails);
//                        TEXT may hold templates, which are expanded first
//   {{path:PATH}}        scan this example as the file PATH instead of the rule's examplePath (for rules
//                        about a file's name: the same content at another path must not be found)
import { randomInt as cryptoRandomInt } from "node:crypto";
import { Detector } from "../engine/detector.js";
import { base62, BASE62, crc32 } from "../engine/checksum.js";
import { LeakhoundError } from "../errors.js";
import type { Rule } from "../model.js";

const ALPHABETS: Record<string, string> = {
  base62: BASE62,
  lower: "abcdefghijklmnopqrstuvwxyz",
  upper: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  digits: "0123456789",
  hex: "0123456789abcdef",
  HEX: "0123456789ABCDEF",
  lowernum: "abcdefghijklmnopqrstuvwxyz0123456789",
  uppernum: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
  base32: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
  base64: BASE62 + "+/",
  base64url: BASE62 + "-_",
  bech32: "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L",
};

// Random by default; tests may fix a seed so that a failure can be reproduced exactly.
let randomInt: (max: number) => number = cryptoRandomInt;

/** Makes example expansion deterministic (mulberry32), or random again with `undefined`. */
export function setExampleSeed(seed: number | undefined): void {
  if (seed === undefined) {
    randomInt = cryptoRandomInt;
    return;
  }
  let state = seed >>> 0;
  randomInt = (max) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * max);
  };
}

function randomBytes(count: number): Buffer {
  return Buffer.from(Array.from({ length: count }, () => randomInt(256)));
}

export function randomString(alphabet: string, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

function base64url(text: string): string {
  return Buffer.from(text).toString("base64url");
}

export function expandTemplate(template: string, where = "example"): string {
  return expandExample(template, where).text;
}

/** An example expanded: its text, and the secrets its {{pin:…}} templates say it must yield. */
export interface ExpandedExample {
  text: string;
  pins: string[];
  /** the path a {{path:…}} template names, if any */
  path?: string;
}

export function expandExample(template: string, where = "example"): ExpandedExample {
  // innermost templates first, so that {{b64:user:{{rand:base62:12}}}} encodes the expanded text
  const pins: string[] = [];
  const paths: string[] = [];
  let text = template;
  for (let previous = ""; previous !== text; ) {
    previous = text;
    text = expandOnce(text, where, pins, paths);
  }
  return { text, pins, ...(paths.length > 0 ? { path: paths[paths.length - 1]! } : {}) };
}

function expandOnce(template: string, where: string, pins: string[], paths: string[]): string {
  return template.replace(/\{\{([a-z0-9]+)(?::([^{}]*))?\}\}/g, (_all, name: string, arg: string | undefined) => {
    switch (name) {
      case "rand": {
        const [alphabet, count] = (arg ?? "").split(":");
        const chars = ALPHABETS[alphabet ?? ""];
        const n = Number(count);
        if (!chars || !Number.isInteger(n) || n <= 0) {
          throw new LeakhoundError(
            "BAD_RULE",
            `${where}: bad template {{rand:${arg}}}; use {{rand:ALPHABET:N}} with one of ${Object.keys(ALPHABETS).join(", ")}`,
          );
        }
        return randomString(chars, n);
      }
      case "crc32": {
        const body = randomString(BASE62, 30);
        return `${arg ?? ""}${body}${base62(crc32(body), 6)}`;
      }
      case "pem": {
        const label = arg ?? "PRIVATE KEY";
        const body = randomBytes(600).toString("base64").replace(/.{64}/g, "$&\n").trimEnd();
        return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
      }
      case "jwt": {
        const header = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
        const payload = base64url(JSON.stringify({ sub: randomString(ALPHABETS.digits!, 10), iat: 1700000000 }));
        return `${header}.${payload}.${randomBytes(32).toString("base64url")}`;
      }
      case "lit":
        return arg ?? "";
      case "pin":
        pins.push(arg ?? "");
        return arg ?? "";
      case "b64":
        return Buffer.from(arg ?? "").toString("base64");
      case "path":
        paths.push(arg ?? "");
        return "";
      default:
        throw new LeakhoundError("BAD_RULE", `${where}: unknown template {{${name}}}`);
    }
  });
}

export interface ExampleFailure {
  ruleId: string;
  kind: "example" | "negative";
  /** the example with its secret redacted: safe to print */
  example: string;
  reason: string;
}

/** Runs every rule's examples against that rule alone; returns what failed. */
export function checkRuleExamples(rules: readonly Rule[]): ExampleFailure[] {
  const failures: ExampleFailure[] = [];
  for (const rule of rules) {
    const detector = new Detector([rule]);
    const where = `${rule.source}: rule "${rule.id}"`;
    if (rule.examples.length === 0) {
      failures.push({ ruleId: rule.id, kind: "example", example: "", reason: "the rule has no examples" });
    }
    for (const template of rule.examples) {
      const { text, pins, path } = expandExample(template, where);
      const found = detector.detect({ path: path ?? rule.examplePath ?? "example.txt", bytes: Buffer.from(text) });
      if (found.length === 0) {
        failures.push({ ruleId: rule.id, kind: "example", example: template, reason: "not found" });
        continue;
      }
      const secrets = new Set(found.map((f) => f.secret));
      for (const [index, pin] of pins.entries()) {
        if (!secrets.has(pin)) {
          failures.push({
            ruleId: rule.id,
            kind: "example",
            example: template,
            reason: `pin ${index + 1} is not the secret found (the capture is wrong)`,
          });
        }
      }
    }
    for (const template of rule.negativeExamples) {
      const { text, path } = expandExample(template, where);
      const found = detector.detect({ path: path ?? rule.examplePath ?? "example.txt", bytes: Buffer.from(text) });
      if (found.length > 0)
        failures.push({ ruleId: rule.id, kind: "negative", example: template, reason: "found, but must not be" });
    }
  }
  return failures;
}
