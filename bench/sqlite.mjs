// Benchmark: the bulk-scan state (dist/repos/state.js) on each SQLite driver this Node can load —
// Node's own node:sqlite (22.5+) and the better-sqlite3 addon — in the same run: recording R
// repositories with F findings each, then reading every repository's findings back. Prints each
// driver's times and node:sqlite's ratio to better-sqlite3.
// Usage: node bench/sqlite.mjs [REPOS] [FINDINGS]   (run `npm run build:dist` first)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const repos = Number(process.argv[2] ?? 200);
const perRepo = Number(process.argv[3] ?? 100);
const { ScanState } = await import("../dist/repos/state.js");
const { sqliteDriver } = await import("../dist/repos/sqlite.js");

function finding(repo, n) {
  return {
    repository: repo,
    ruleId: "github-pat",
    file: `src/file${n}.env`,
    startLine: n,
    startColumn: 7,
    fingerprint: `${repo}-${n}`,
    secret: "ghp_…",
    severity: "critical",
  };
}

function run(driver) {
  if (driver === "better-sqlite3") process.env.LEAKHOUND_SQLITE = "better-sqlite3";
  else delete process.env.LEAKHOUND_SQLITE;
  if (sqliteDriver() !== driver) return undefined;
  const dir = mkdtempSync(join(tmpdir(), "leakhound-sqlite-bench-"));
  try {
    const state = ScanState.open(join(dir, "state.sqlite"));
    let started = process.hrtime.bigint();
    for (let r = 0; r < repos; r++) {
      const name = `acme/repo${r}`;
      state.finish(
        { name, status: "done", tips: [`tip${r}`], commits: 100, bytes: 1e6, error: null },
        Array.from({ length: perRepo }, (_, n) => finding(name, n)),
      );
    }
    const write = Number(process.hrtime.bigint() - started) / 1e6;
    started = process.hrtime.bigint();
    let read = 0;
    for (const { name } of state.all()) read += state.findingsOf(name).length;
    const readMs = Number(process.hrtime.bigint() - started) / 1e6;
    state.close();
    if (read !== repos * perRepo) throw new Error(`read ${read} findings, wrote ${repos * perRepo}`);
    return { write, read: readMs };
  } catch (err) {
    if (driver === "better-sqlite3" && /better-sqlite3|NODE_MODULE_VERSION/.test(String(err))) return undefined;
    throw err;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`Node ${process.version}: ${repos} repositories x ${perRepo} findings`);
const results = {};
for (const driver of ["node:sqlite", "better-sqlite3"]) {
  const r = run(driver);
  if (!r) {
    console.log(`${driver.padEnd(15)} not available here`);
    continue;
  }
  results[driver] = r;
  console.log(
    `${driver.padEnd(15)} write ${r.write.toFixed(0).padStart(6)} ms   read ${r.read.toFixed(0).padStart(6)} ms`,
  );
}
if (results["node:sqlite"] && results["better-sqlite3"]) {
  const [a, b] = [results["node:sqlite"], results["better-sqlite3"]];
  console.log(
    `node:sqlite / better-sqlite3: write ${(a.write / b.write).toFixed(2)}x, read ${(a.read / b.read).toFixed(2)}x`,
  );
}
