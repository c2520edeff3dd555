// Shared test helpers: temp folders, fake secrets built at run time, running the real CLI.
import { spawn, spawnSync, type SpawnSyncOptions } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";
import { expandTemplate, setExampleSeed } from "../src/config/examples.js";

// Fake secrets are random but reproducible: LEAKHOUND_TEST_SEED=n replays a run.
setExampleSeed(Number(process.env.LEAKHOUND_TEST_SEED ?? 20261124));

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const BIN = join(ROOT, "bin", "leakhound.js");

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temp folder, removed after the test file's tests. */
export function tempDir(prefix = "leakhound-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Writes files (path → content) below `dir`, creating folders. */
export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

/** A fake secret (or text holding one) from an example template: {{rand:base62:36}}, {{crc32:ghp_}}, … */
export const fake = (template: string): string => expandTemplate(template);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The operator's user-level config (what `$XDG_CONFIG_HOME/leakhound/config.toml` holds): verify
 * and ticket settings, which a scanned repository's own config cannot set. Returns the env to run with.
 */
export function operatorConfig(text: string): { LEAKHOUND_USER_CONFIG: string } {
  const path = join(tempDir("leakhound-operator-"), "config.toml");
  writeFileSync(path, text);
  return { LEAKHOUND_USER_CONFIG: path };
}

/** No user-level config of the machine's user leaks into a test run. */
const ISOLATED = { NO_COLOR: "1", XDG_CONFIG_HOME: join(tmpdir(), "leakhound-tests-no-user-config") };

export function runCli(args: string[], options: SpawnSyncOptions = {}): CliResult {
  const env = { ...process.env, ...ISOLATED, ...(options.env ?? {}) };
  delete (env as Record<string, string | undefined>).FORCE_COLOR;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    ...options,
    env,
  });
  return { code: result.status ?? -1, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** runCli without blocking this process: needed when the test itself serves HTTP to the CLI. */
export function runCliAsync(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string } = {},
): Promise<CliResult> {
  const env = { ...process.env, ...ISOLATED, ...(options.env ?? {}) };
  delete (env as Record<string, string | undefined>).FORCE_COLOR;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, ...(options.cwd ? { cwd: options.cwd } : {}) });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}
