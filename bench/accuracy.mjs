// Accuracy benchmark: recall and precision per rule family on a labelled corpus built here, at run
// time, from documented formats; then the count of findings on real code (this checkout's
// node_modules, the project's own tree and git history), where every finding is a false positive.
// Needs no network. Needs dist/ (npm run build).
//
// The corpus:
//  - every built-in rule's examples (positives: the {{pin:…}} is the secret that must be reported)
//    and negative examples (nothing may be reported), each expanded with several seeds;
//  - a grid of generic shapes: secret names x assignment syntaxes x random values (positives), and
//    the placeholder, code and identifier shapes the generic detector must leave alone (negatives);
//  - credentials written as headers, command lines and URLs for each scheme (positives), and their
//    stand-ins (negatives).
// A positive counts as found when some finding's secret is its pin. Each finding on a negative,
// and each finding on a positive whose secret is not the pin, is a false positive of the finding's
// rule family (its rule file). Recall of a family: found / its positives. Precision: its true
// findings / all its findings. A rule's own negative examples count only its family's findings; a
// positive's findings of other secrets in the same text are not counted either way.
//
// Usage: node bench/accuracy.mjs [--seeds N] [--markdown] [--no-real]
import { spawnSync } from "node:child_process";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { availableParallelism } from "node:os";
import { Detector } from "../dist/engine/detector.js";
import { expandExample, setExampleSeed } from "../dist/config/examples.js";
import { builtinRulesDir, loadRuleDir } from "../dist/config/rules.js";
import { loadConfig } from "../dist/config/load.js";
import { scanPaths } from "../dist/scan/scan.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const seedsIndex = args.indexOf("--seeds");
const SEEDS = seedsIndex === -1 ? 3 : Number(args[seedsIndex + 1]);
const markdown = args.includes("--markdown");
const real = !args.includes("--no-real");

const rules = loadRuleDir(builtinRulesDir, "rules");
const familyOf = new Map(rules.map((r) => [r.id, basename(r.source, ".toml")]));
const detector = new Detector(rules);

/** @type {{ family: string, template: string, path?: string, positive: boolean, ruleId?: string }[]} */
const corpus = [];
for (const rule of rules) {
  const family = familyOf.get(rule.id);
  // an example without a pin (none should be left) is judged by its rule's id instead
  for (const template of rule.examples)
    if (rule.regex) corpus.push({ family, template, path: rule.examplePath, positive: true, ruleId: rule.id });
  // a rule's negative example says what that rule must not report (another family may rightly find a
  // secret there: a random password in a ConfigMap is still a password), so only its family's findings count
  for (const template of rule.negativeExamples)
    corpus.push({ family, template, path: rule.examplePath, positive: false, onlyFamily: true });
}

// Generic shapes. Values are built from templates, so no literal secret is written here.
const RANDOM = "{{rand:base62:26}}{{rand:digits:2}}";
const UUID = "{{rand:hex:8}}-{{rand:hex:4}}-{{rand:hex:4}}-{{rand:hex:4}}-{{rand:hex:12}}";
const SYNTAXES = [
  (n, v) => `${n} = "${v}"`,
  (n, v) => `${n}: ${v}`,
  (n, v) => `"${n}": "${v}",`,
  (n, v) => `${n}=${v}`,
  (n, v) => `export ${n}=${v}`,
  (n, v) => `${n} := "${v}"`,
  (n, v) => `'${n}' => '${v}',`,
  (n, v) => `$${n} = '${v}';`,
  (n, v) => `  ${n}: "${v}"`,
];
const SECRET_NAMES = [
  "db_password",
  "API_KEY",
  "clientSecret",
  "auth_token",
  "secret_key",
  "privateKey",
  "access_token",
  "SMTP_PASSWD",
];
const WEAK_NAMES = ["key", "proxy_auth", "SharedKey", "accessId", "smtp_pass", "authorization"];
for (const syntax of SYNTAXES) {
  for (const name of SECRET_NAMES) {
    corpus.push({ family: "generic", template: syntax(name, `{{pin:${RANDOM}}}`), positive: true });
    corpus.push({
      family: "generic",
      template: syntax(name, `{{pin:{{rand:base64:38}}{{rand:digits:2}}}}`),
      positive: true,
    });
  }
  // a UUID or 64 hex digits under a secret name is a secret
  corpus.push({ family: "generic", template: syntax("client_secret", `{{pin:${UUID}}}`), positive: true });
  corpus.push({ family: "generic", template: syntax("api_key", "{{pin:{{rand:HEX:64}}}}"), positive: true });
  for (const name of WEAK_NAMES)
    corpus.push({ family: "generic", template: syntax(name, `{{pin:${RANDOM}}}`), positive: true });
}
corpus.push(
  { family: "generic", template: 'ds.setPassword("{{pin:{{rand:base62:20}}{{rand:digits:2}}}}");', positive: true },
  { family: "generic", template: 'client.login(user, "{{pin:{{rand:base62:20}}{{rand:digits:2}}}}")', positive: true },
  { family: "generic", template: 'builder.withApiKey("{{pin:{{rand:base62:32}}}}")', positive: true },
  { family: "generic", template: 'token: "Bearer {{pin:{{rand:base62:30}}{{rand:digits:2}}}}"', positive: true },
  { family: "generic", template: "FB_TOKEN={{pin:{{rand:digits:15}}|{{rand:hex:32}}}}", positive: true },
);
// shapes that are not secrets: placeholders, templates, code, identifiers, timestamps, typed runs
const QUIET_VALUES = [
  "changeme",
  "your_api_key_here",
  "${API_KEY}",
  "$API_KEY",
  "{{ .Values.password }}",
  "<token>",
  "xxxxxxxxxxxxxxxxxxxx",
  "process.env.API_KEY",
  'os.environ["API_KEY"]',
  "this.session.accessToken",
  "passwordInputElement",
  "utf8Encoder2Stream",
  "&{{rand:base62:16}}{{rand:digits:2}}",
  "*{{rand:base62:16}}{{rand:digits:2}}",
  "%{{rand:base62:16}}{{rand:digits:2}}",
  "+password+",
  "%s{{rand:base62:12}}",
  "{{rand:base62:8}}%v",
  "2024-05-17T10:22:31Z",
  "1715941351",
  "1715941351123",
  "###########{{rand:base62:6}}",
  "****************",
  "abcdefghijklmnop",
  "{{rand:lower:4}}123456{{rand:lower:4}}",
  "app.config.apiToken",
  "https://example.com/api",
  "/etc/app/secret.key",
  "./config/token.json",
  "data:image/png;base64,{{rand:base64:40}}",
];
const NOT_SECRET_NAMES = [
  "tokenId",
  "secret_id",
  "secretName",
  "tokenUrl",
  "secretHost",
  "api_key_path",
  "csrf_token",
  "XSRF-TOKEN",
  "publicKey",
  "public_token",
];
for (const syntax of SYNTAXES.slice(0, 4)) {
  for (const value of QUIET_VALUES)
    corpus.push({ family: "generic", template: syntax("api_token", value), positive: false });
  for (const name of NOT_SECRET_NAMES)
    corpus.push({ family: "generic", template: syntax(name, RANDOM), positive: false });
  corpus.push({ family: "generic", template: syntax("token_id", UUID), positive: false });
  corpus.push({ family: "generic", template: syntax("last_token_commit", "{{rand:hex:40}}"), positive: false });
  corpus.push({ family: "generic", template: syntax("secret_sha", "{{rand:HEX:40}}"), positive: false });
  corpus.push({ family: "generic", template: syntax("key", "{{rand:lower:24}}"), positive: false });
  corpus.push({ family: "generic", template: syntax("monkey", RANDOM), positive: false });
}
corpus.push({ family: "generic", template: `password:\n  ${RANDOM}`, positive: false });
// harder shapes, as people write them: human passwords with punctuation, escaped JSON, YAML block
// scalars, secrets beside code (the figures above would be 100% on shapes the rules were written for)
for (const template of [
  'db_password = "{{pin:{{rand:upper:1}}{{rand:lower:5}}{{rand:digits:2}}&{{rand:lower:3}}!}}"',
  'password: "{{pin:{{rand:upper:1}}{{rand:lower:4}}!{{rand:upper:1}}{{rand:lower:3}}#{{rand:digits:2}}}}"',
  'body = "{\\"api_key\\": \\"{{pin:{{rand:base62:30}}{{rand:digits:2}}}}\\"}"',
  "client_secret: >-\n  {{pin:{{rand:base62:30}}{{rand:digits:2}}}}",
  'SECRET_KEY = b"{{pin:{{rand:base64:40}}{{rand:digits:2}}}}"',
  'val apiToken: String = "{{pin:{{rand:base62:30}}{{rand:digits:2}}}}"',
  'apiKey?: "{{pin:{{rand:base62:30}}{{rand:digits:2}}}}"',
  'password = "{{pin:{{rand:lower:6}}{{rand:digits:4}}}}"',
  '<add key="ApiKey" value="{{pin:{{rand:base62:30}}{{rand:digits:2}}}}" />',
  "config.password = '{{pin:{{rand:base62:14}}{{rand:digits:2}}}}'",
])
  corpus.push({ family: "generic", template, positive: true });
for (const template of [
  "password = hashlib.sha256(raw).hexdigest()",
  "token = jwt.sign(payload, signingKey)",
  "const apiKey = await getApiKey();",
  "secret: !Ref DatabaseSecret",
  "password: !vault |",
  'api_key = ENV.fetch("API_KEY")',
  'token: "${{ secrets.DEPLOY_TOKEN }}"',
  'TOKEN="$(vault read -field=token secret/ci)"',
  'password = "********"',
  'password: ""',
  "secret_key = None",
  'val token: String = ""',
  "token: string;",
  "apiKey?: string | undefined;",
  'password = input("Password: ")',
  "private_key = load_pem(open(path).read())",
  "access_token = response.json()['access_token']",
  "secret_arn = aws_secretsmanager_secret.db.arn",
  "passwordHash = bcrypt.hashSync(password, 10)",
  "tokenizer = AutoTokenizer.from_pretrained(model_name)",
  "tokens = lexer.tokenize(source)",
  "MAX_TOKENS=4096",
  "token_limit: 128000",
  "secretsManagerArn: arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf",
  "pwd = os.getcwd()",
  "passwd_file = /etc/passwd",
  'key = f"{prefix}:{user_id}"',
  "cache_key = build_key(user, 'profile', 2)",
  "auth = HTTPBasicAuth(user, password)",
  'keyPair = crypto.generateKeyPairSync("ed25519")',
])
  corpus.push({ family: "generic", template, positive: false });

// Credentials by their written form (RFC 9110 Authorization, curl/wget/HTTPie, RFC 3986 userinfo)
const TOKEN = "{{rand:base62:38}}{{rand:digits:2}}";
const PASSWORD = "{{rand:base62:16}}{{rand:digits:2}}";
for (const header of [
  (v) => `curl -H "Authorization: Bearer ${v}" https://api.example.com/`,
  (v) => `GET https://api.example.com/\nAuthorization: Bearer ${v}`,
  (v) => `headers: {"Authorization": "Bearer ${v}"}`,
  (v) => `headers:\n  Authorization: Bearer ${v}`,
  (v) => `req.setRequestHeader("Authorization", "Bearer ${v}");`,
]) {
  corpus.push({ family: "http-auth", template: header(`{{pin:${TOKEN}}}`), positive: true });
  for (const stand of ["$API_TOKEN", "${TOKEN}", "<your-token>", "{{ token }}", "YOUR_ACCESS_TOKEN_HERE"])
    corpus.push({ family: "http-auth", template: header(stand), positive: false });
}
for (const scheme of ["https", "ftp", "ftps", "amqps", "rediss", "ldaps", "smtps", "mqtts", "sftp"]) {
  corpus.push({
    family: "http-auth",
    template: `URL=${scheme}://svc:{{pin:${PASSWORD}}}@host.example.com/x`,
    positive: true,
  });
  corpus.push({
    family: "http-auth",
    template: `URL=${scheme}://svc:\${PASSWORD}@host.example.com/x`,
    positive: false,
  });
  corpus.push({ family: "http-auth", template: `URL=${scheme}://user:password@host.example.com/x`, positive: false });
}
corpus.push(
  { family: "http-auth", template: `curl -u deploy:{{pin:${PASSWORD}}} https://repo.example.com/`, positive: true },
  {
    family: "http-auth",
    template: `wget --password={{pin:${PASSWORD}}} https://files.example.com/a.zip`,
    positive: true,
  },
  { family: "http-auth", template: `http -a ci:{{pin:${PASSWORD}}} https://api.example.com/`, positive: true },
  { family: "http-auth", template: "curl -u admin https://api.example.com/", positive: false },
);

/** @type {Map<string, { positives: number, found: number, truePositives: number, falsePositives: number }>} */
const families = new Map();
const tally = (family) => {
  let t = families.get(family);
  if (!t) families.set(family, (t = { positives: 0, found: 0, truePositives: 0, falsePositives: 0 }));
  return t;
};
const misses = [];
const falseAlarms = [];
const unpinned = corpus.filter((c) => c.positive && !c.template.includes("{{pin:")).length;
/** a finding is the secret a positive stands for: its pin, or (unpinned) its rule's finding */
const isTheSecret = (item, pins, f) => (pins.length > 0 ? pins.includes(f.secret) : f.ruleId === item.ruleId);
for (let seed = 1; seed <= SEEDS; seed++) {
  setExampleSeed(seed);
  for (const item of corpus) {
    const { text, pins, path } = expandExample(item.template);
    const findings = detector.detect({ path: path ?? item.path ?? "example.txt", bytes: Buffer.from(text) });
    if (item.positive) {
      tally(item.family).positives++;
      const hit = findings.some((f) => isTheSecret(item, pins, f));
      if (hit) tally(item.family).found++;
      else if (seed === 1) misses.push(`${item.family}: ${item.template}`);
    }
    for (const f of findings) {
      const family = familyOf.get(f.ruleId) ?? "custom";
      if (item.onlyFamily && family !== item.family) continue;
      // a positive text may hold other secrets than the one it is about (a key id beside its secret):
      // only a finding of a part of its secret (a wrong capture) is a false one there
      if (
        item.positive &&
        !isTheSecret(item, pins, f) &&
        !pins.some((p) => p.includes(f.secret) || f.secret.includes(p))
      )
        continue;
      const t = tally(family);
      if (item.positive && isTheSecret(item, pins, f)) t.truePositives++;
      else {
        t.falsePositives++;
        if (seed === 1) falseAlarms.push(`${f.ruleId}: ${item.template}`);
      }
    }
  }
}
setExampleSeed(undefined);

const pct = (a, b) => (b === 0 ? "–" : `${((100 * a) / b).toFixed(1)}%`);
const rows = [...families].sort(([a], [b]) => a.localeCompare(b));
const total = rows.reduce(
  (s, [, t]) => ({
    positives: s.positives + t.positives,
    found: s.found + t.found,
    truePositives: s.truePositives + t.truePositives,
    falsePositives: s.falsePositives + t.falsePositives,
  }),
  { positives: 0, found: 0, truePositives: 0, falsePositives: 0 },
);
const positives = corpus.filter((c) => c.positive).length;
console.log(
  `corpus: ${positives} positive and ${corpus.length - positives} negative texts x ${SEEDS} seeds; ${rules.length} rules`,
);
if (unpinned > 0) console.log(`(${unpinned} positives have no {{pin:…}} yet and are judged by their rule's id)`);
if (markdown) {
  console.log("\n| family | positives | recall | precision |\n|---|---:|---:|---:|");
  for (const [family, t] of rows)
    console.log(
      `| ${family} | ${t.positives} | ${pct(t.found, t.positives)} | ${pct(t.truePositives, t.truePositives + t.falsePositives)} |`,
    );
  console.log(
    `| **all** | ${total.positives} | ${pct(total.found, total.positives)} | ${pct(total.truePositives, total.truePositives + total.falsePositives)} |`,
  );
} else {
  console.log(`${"family".padEnd(16)} ${"positives".padStart(9)} ${"recall".padStart(8)} ${"precision".padStart(10)}`);
  for (const [family, t] of rows)
    console.log(
      `${family.padEnd(16)} ${String(t.positives).padStart(9)} ${pct(t.found, t.positives).padStart(8)} ${pct(t.truePositives, t.truePositives + t.falsePositives).padStart(10)}`,
    );
  console.log(
    `${"all".padEnd(16)} ${String(total.positives).padStart(9)} ${pct(total.found, total.positives).padStart(8)} ${pct(total.truePositives, total.truePositives + total.falsePositives).padStart(10)}`,
  );
}
for (const m of misses.slice(0, 20)) console.log(`  missed      ${m.replace(/\n/g, "\\n").slice(0, 140)}`);
for (const m of falseAlarms.slice(0, 20)) console.log(`  false alarm ${m.replace(/\n/g, "\\n").slice(0, 140)}`);

if (real) {
  // Real code: every finding here is a false positive (the project's tests build their secrets at run time).
  const limits = { node_modules: 2, tree: 0, history: 0 };
  const config = loadConfig(undefined, ROOT);
  const modules = await scanPaths([join(ROOT, "node_modules")], config, { workers: availableParallelism() });
  const cli = (command) => {
    const r = spawnSync(process.execPath, [join(ROOT, "bin", "leakhound.js"), ...command, "-f", "json"], {
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    });
    if (r.status !== 0 && r.status !== 1) throw new Error(`leakhound ${command[0]} failed: ${r.stderr.trim()}`);
    return JSON.parse(r.stdout);
  };
  const tree = cli([
    "dir",
    ROOT,
    "--exclude",
    "node_modules/**",
    "--exclude",
    "dist/**",
    "--exclude",
    "bench/.work/**",
  ]);
  // the checked-out branch's history (other local branches may hold work in progress)
  const history = cli(["git", ROOT, "--branch", "HEAD"]);
  const counts = { node_modules: modules.findings.length, tree: tree.length, history: history.length };
  const mb = (modules.stats.bytes / 1024 / 1024).toFixed(1);
  console.log(`\nreal code (every finding a false positive):`);
  console.log(
    `  node_modules  ${String(counts.node_modules).padStart(3)} findings in ${mb} MB, ${modules.stats.files} files (limit ${limits.node_modules})`,
  );
  console.log(`  own tree      ${String(counts.tree).padStart(3)} findings (limit ${limits.tree})`);
  console.log(`  own history   ${String(counts.history).padStart(3)} findings (limit ${limits.history})`);
  for (const f of [...modules.findings, ...tree, ...history].slice(0, 20))
    console.log(`    ${f.ruleId}  ${(f.path ?? f.file).replace(ROOT + "/", "")}:${f.startLine}`);
  const over = Object.entries(counts).filter(([k, n]) => n > limits[k]);
  if (over.length > 0) {
    console.log(`over the limit: ${over.map(([k]) => k).join(", ")}`);
    process.exitCode = 1;
  }
}
