// `leakhound repos` survives what happens to long runs, made to happen for real: kill -9 at random
// points and a resumed run, an unreadable object, two runs on one state, a corrupt state; and its
// state and outputs hold no raw secret, commit messages included.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../src/repos/sqlite.js";
import { TestRepo } from "./git-helpers.js";
import { BIN, fake, runCliAsync, tempDir } from "./helpers.js";

interface Line {
  repository: string;
  ruleId: string;
  file: string;
  commit: string;
  secret: string;
  message: string;
  new: boolean;
  incomplete?: boolean;
}

const lines = (text: string): Line[] =>
  text.trim()
    ? text
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as Line)
    : [];

/** `count` repositories; repository i has i + 1 commits that each add a token, and one clean commit. */
function reposWithFindings(count: number): { repos: TestRepo[]; total: number } {
  const repos = Array.from({ length: count }, (_, i) => {
    const repo = new TestRepo();
    repo.commit(`start ${i}`, { "README.md": `repo ${i}\n` });
    for (let k = 0; k <= i; k++) repo.commit(`config ${k}`, { [`conf${k}.env`]: `TOKEN=${fake("{{crc32:ghp_}}")}\n` });
    return repo;
  });
  return { repos, total: (count * (count + 1)) / 2 };
}

function listOf(dir: string, repos: TestRepo[]): string {
  const list = join(dir, "repos.txt");
  writeFileSync(list, repos.map((r) => r.dir).join("\n") + "\n");
  return list;
}

function start(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1" },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits (without a time limit of its own: the test's timeout is the bound) until `check` holds. */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await sleep(20);
}

describe("leakhound repos is durable", () => {
  it("after kill -9 at random points, a resumed run reports every finding of the reference run", async () => {
    const { repos, total } = reposWithFindings(6);
    const dir = tempDir();
    const list = listOf(dir, repos);
    const run = (state: string, out: string) => ["repos", list, "--state", state, "--jobs", "2", "-q", "-o", out];

    const began = performance.now();
    const reference = await runCliAsync(run(join(dir, "reference.sqlite"), join(dir, "reference.jsonl")));
    const took = performance.now() - began;
    expect(reference.code, reference.stderr).toBe(1);
    const expected = readFileSync(join(dir, "reference.jsonl"), "utf8");
    expect(lines(expected)).toHaveLength(total);

    const kills: string[] = [];
    for (let round = 0; round < 5; round++) {
      const state = join(dir, `state${round}.sqlite`);
      const out = join(dir, `out${round}.jsonl`);
      // two interrupted runs, each killed at a random moment of what a whole run takes
      for (let attempt = 0; attempt < 2; attempt++) {
        const { child, done } = start(run(state, out));
        const delay = Math.random() * took;
        await sleep(delay);
        child.kill("SIGKILL");
        const ended = await done;
        const report = spawnSync(process.execPath, [BIN, "repos", "--report", "--state", state], { encoding: "utf8" });
        kills.push(
          `round ${round}: killed after ${delay.toFixed(0)} ms, ${ended.signal ?? `exit ${ended.code}`}, ${(report.stdout.match(/^done/gm) ?? []).length} done`,
        );
      }
      // a run marks its findings reported only after it wrote its output: without one, all are still new
      const wrote = existsSync(out);
      const resumed = await runCliAsync(run(state, out));
      expect(resumed.code, `${kills.join("\n")}\n${resumed.stderr}`).toBe(1);
      const got = readFileSync(out, "utf8");
      if (wrote) {
        expect(
          lines(got).map((f) => ({ ...f, new: true })),
          kills.join("\n"),
        ).toEqual(lines(expected));
      } else {
        expect(got, kills.join("\n")).toBe(expected);
      }
    }
  }, 240_000);

  it("a repository with an unreadable object keeps its other findings, is marked incomplete, and is scanned in full next run", async () => {
    const repo = new TestRepo();
    const first = fake("{{crc32:ghp_}}");
    const lost = fake("{{crc32:ghp_}}");
    const intact = fake("{{crc32:ghp_}}");
    repo.commit("one", { "a.env": `T=${first}\n` });
    repo.commit("two", { "b.env": `T=${lost}\n`, "c.env": `T=${intact}\n` });
    const blob = repo.git("rev-parse", "HEAD:b.env");
    const object = join(repo.dir, ".git", "objects", blob.slice(0, 2), blob.slice(2));
    const bytes = readFileSync(object);
    rmSync(object);
    const dir = tempDir();
    const list = listOf(dir, [repo]);
    const args = ["repos", list, "--state", join(dir, "state.sqlite")];

    const broken = await runCliAsync(args);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(
      new RegExp(
        `could not scan all of ${repo.dir} \\(its findings so far are kept.*object ${blob} is missing or corrupt`,
      ),
    );
    expect(broken.stderr).toMatch(/1 repository: 0 scanned .* 1 incomplete, 0 failed; 2 findings reported, 2 new/);
    expect(lines(broken.stdout).map((f) => [f.file, f.new, f.incomplete])).toEqual([
      ["a.env", true, true],
      ["c.env", true, true],
    ]);
    const report = await runCliAsync(["repos", "--report", "--state", join(dir, "state.sqlite")]);
    expect(report.stdout).toMatch(new RegExp(`^incomplete +2 findings .* ${repo.dir}  \\(b\\.env`, "m"));

    // its tips were not all scanned, so the next run scans everything again, not only new commits
    writeFileSync(object, bytes);
    const mended = await runCliAsync(args);
    expect(mended.code, mended.stderr).toBe(1);
    expect(mended.stderr).toMatch(/1 scanned \(2 new commits.* 0 incomplete, 0 failed; 3 findings reported, 1 new/);
    expect(lines(mended.stdout).map((f) => [f.file, f.new, f.incomplete])).toEqual([
      ["a.env", false, undefined],
      ["b.env", true, undefined],
      ["c.env", false, undefined],
    ]);

    const sarif = await runCliAsync([...args, "-f", "sarif"]);
    const runs = JSON.parse(sarif.stdout).runs as {
      invocations: { executionSuccessful: boolean }[];
      results: { baselineState: string }[];
    }[];
    expect(runs.map((r) => [r.invocations[0]!.executionSuccessful, r.results.map((x) => x.baselineState)])).toEqual([
      [true, ["unchanged", "unchanged", "unchanged"]],
    ]);
  });

  it("one run at a time per state: a second one exits 2 naming the state and the holder's pid, or waits with --lock-wait", async () => {
    const { repos, total } = reposWithFindings(3);
    const dir = tempDir();
    const list = listOf(dir, repos);
    const state = join(dir, "state.sqlite");
    // the first run reads its list from a named pipe, so it holds the lock until the test writes the list
    const fifo = join(dir, "list.fifo");
    spawnSync("mkfifo", [fifo]);
    const holder = start(["repos", fifo, "--state", state, "-q"]);
    const holds = () =>
      existsSync(`${state}.lock`) && readFileSync(`${state}.lock`, "utf8") === `${holder.child.pid}\n`;
    await until(() => holds() || holder.child.exitCode !== null);
    expect(holds()).toBe(true);

    const second = await runCliAsync(["repos", list, "--state", state]);
    expect(second.code).toBe(2);
    expect(second.stderr.trim()).toBe(
      `leakhound: the state ${state} is in use by process ${holder.child.pid}: one run at a time per state (wait for it, use --lock-wait SECONDS, or give this run its own --state)`,
    );
    const waiting = start(["repos", list, "--state", state, "--lock-wait", "600", "-q"]);

    writeFileSync(fifo, readFileSync(list));
    const first = await holder.done;
    expect(first.code, first.stderr).toBe(1);
    expect(lines(first.stdout).filter((f) => f.new)).toHaveLength(total);
    const after = await waiting.done;
    expect(after.code, after.stderr).toBe(1);
    expect(lines(after.stdout).map((f) => [f.repository, f.file, f.new])).toEqual(
      lines(first.stdout).map((f) => [f.repository, f.file, false]),
    );
    expect(existsSync(`${state}.lock`)).toBe(false);
  });

  it("a lock left by a process that is gone is taken over; one held by a live process is not", async () => {
    const { repos } = reposWithFindings(1);
    const dir = tempDir();
    const list = listOf(dir, repos);
    const state = join(dir, "state.sqlite");
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
      encoding: "utf8",
    }).stdout;
    writeFileSync(`${state}.lock`, `${gone}\n`);
    const taken = await runCliAsync(["repos", list, "--state", state]);
    expect(taken.code, taken.stderr).toBe(1);
    expect(existsSync(`${state}.lock`)).toBe(false);

    // this test's own process is alive
    writeFileSync(`${state}.lock`, `${process.pid}\n`);
    const refused = await runCliAsync(["repos", list, "--state", state]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(new RegExp(`the state ${state} is in use by process ${process.pid}:`));
    expect(readFileSync(`${state}.lock`, "utf8")).toBe(`${process.pid}\n`);
    rmSync(`${state}.lock`);
  });

  it("a state overwritten with garbage, truncated or emptied is reported naming the file, exit 2, and left as it is", async () => {
    const { repos } = reposWithFindings(8);
    const dir = tempDir();
    const list = listOf(dir, repos);
    const good = join(dir, "good.sqlite");
    const made = await runCliAsync(["repos", list, "--state", good, "-q"]);
    expect(made.code, made.stderr).toBe(1);
    const bytes = readFileSync(good);
    expect(bytes.length).toBeGreaterThanOrEqual(4 * 4096);

    const garbage = join(dir, "garbage.sqlite");
    writeFileSync(garbage, Buffer.from(Array.from({ length: bytes.length }, (_, i) => (i * 7919 + 13) % 251)));
    const truncated = join(dir, "truncated.sqlite");
    writeFileSync(truncated, bytes);
    truncateSync(truncated, Math.floor(bytes.length / 2));
    const empty = join(dir, "empty.sqlite");
    writeFileSync(empty, "");
    // a sound header, the pages after it overwritten: only a check of the whole file notices
    const scribbled = join(dir, "scribbled.sqlite");
    const damaged = Buffer.from(bytes);
    for (let i = 4096 + 100; i < damaged.length; i += 97) damaged[i] = (damaged[i]! + 1) % 256;
    writeFileSync(scribbled, damaged);

    for (const state of [garbage, truncated, empty, scribbled]) {
      const before = readFileSync(state);
      for (const args of [
        ["repos", list, "--state", state],
        ["repos", "--report", "--state", state],
      ]) {
        const result = await runCliAsync(args);
        expect(result.code, `${state}: ${result.stderr}`).toBe(2);
        expect(result.stderr.trim()).toMatch(
          new RegExp(`^leakhound: the state file ${state} is corrupt \\(.+\\): move it aside to start a new state`),
        );
        expect(result.stdout).toBe("");
      }
      expect(readFileSync(state).equals(before), state).toBe(true);
    }
  });

  it("a state made by an earlier leakhound is migrated: its findings were reported then, so they are not new", async () => {
    const { repos, total } = reposWithFindings(2);
    const dir = tempDir();
    const list = listOf(dir, repos);
    const state = join(dir, "state.sqlite");
    expect((await runCliAsync(["repos", list, "--state", state, "-q", "--new-only"])).code).toBe(1);
    // back to the earlier layout: no reported column, user_version 0
    const db = openDatabase(state);
    db.exec("ALTER TABLE findings DROP COLUMN reported; PRAGMA user_version = 0;");
    db.close();
    const migrated = await runCliAsync(["repos", list, "--state", state]);
    expect(migrated.code, migrated.stderr).toBe(1);
    expect(migrated.stderr).toMatch(
      new RegExp(`2 unchanged, 0 incomplete, 0 failed; ${total} findings reported, 0 new`),
    );
  });

  it("the state and every output hold no raw secret, also when a commit message quotes one", async () => {
    const repo = new TestRepo();
    const inFile = fake("{{crc32:ghp_}}");
    const alsoInFile = fake("{{lit:sk_live_}}{{rand:base62:32}}");
    const onlyInMessage = fake("{{crc32:ghp_}}");
    repo.commit(`add ${inFile} and ${alsoInFile}, old one was ${onlyInMessage}`, {
      "a.env": `T=${inFile}\n`,
      "b.env": `K=${alsoInFile}\n`,
    });
    const planted = [inFile, alsoInFile, onlyInMessage];
    const dir = tempDir();
    const list = listOf(dir, [repo]);
    const state = join(dir, "state.sqlite");
    const common = ["repos", list, "--state", state, "--output-dir", join(dir, "per-repo")];
    const jsonl = await runCliAsync([...common, "-o", join(dir, "all.jsonl")]);
    expect(jsonl.code, jsonl.stderr).toBe(1);
    const sarif = await runCliAsync([...common, "-f", "sarif", "-o", join(dir, "all.sarif")]);
    expect(sarif.code, sarif.stderr).toBe(1);
    const stdout = await runCliAsync(common);
    const report = await runCliAsync(["repos", "--report", "--state", state]);

    const found = lines(readFileSync(join(dir, "all.jsonl"), "utf8"));
    // the message is a source of its own: each of its three secrets is a finding there too
    expect(found.map((f) => f.file)).toEqual([
      "<commit message>",
      "<commit message>",
      "<commit message>",
      "a.env",
      "b.env",
    ]);
    // the message is kept, with every secret in it redacted
    expect(found[0]!.message).toMatch(/^add ghp_… and sk_l…, old one was ghp_…$/);
    const files = [
      state,
      `${state}-wal`,
      join(dir, "all.jsonl"),
      join(dir, "all.sarif"),
      ...readdirSync(join(dir, "per-repo")).map((f) => join(dir, "per-repo", f)),
    ].filter((f) => existsSync(f));
    const texts = [
      ...files.map((f) => readFileSync(f).toString("latin1")),
      stdout.stdout,
      stdout.stderr,
      report.stdout,
      jsonl.stderr,
      sarif.stderr,
    ];
    for (const secret of planted) for (const text of texts) expect(text.includes(secret)).toBe(false);

    const shown = await runCliAsync([...common, "--no-redact"]);
    expect(shown.code).toBe(2);
    expect(shown.stderr).toMatch(/repos keeps and reports secrets redacted only/);
    expect(shown.stdout).toBe("");
    // a level of redaction other than its one is refused, not ignored
    const level = await runCliAsync([...common, "--redact=100"]);
    expect(level.code).toBe(2);
    expect(level.stderr).toMatch(/repos redacts every secret one way .* leakhound git --redact=100/);
    expect(level.stdout).toBe("");
  });
});
