// The engine and scan(), in-process, as a table: a fragment (text with provenance) in, the findings
// out — rule, secret, line and columns — through one scan(source, settings) for every kind of
// source, with no CLI, no process and no files. The shape of gitleaks' detect_test.go.
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { expandExample } from "../src/config/examples.js";
import { loadBuiltinRules, loadRuleDir } from "../src/config/rules.js";
import { Detector } from "../src/engine/detector.js";
import { BUILTIN_RULES_DIR } from "../src/paths.js";
import type { Finding, Fragment, GitProvenance, Rule } from "../src/model.js";
import { scan } from "../src/scan/scan.js";
import type { Source } from "../src/sources/source.js";
import { stdinSource } from "../src/sources/stdin-source.js";
import { fake } from "./helpers.js";

let rules: Rule[];
beforeAll(() => {
  rules = loadBuiltinRules();
});

/** A source of given fragments: what a new source is, in one object. */
const fragmentsOf = (fragments: Fragment[]): Source => ({ kind: "test", unit: "file", fragments: () => fragments });

/** What a user sees of a finding: rule, secret, where. */
const seen = (f: Finding) =>
  `${f.ruleId} ${f.secret} ${f.path}:${f.startLine}:${f.startColumn}-${f.endLine}:${f.endColumn}`;

interface Case {
  what: string;
  fragment: Fragment;
  /** seen() of each finding, in order */
  found: (s: Secrets) => string[];
}

interface Secrets {
  pat: string;
  stripe: string;
}

const secrets: Secrets = { pat: fake("{{crc32:ghp_}}"), stripe: fake("{{lit:sk_live_}}{{rand:base62:32}}") };
const commit: GitProvenance = {
  commit: "a".repeat(40),
  author: "Ann",
  email: "ann@example.com",
  date: "2026-01-01T00:00:00Z",
  message: "add",
};
const text = (s: string) => Buffer.from(s);
const { pat, stripe } = secrets;
// a GitHub token with one character changed: its CRC32 no longer matches
const badChecksum = pat.slice(0, -1) + (pat.endsWith("A") ? "B" : "A");

const CASES: Case[] = [
  {
    what: "a token on line 2, columns 1-based, end just past it",
    fragment: { path: "a.env", bytes: text(`NAME=app\nTOKEN=${pat}\n`) },
    found: (s) => [`github-pat ${s.pat} a.env:2:7-2:${7 + s.pat.length}`],
  },
  {
    what: "two secrets in one file, in position order",
    fragment: { path: "b.py", bytes: text(`KEY = "${stripe}"\n\nGH = "${pat}"\n`) },
    found: (s) => [
      `stripe-live-secret-key ${s.stripe} b.py:1:8-1:${8 + s.stripe.length}`,
      `github-pat ${s.pat} b.py:3:7-3:${7 + s.pat.length}`,
    ],
  },
  {
    what: "a slice of a file starting at its line 41 (firstLine 40)",
    fragment: { path: "c.env", bytes: text(`X=1\nTOKEN=${pat}\n`), firstLine: 40 },
    found: (s) => [`github-pat ${s.pat} c.env:42:7-42:${7 + s.pat.length}`],
  },
  {
    what: "a diff's added lines mapped to their lines in the file",
    fragment: { path: "d.env", bytes: text(`A=1\nTOKEN=${pat}\n`), lineMap: [3, 17] },
    found: (s) => [`github-pat ${s.pat} d.env:17:7-17:${7 + s.pat.length}`],
  },
  {
    what: "an inline allow comment on the line",
    fragment: { path: "e.py", bytes: text(`GH = "${pat}"  # leakhound:allow\n`) },
    found: () => [],
  },
  {
    what: "a token whose checksum fails",
    fragment: { path: "f.env", bytes: text(`TOKEN=${badChecksum}\n`) },
    found: () => [],
  },
  {
    what: "a CRLF file: the line is still 2, the column still 7",
    fragment: { path: "g.env", bytes: text(`NAME=app\r\nTOKEN=${pat}\r\n`) },
    found: (s) => [`github-pat ${s.pat} g.env:2:7-2:${7 + s.pat.length}`],
  },
  {
    what: "invalid UTF-8 before the secret does not stop the scan",
    fragment: {
      path: "h.bin.txt",
      bytes: Buffer.concat([Buffer.from([0xff, 0xfe, 0xfd, 0x0a]), text(`TOKEN=${pat}\n`)]),
    },
    found: (s) => [`github-pat ${s.pat} h.bin.txt:2:7-2:${7 + s.pat.length}`],
  },
  {
    what: "plain prose with no keyword",
    fragment: { path: "README.md", bytes: text("# app\nRun it with npm start.\n") },
    found: () => [],
  },
];

describe("fragment in, findings out (scan of a source of fragments)", () => {
  for (const c of CASES) {
    it(c.what, async () => {
      const result = await scan(fragmentsOf([c.fragment]), { ruleSet: { rules, allowlists: [] } });
      expect(result.findings.map(seen)).toEqual(c.found(secrets));
      expect(result.stats).toMatchObject({ files: 1, bytes: c.fragment.bytes.length, errors: [] });
      expect(result.complete).toBe(true);
    });
  }

  it("git provenance carries to the finding; findings stream as found and come back in path order", async () => {
    const streamed: string[] = [];
    const result = await scan(
      fragmentsOf([
        { path: "z.env", bytes: text(`TOKEN=${pat}\n`), git: commit },
        { path: "a.env", bytes: text(`TOKEN=${stripe}\n`) },
      ]),
      { ruleSet: { rules, allowlists: [] }, onFinding: (f) => streamed.push(f.path) },
    );
    expect(streamed).toEqual(["z.env", "a.env"]);
    expect(result.findings.map((f) => f.path)).toEqual(["a.env", "z.env"]);
    expect(result.findings[1]!.git).toEqual(commit);
    expect(result.findings[0]!.git).toBeUndefined();
  });

  it("the config's global allowlist drops what it allows, by path and by value", async () => {
    const allowlists = [
      {
        paths: ["fixtures/**"],
        pathRegexes: [],
        commits: [],
        condition: "or" as const,
        regexes: [`^${stripe}$`],
        regexTarget: "secret" as const,
        stopwords: [],
      },
    ];
    const result = await scan(
      fragmentsOf([
        { path: "fixtures/a.env", bytes: text(`TOKEN=${pat}\n`) },
        { path: "src/b.env", bytes: text(`S=${stripe}\nT=${pat}\n`) },
      ]),
      { ruleSet: { rules, allowlists } },
    );
    expect(result.findings.map((f) => `${f.path} ${f.ruleId}`)).toEqual(["src/b.env github-pat"]);
  });
});

describe("the stdin source through the same scan()", () => {
  it("UTF-16 text is decoded and found", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`TOKEN=${pat}\n`, "utf16le")]);
    const result = await scan(stdinSource(Readable.from([utf16]), "<stdin>"), { ruleSet: { rules, allowlists: [] } });
    expect(result.findings.map((f) => `${f.ruleId} ${f.secret} ${f.path}:${f.startLine}`)).toEqual([
      `github-pat ${pat} <stdin>:1`,
    ]);
  });

  it("over the size limit: skipped, counted, read no further, nothing found", async () => {
    const result = await scan(stdinSource(Readable.from([text(`TOKEN=${pat}\n`), text("x".repeat(64))]), "<stdin>"), {
      ruleSet: { rules, allowlists: [] },
      maxFileSize: 16,
    });
    expect(result.findings).toEqual([]);
    expect(result.stats).toMatchObject({ files: 0, skippedLarge: 1, errors: [] });
  });
});

describe("the keyword prefilter's two ways", () => {
  it("keyword by keyword (the first bytes) and through the compiled set: the same findings on every rule's examples", () => {
    // the rule files themselves (the compiled copy leaves the examples out); every other example
    // upper-cased, so case-insensitive keywords are met in both cases
    const withExamples = loadRuleDir(BUILTIN_RULES_DIR);
    const fragments = withExamples.flatMap((rule) =>
      rule.examples.map((template, i) => {
        const example = expandExample(template);
        const body = i % 2 === 0 ? example.text : example.text.toUpperCase();
        return {
          path: example.path ?? rule.examplePath ?? `examples/${rule.id}-${i}.txt`,
          bytes: text(`// ${rule.id}\n${body}\n`),
        };
      }),
    );
    const literal = new Detector(withExamples, { literalPrefilterBytes: Number.MAX_SAFE_INTEGER });
    const compiled = new Detector(withExamples, { literalPrefilterBytes: 0 });
    const all = (d: Detector) => fragments.flatMap((f) => d.detect(f).map(seen));
    const found = all(literal);
    expect(found.length).toBeGreaterThan(withExamples.length);
    expect(found).toEqual(all(compiled));
  });
});
