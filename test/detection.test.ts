// What the detector reports, as a table: a file's text in, the findings a user sees out. Each case is
// a real file in a folder that one `leakhound dir` run scans; the cases measure the generic detector
// both ways (secrets it must find, code and stand-ins it must leave alone), one finding per secret
// when a file format's rule and the generic rule both see it, and the credential-file formats.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { TestRepo } from "./git-helpers.js";
import { fake, runCli, tempDir, writeTree } from "./helpers.js";

interface Reported {
  ruleId: string;
  file: string;
  secret: string;
}

interface Case {
  /** what the case shows */
  what: string;
  path: string;
  text: string | Buffer;
  /** "ruleId secret" of each finding, in any order; [] when nothing may be reported */
  found: string[];
}

/** Scans every case's file in one folder; returns, per case, the "ruleId secret" it produced. */
function scanCases(cases: Case[]): Map<string, string[]> {
  const dir = tempDir();
  const files: Record<string, string | Buffer> = {};
  cases.forEach((c, i) => (files[`case${i}/${c.path}`] = c.text));
  writeTree(dir, files);
  const result = runCli(["dir", dir, "-f", "json", "--no-redact"]);
  expect(result.code, result.stderr).toBeLessThan(2);
  const byCase = new Map<string, string[]>(cases.map((_c, i) => [`case${i}`, []]));
  for (const f of JSON.parse(result.stdout) as Reported[]) {
    const folder = f.file.slice(dir.length + 1).split("/")[0]!;
    byCase.get(folder)!.push(`${f.ruleId} ${f.secret}`);
  }
  return byCase;
}

function expectCases(cases: Case[]): void {
  const byCase = scanCases(cases);
  const wrong = cases
    .map((c, i) => ({ what: c.what, expected: [...c.found].sort(), actual: [...byCase.get(`case${i}`)!].sort() }))
    .filter((r) => JSON.stringify(r.expected) !== JSON.stringify(r.actual));
  expect(wrong).toEqual([]);
}

const r = (template: string) => fake(template);
const uuid = () => r("{{rand:hex:8}}-{{rand:hex:4}}-{{rand:hex:4}}-{{rand:hex:4}}-{{rand:hex:12}}");
const random = (n = 24) => r(`{{rand:base62:${n}}}{{rand:digits:2}}`);

describe("the generic detector finds secrets it used to miss", () => {
  it("weak names, ids under secret names, call arguments, scheme words and app_id|secret", () => {
    const [a, b, c, d, e, f, g, h] = Array.from({ length: 8 }, () => random());
    const id = uuid();
    const hex = r("{{rand:HEX:64}}");
    const facebook = `${r("{{rand:digits:15}}")}|${r("{{rand:hex:32}}")}`;
    expectCases([
      {
        what: "a UUID under client_secret",
        path: "app.yml",
        text: `client_secret: "${id}"\n`,
        found: [`generic-secret-assignment ${id}`],
      },
      {
        what: "64 upper-case hex digits under api_key",
        path: "app.env.txt",
        text: `API_KEY=${hex}\n`,
        found: [`generic-secret-assignment ${hex}`],
      },
      { what: "key =", path: "a.py", text: `key = "${a}"\n`, found: [`generic-weak-name-assignment ${a}`] },
      { what: "*_auth", path: "a.yml", text: `proxy_auth: ${b}\n`, found: [`generic-weak-name-assignment ${b}`] },
      {
        what: "*Key in a connection string",
        path: "a.cfg",
        text: `Endpoint=sb://x;SharedKey=${c};\n`,
        found: [`generic-weak-name-assignment ${c}`],
      },
      {
        what: "accessId",
        path: "a.json",
        text: `{"accessId": "${d}"}\n`,
        found: [`generic-weak-name-assignment ${d}`],
      },
      {
        what: "setPassword(…)",
        path: "A.java",
        text: `ds.setPassword("${e}");\n`,
        found: [`generic-credential-call ${e}`],
      },
      {
        what: "login(user, …)",
        path: "a.rb",
        text: `client.login(user, "${f}")\n`,
        found: [`generic-credential-call ${f}`],
      },
      {
        what: "a scheme word before the value",
        path: "a.yml",
        text: `token: "Bearer ${g}"\n`,
        found: [`generic-secret-assignment ${g}`],
      },
      {
        what: "app_id|app_secret is one credential",
        path: "a.env.txt",
        text: `APP_ACCESS_TOKEN=${facebook}\n`,
        found: [`generic-secret-assignment ${facebook}`],
      },
      { what: "a pass name", path: "a.ini", text: `smtp_pass = ${h}\n`, found: [`generic-weak-name-assignment ${h}`] },
    ]);
  });

  it("type annotations, optional markers, string prefixes, escaped JSON and config entries", () => {
    const [a, b, c, d, e] = Array.from({ length: 5 }, () => random(28));
    expectCases([
      {
        what: "a Kotlin type annotation",
        path: "A.kt",
        text: `val apiToken: String = "${a}"\n`,
        found: [`generic-secret-assignment ${a}`],
      },
      {
        what: "an optional marker",
        path: "a.ts",
        text: `  apiKey?: "${b}",\n`,
        found: [`generic-secret-assignment ${b}`],
      },
      {
        what: "a bytes literal",
        path: "keys.py",
        text: `SECRET_KEY = b"${c}"\n`,
        found: [`generic-secret-assignment ${c}`],
      },
      {
        what: "escaped JSON",
        path: "a.js",
        text: `const body = "{\\"client_secret\\": \\"${d}\\"}";\n`,
        found: [`generic-escaped-json-assignment ${d}`],
      },
      {
        what: "a YAML block scalar",
        path: "values.yaml",
        text: `client_secret: >-\n  ${a}x\n`,
        found: [`generic-secret-assignment ${a}x`],
      },
      {
        what: "an appSettings entry",
        path: "Web.config",
        text: `<add key="PaymentApiKey" value="${e}" />\n`,
        found: [`generic-config-key-value ${e}`],
      },
      // test code writes name = value lines into strings: escaped quotes with "=" are not read
      {
        what: "name = value inside a string",
        path: "a.test.ts",
        text: `write("db_password = \\"${random(16)}\\"\\n");\n`,
        found: [],
      },
    ]);
  });
});

describe("the generic detector leaves code, identifiers and stand-ins alone", () => {
  it("reports none of these shapes", () => {
    const v = () => random(16);
    const quiet = (what: string, text: string): Case => ({ what, path: "code.txt", text: `${text}\n`, found: [] });
    expectCases([
      quiet("a newline between name and value", `password:\n  ${v()}`),
      quiet("a UUID under an id name", `token_id = "${uuid()}"`),
      quiet("a commit id under a sha name", `secret_sha: ${r("{{rand:hex:40}}")}`),
      quiet("an upper-case object id under a commit name", `token_commit = ${r("{{rand:HEX:40}}")}`),
      quiet("an address-of", `password = &${v()}`),
      quiet("a dereference", `secret = *${v()}`),
      quiet("a format directive", `password = %${v()}`),
      quiet("a concatenation", `pwd = "x" +password+ "y"`),
      quiet("a printf verb", `token = "Bearer %s-${v()}"`),
      quiet("an identifier with digits", `api_key = "utf8Encoder2Stream"`),
      quiet("an ISO date", `token_expires = 2024-05-17T10:22:31Z`),
      quiet("a 10-digit epoch", `token_issued = 1715941351`),
      quiet("a 13-digit epoch", `token_ts = 1715941351123`),
      quiet("a ### redaction", `secret = "###${v()}"`),
      quiet("a *** redaction", `password = "***${v()}"`),
      quiet("an alphabet run", `api_key = "abcdefghij${r("{{rand:digits:4}}")}"`),
      quiet("sequential digits", `api_key = "${r("{{rand:lower:4}}")}123456${r("{{rand:lower:4}}")}"`),
      quiet("an Id name", `secretId: ${v()}`),
      quiet("an _id name", `token_id = ${v()}`),
      quiet("a Name name", `secretName: ${v()}`),
      quiet("a Url name", `tokenUrl = ${v()}`),
      quiet("a Host name", `secretHost = ${v()}`),
      quiet("a Path name", `api_key_path = ${v()}`),
      quiet("a csrf name", `csrf_token = "${v()}"`),
      quiet("an xsrf name", `XSRF-TOKEN: ${v()}`),
      quiet("a public name", `publicKey = "${v()}"`),
      quiet("a weak name without a digit", `key = "${r("{{rand:lower:24}}")}"`),
      quiet("a weak word inside another word", `monkey = "${v()}"`),
      quiet("a GPG fingerprint under key", `key: ${r("{{rand:HEX:40}}")}`),
      quiet("words joined by URL escapes", `key=value%23still-query#first%23still-fragment`),
      quiet("a getter takes a secret's name", `const pw = getSecret("${v()}");`),
      quiet("a member path", `token = app.config.apiToken`),
    ]);
  });
});

describe("credential files", () => {
  it("a dictionary word is a password in a file format; placeholders stay quiet", () => {
    expectCases([
      {
        what: ".my.cnf word",
        path: ".my.cnf",
        text: "[client]\nuser=app\npassword=sunflower\n",
        found: ["mysql-client-password sunflower"],
      },
      { what: ".my.cnf placeholder", path: ".my.cnf", text: "[client]\npassword=changeme\n", found: [] },
      { what: ".my.cnf masked", path: ".my.cnf", text: "[client]\npassword=********\n", found: [] },
      { what: ".my.cnf variable", path: ".my.cnf", text: "[client]\npassword=${MYSQL_PWD}\n", found: [] },
      {
        what: ".netrc word",
        path: ".netrc",
        text: "machine example.com login ann password marmalade\n",
        found: ["netrc-password marmalade"],
      },
    ]);
  });

  it("a value both a file format and the generic rule see is one finding, the file format's", () => {
    const password = random(18);
    const token = random(30);
    expectCases([
      {
        what: ".env",
        path: ".env.production",
        text: `DB_PASSWORD=${password}\n`,
        found: [`dotenv-credential ${password}`],
      },
      {
        what: "gradle.properties",
        path: "gradle.properties",
        text: `mavenApiToken=${token}\n`,
        found: [`gradle-properties-credential ${token}`],
      },
      // the same line outside a file format: the generic rule reports it
      {
        what: "the same line elsewhere",
        path: "notes.txt",
        text: `DB_PASSWORD=${password}\n`,
        found: [`generic-secret-assignment ${password}`],
      },
    ]);
  });

  it("reads each format, decoded where the format encodes", () => {
    const pw = random(14);
    const token = random(40);
    const b64 = (text: string) => Buffer.from(text).toString("base64");
    const hash = `$6$${r("{{rand:base62:16}}")}$${r("{{rand:base62:86}}")}`;
    expectCases([
      {
        what: "FileZilla base64 with a newline",
        path: "sitemanager.xml",
        text: `<Pass encoding="base64">${b64(`${pw}\n`)}</Pass>\n`,
        found: [`filezilla-password ${pw}`],
      },
      {
        what: "FileZilla plain",
        path: "recentservers.xml",
        text: `<Pass>${pw}</Pass>\n`,
        found: [`filezilla-password-plain ${pw}`],
      },
      {
        what: "Docker auth with the _token user",
        path: ".docker/config.json",
        text: `{"auths":{"r.example.com":{"auth":"${b64(`_token:${token}`)}"}}}\n`,
        found: [`docker-config-auth _token:${token}`],
      },
      {
        what: "Kubernetes Secret, quoted kind, block scalar",
        path: "k8s/s.yaml",
        text: `kind: 'Secret'\ndata:\n  token: |\n    ${b64(token)}\n`,
        found: [`kubernetes-secret-data ${token}`],
      },
      {
        what: ".git-credentials user with @",
        path: ".git-credentials",
        text: `https://ann@example.com:${pw}@git.example.com\n`,
        found: [`git-credentials ${pw}`],
      },
      {
        what: "passwd with a crypt hash",
        path: "etc/passwd",
        text: `root:${hash}:0:0::/root:/bin/sh\n`,
        found: [`passwd-password-hash ${hash}`],
      },
      {
        what: "NuGet ClearTextPassword",
        path: "NuGet.Config",
        text: `<add key="ClearTextPassword" value="${token}" />\n`,
        found: [`nuget-config-cleartext-password ${token}`],
      },
      {
        what: "SFTP pass key",
        path: ".vscode/sftp.json",
        text: `{"host": "h", "pass": "${pw}"}\n`,
        found: [`sublime-sftp-password ${pw}`],
      },
      {
        what: "Ventrilo",
        path: "ventrilo_srv.ini",
        text: `[Server]\nAdminPassword=${pw}\n`,
        found: [`voice-server-ini-password ${pw}`],
      },
      { what: ".esmtprc", path: ".esmtprc", text: `password "${pw}"\n`, found: [`esmtprc-password ${pw}`] },
    ]);
  });

  it("reports a binary PKCS#12 key store by its path, in a folder and in history", () => {
    const keystore = Buffer.concat([Buffer.from([0x30, 0x82, 0x00]), randomBytes(200)]);
    expectCases([
      { what: "a .p12", path: "certs/client.p12", text: keystore, found: ["pkcs12-file "] },
      { what: "a .pfx", path: "Signing.PFX", text: keystore, found: ["pkcs12-file "] },
      { what: "other binary", path: "logo.png", text: keystore, found: [] },
    ]);
    const repo = new TestRepo();
    repo.commit("add the key store", { "deploy/app.pfx": keystore, "README.md": "x\n" });
    const result = runCli(["git", repo.dir, "-f", "json"]);
    expect(result.code, result.stderr).toBe(1);
    expect((JSON.parse(result.stdout) as Reported[]).map((f) => `${f.ruleId} ${f.file}`)).toEqual([
      "pkcs12-file deploy/app.pfx",
    ]);
  });

  it("reports a binary PKCS#12 key store being committed (staged)", () => {
    const repo = new TestRepo();
    repo.commit("base", { "README.md": "x\n" });
    writeTree(repo.dir, {
      "certs/client.p12": Buffer.concat([Buffer.from([0x30, 0x82, 0x00]), randomBytes(200)]),
      "logo.png": randomBytes(64),
    });
    repo.git("add", "certs/client.p12", "logo.png");
    const result = runCli(["staged", repo.dir, "-f", "json"]);
    expect(result.code, result.stderr).toBe(1);
    expect((JSON.parse(result.stdout) as Reported[]).map((f) => `${f.ruleId} ${f.file}`)).toEqual([
      "pkcs12-file certs/client.p12",
    ]);
  });
});
