// The HTML report, rendered by a real headless Chromium (Debian's `chromium`): the page's script
// runs under its own Content-Security-Policy, the totals shown are the scan's, filtering and sorting
// work, markup from file names and commit messages stays text, and no raw secret is in the page.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { loadBuiltinRules } from "../src/config/rules.js";
import { buildHtml, type HtmlFinding } from "../src/report/html.js";
import { TestRepo } from "./git-helpers.js";
import { fake, runCli, tempDir } from "./helpers.js";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

/** Chromium's flags for a page on its own: no sandbox (tests run as root in CI), no network, no profile left behind. */
function chromium(args: string[]): string {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (the HTML report is tested in a real browser)`);
  const profile = tempDir("leakhound-chromium-");
  const run = spawnSync(
    CHROMIUM,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-extensions",
      `--user-data-dir=${profile}`,
      "--proxy-server=127.0.0.1:9",
      "--virtual-time-budget=2000",
      ...args,
    ],
    {
      encoding: "utf8",
      timeout: 60_000,
    },
  );
  if (run.status !== 0) throw new Error(`chromium failed (${run.status}): ${run.stderr}`);
  return run.stdout;
}

/** The DOM after the page's script ran, for `page` (with an optional #hash). */
const dom = (page: string, hash = "") => chromium(["--dump-dom", pathToFileURL(page).href + hash]);

const count = (html: string, label: string) => Number(new RegExp(`data-count="${label}">(\\d+)<`).exec(html)?.[1]);
const shown = (html: string) => Number(/<b id="shown">(\d+)<\/b>/.exec(html)?.[1]);
const visibleRows = (html: string) => (html.match(/<tr data-severity="[a-z]+" data-status="[^"]*">/g) ?? []).length;

describe("the HTML report in a real browser", () => {
  const repo = new TestRepo();
  const secrets = [
    fake("{{crc32:ghp_}}"),
    fake("{{crc32:ghp_}}"),
    fake("{{lit:gsk_}}{{rand:base62:52}}"),
    fake("{{crc32:ghp_}}"),
  ];
  // a file name and a commit message written to break out of the page
  const hostileName = `<img src=x onerror=document.title='name'>.env`;
  // a folder name ending in `<` makes the path `a<script>document.title='path'</script>.env`
  const scriptPath = `a<script>document.title='path'</script>.env`;
  repo.write({ "old.env": `GITHUB_TOKEN=${secrets[0]}\n` });
  repo.git("add", "-A");
  repo.git("commit", "-q", "-m", "old", "--date", "2023-05-01T00:00:00Z");
  repo.commit(`</script><script>document.title='message'</script>`, {
    "app/new.env": `GITHUB_TOKEN=${secrets[1]}\n`,
    [hostileName]: `GROQ_API_KEY=${secrets[2]}\n`,
    [scriptPath]: `GITHUB_TOKEN=${secrets[3]}\n`,
  });
  const out = join(tempDir(), "report.html");
  const run = runCli(["git", repo.dir, "-f", "html", "-o", out]);
  const page = readFileSync(out, "utf8");

  it("is one self-contained file: no raw secret, no address it loads, a strict CSP", () => {
    expect(run.code, run.stderr).toBe(1);
    for (const secret of secrets) expect(page).not.toContain(secret);
    // no element that loads anything (the file name's markup is text: &lt;img …)
    const tags = page.replace(/"[^"]*"/g, '""');
    expect(tags).not.toMatch(/<[a-z]+\s[^>]*\b(src|href|srcset|action)=/i);
    expect(page).not.toMatch(/<(link|iframe|object|embed|img)\b/i);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1];
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain("unsafe");
  });

  it("shows the scan's totals by severity, rule, repository and age once its script ran", () => {
    const html = dom(out);
    // the script ran under the page's policy (a wrong hash would block it)
    expect(html).toContain('data-ready="1"');
    expect(count(html, "total")).toBe(4);
    expect(count(html, "critical")).toBe(3);
    expect(count(html, "high") + count(html, "medium") + count(html, "low")).toBe(1);
    expect(count(html, "github-pat")).toBe(3);
    expect(count(html, "over a year")).toBe(1);
    expect(count(html, "not verified")).toBe(4);
    expect(count(html, repo.dir.split("/").pop()!)).toBe(4);
    expect(shown(html)).toBe(4);
    for (const secret of secrets) expect(html).not.toContain(secret);
  });

  it("markup in a file name or a commit message stays text", () => {
    const html = dom(out);
    expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]).toBe("leakhound report");
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<img/);
    expect(html).toContain("&lt;img src=x onerror=document.title='name'&gt;.env");
    expect(html).toContain("a&lt;script&gt;document.title='path'&lt;/script&gt;.env");
  });

  it("filters and sorts in the page (preset from the address)", () => {
    const filtered = dom(out, "#q=new.env");
    expect(shown(filtered)).toBe(1);
    expect(visibleRows(filtered)).toBe(1);
    const critical = dom(out, "#severity=critical");
    expect(shown(critical)).toBe(3);
    const byLine = dom(out, "#sort=file&dir=desc");
    const files = [...byLine.matchAll(/<td data-sort="[^"]*">([^<]*\.env)<\/td>/g)].map((m) => m[1]);
    expect(files).toEqual([
      "old.env",
      "app/new.env",
      "a&lt;script&gt;document.title='path'&lt;/script&gt;.env",
      "&lt;img src=x onerror=document.title='name'&gt;.env",
    ]);
    expect(byLine).toContain('aria-sort="descending"');
  });

  it("says which secrets are live, and can show only those", () => {
    const rules = loadBuiltinRules();
    const base = {
      description: "d",
      tags: [],
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 5,
      match: "m",
      entropy: 4,
      redacted: true,
      secret: "ghp_…",
    };
    const findings: HtmlFinding[] = [
      {
        ...base,
        ruleId: "github-pat",
        severity: "critical",
        file: "a.env",
        fingerprint: "1",
        verification: "live",
        repository: "acme/api",
        commit: "a".repeat(40),
        date: "2026-01-01T00:00:00Z",
      },
      {
        ...base,
        ruleId: "github-pat",
        severity: "critical",
        file: "b.env",
        fingerprint: "2",
        verification: "invalid",
        repository: "acme/web",
      },
      {
        ...base,
        ruleId: "stripe-live-secret-key",
        severity: "critical",
        file: "c.env",
        fingerprint: "3",
        verification: "live",
        repository: "acme/web",
      },
    ];
    const file = join(tempDir(), "live.html");
    writeFileSync(file, buildHtml(findings, { rules, toolVersion: "test", now: new Date("2026-01-10T00:00:00Z") }));
    const html = dom(file, "#status=live");
    expect(html).toContain("2 LIVE");
    expect(count(html, "live")).toBe(2);
    expect(count(html, "invalid")).toBe(1);
    expect(count(html, "acme/web")).toBe(2);
    expect(count(html, "under 30 days")).toBe(1);
    expect(shown(html)).toBe(2);
  });

  it("a bulk scan (`repos -f html`): totals by repository", () => {
    const dir = tempDir();
    const repos = ["api", "web"].map((name, i) => {
      mkdirSync(join(dir, name));
      const r = new TestRepo(join(dir, name));
      r.commit("keys", {
        "k.env": Array.from({ length: i + 1 }, () => `GITHUB_TOKEN=${fake("{{crc32:ghp_}}")}`).join("\n") + "\n",
      });
      return r.dir;
    });
    const list = join(dir, "repos.txt");
    writeFileSync(list, repos.join("\n") + "\n");
    const file = join(dir, "bulk.html");
    const bulk = runCli(["repos", list, "--cache-dir", join(dir, "cache"), "-f", "html", "-o", file, "-q"]);
    expect(bulk.code, bulk.stderr).toBe(1);
    const html = dom(file);
    expect(html).toContain('data-ready="1"');
    expect(count(html, "total")).toBe(3);
    const names = [...html.matchAll(/<section class="card" id="by-repository">[\s\S]*?<\/section>/g)][0]![0];
    expect(
      [...names.matchAll(/data-count="([^"]+)">(\d+)</g)].map((m) => `${m[1]!.split("/").pop()}=${m[2]}`).sort(),
    ).toEqual(["api=1", "web=2"]);
  });

  it("says what could not be scanned, and the exit code says the scan was incomplete", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.env"), `GITHUB_TOKEN=${fake("{{crc32:ghp_}}")}\n`);
    const file = join(tempDir(), "incomplete.html");
    const incomplete = runCli(["dir", dir, "/proc/self/mem", "-f", "html", "-o", file]);
    expect(incomplete.code).toBe(2);
    const html = readFileSync(file, "utf8");
    expect(html).toMatch(
      /<section class="card problems" id="problems"><h2>Not scanned<\/h2><ul><li>\/proc\/self\/mem: /,
    );
    expect(html).toContain("1 could not be scanned");
    expect(count(html, "total")).toBe(1);
  });

  it("renders to a screenshot", () => {
    const png = join(tempDir(), "report.png");
    chromium([`--screenshot=${png}`, "--window-size=1400,900", "--hide-scrollbars", pathToFileURL(out).href]);
    const bytes = readFileSync(png);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.length).toBeGreaterThan(20_000);
  });
});
