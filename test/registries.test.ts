// The extension points' registries: a rule naming no verifier fails at load; every registered
// output format, verifier and ticket provider is reachable by its name through its one registry.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../src/config/config.js";
import { loadBuiltinRules, parseRuleFile } from "../src/config/rules.js";
import { LeakhoundError } from "../src/errors.js";
import type { Finding, Rule } from "../src/model.js";
import { createReporter, FORMATS, REPORTERS } from "../src/report/index.js";
import { Redactor } from "../src/report/redact.js";
import { scanBuffer } from "../src/scan/scan.js";
import { ticketDocument } from "../src/tickets/document.js";
import { TICKET_PROVIDER_REGISTRY, ticketProvider } from "../src/tickets/providers.js";
import { DEFAULT_TICKETS, TICKET_PROVIDERS } from "../src/tickets/settings.js";
import { VERIFIERS } from "../src/verify/providers.js";
import { verifyFindings } from "../src/verify/verify.js";
import { fakeGitHub, fakeServer, json } from "./fake-servers.js";
import { fake, tempDir } from "./helpers.js";

const customRule = (verify: string) =>
  [
    "[[rules]]",
    'id = "acme-token"',
    'description = "Acme token"',
    "regex = '''\\b(acme_[a-z0-9]{24})\\b'''",
    'keywords = ["acme_"]',
    `verify = "${verify}"`,
    "",
  ].join("\n");

function errorOf(run: () => unknown): LeakhoundError {
  try {
    run();
  } catch (err) {
    if (err instanceof LeakhoundError) return err;
    throw err;
  }
  throw new Error("no error");
}

describe("verifiers", () => {
  it("a rule whose verify names no registered verifier is an error when it is loaded, naming the rule file", () => {
    const inConfig = errorOf(() => parseConfig(customRule("acme-verifier"), ".leakhound.toml"));
    expect(inConfig.message).toMatch(/\.leakhound\.toml.*unknown verifier "acme-verifier" \(known: .*github/);
    expect(errorOf(() => parseRuleFile(customRule("Github"), "rules/acme.toml")).message).toMatch(
      /rules\/acme\.toml.*unknown verifier "Github"/,
    );
    // an inherited property of an object is not a verifier
    expect(errorOf(() => parseRuleFile(customRule("toString"), "rules/acme.toml")).message).toMatch(
      /unknown verifier "toString"/,
    );
    const rules = parseConfig(customRule("github"), ".leakhound.toml").rules;
    expect(rules.find((r) => r.id === "acme-token")?.verify).toBe("github");
  });

  it("every built-in rule's verifier is registered, and every registered verifier is reached by a rule naming it", async () => {
    for (const rule of loadBuiltinRules())
      if (rule.verify) expect(Object.hasOwn(VERIFIERS, rule.verify), rule.id).toBe(true);
    const rules: Rule[] = [];
    const findings: Finding[] = [];
    for (const name of Object.keys(VERIFIERS)) {
      const [rule] = parseRuleFile(customRule(name).replace('"acme-token"', `"via-${name}"`), `rules/${name}.toml`);
      rules.push(rule!);
      findings.push({ ...findingOf(`acme_${fake("{{rand:lowernum:24}}")}`), ruleId: rule!.id, path: `${name}.env` });
    }
    // AWS signs with the secret access key found beside the key ID
    findings.push({
      ...findingOf(`acme_${fake("{{rand:lowernum:24}}")}`),
      ruleId: "aws-secret-access-key",
      path: "aws.env",
    });
    const run = await verifyFindings(findings, rules, { explain: true });
    // explained, not sent: one request description per verifier, naming it
    expect(run.sent).toBe(0);
    for (const name of Object.keys(VERIFIERS)) {
      const finding = findings.find((f) => f.ruleId === `via-${name}`)!;
      expect(finding.verification?.provider ?? finding.verification?.status, name).toBe(VERIFIERS[name]!.provider);
    }
    expect(run.explained.length).toBeGreaterThanOrEqual(Object.keys(VERIFIERS).length - 1);
  });
});

function findingOf(secret: string): Finding {
  const rules = parseRuleFile(customRule("github"), "rules/acme.toml");
  const { findings } = scanBuffer(Buffer.from(`TOKEN=${secret}\n`), "a.env", { rules, allowlists: [] });
  expect(findings).toHaveLength(1);
  return findings[0]!;
}

describe("report formats", () => {
  it("-f accepts exactly the registered formats, and each one writes a report of a finding", () => {
    expect(FORMATS).toEqual(Object.keys(REPORTERS));
    const rules = loadBuiltinRules();
    const secret = fake("{{crc32:ghp_}}");
    const { findings, stats } = scanBuffer(Buffer.from(`TOKEN=${secret}\n`), "deploy.env", { rules, allowlists: [] });
    expect(findings.map((f) => f.ruleId)).toEqual(["github-pat"]);
    for (const format of FORMATS) {
      const reporter = createReporter(format, { rules, redaction: "default", color: false, toolVersion: "0.0.0" });
      const streamed = findings.map((f) => reporter.onFinding?.(f) ?? "").join("");
      const text = streamed + reporter.end({ findings, stats, elapsedMs: 1 });
      expect(text, format).toContain("deploy.env");
      expect(text, format).not.toContain(secret);
    }
    expect(() =>
      createReporter("toString" as never, { rules, redaction: "default", color: false, toolVersion: "0.0.0" }),
    ).toThrow(/unknown report format/);
  });
});

describe("ticket providers", () => {
  it("--ticket accepts exactly the registered providers, and each one opens a ticket through its registration", async () => {
    expect([...TICKET_PROVIDERS].sort()).toEqual(Object.keys(TICKET_PROVIDER_REGISTRY).sort());
    const rules = loadBuiltinRules();
    const { findings } = scanBuffer(Buffer.from(`TOKEN=${fake("{{crc32:ghp_}}")}\n`), "deploy.env", {
      rules,
      allowlists: [],
    });
    const doc = ticketDocument(
      findings[0]!,
      rules.find((r) => r.id === "github-pat"),
      "acme/leaky",
      new Redactor(rules),
    );

    const github = await fakeGitHub();
    process.env.LEAKHOUND_GITHUB_TOKEN = "test-token";
    try {
      const channel = ticketProvider("github").connect(
        { ...DEFAULT_TICKETS, provider: "github", repository: "acme/app", apiUrl: github.url, assignees: "none" },
        tempDir(),
      );
      expect(await channel.open(doc)).toEqual({ state: "opened", issue: github.issues[0]!.number });
      expect((await channel.open(doc)).state).toBe("exists");
      expect(github.issues).toHaveLength(1);
    } finally {
      delete process.env.LEAKHOUND_GITHUB_TOKEN;
    }

    const hook = await fakeServer((_req, res) => json(res, 200, {}));
    await ticketProvider("webhook")
      .connect({ ...DEFAULT_TICKETS, provider: "webhook", url: hook.url }, tempDir())
      .open(doc);
    expect(JSON.parse(hook.requests[0]!.body).ticket.fingerprint).toBe(doc.fingerprint);

    const out = join(tempDir(), "ticket.json");
    const command = [
      process.execPath,
      "-e",
      `process.stdin.pipe(require("fs").createWriteStream(${JSON.stringify(out)}))`,
    ];
    await ticketProvider("command")
      .connect({ ...DEFAULT_TICKETS, provider: "command", command }, tempDir())
      .open(doc);
    expect(JSON.parse(readFileSync(out, "utf8")).ticket.fingerprint).toBe(doc.fingerprint);

    expect(() => ticketProvider("jira")).toThrow(/unknown provider jira \(known: github, webhook, command\)/);
    expect(() => ticketProvider("webhook").connect({ ...DEFAULT_TICKETS, provider: "webhook" }, tempDir())).toThrow(
      /webhook needs url/,
    );
  });
});
