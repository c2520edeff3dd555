// A loopback-only network namespace for tests that talk to fake provider servers: the test file is
// run again by vitest inside `unshare --net` (with `lo` up), where 127.0.0.1 is the only address that
// answers, so a request meant for a real provider's host cannot leave the machine — it fails.
import { spawnSync } from "node:child_process";
import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

export const IN_NETNS = process.env.LEAKHOUND_TEST_NETNS === "1";

/** Runs vitest on `file` inside a new user + network namespace with only loopback up. */
export function runInNetns(file: string): { code: number; output: string; allPassed: boolean } {
  const vitest = join(ROOT, "node_modules", "vitest", "vitest.mjs");
  const script = `ip link set lo up && exec ${JSON.stringify(process.execPath)} ${JSON.stringify(vitest)} run ${JSON.stringify(file)}`;
  const result = spawnSync("unshare", ["--user", "--map-root-user", "--net", "sh", "-c", script], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, LEAKHOUND_TEST_NETNS: "1", NO_COLOR: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.error?.message ?? ""}${result.stdout}${result.stderr}`;
  // vitest's summary: "Tests  7 passed (7)" only when none failed or was skipped
  const summary = /Tests\s+(\d+) passed \((\d+)\)/.exec(output);
  return {
    code: result.status ?? -1,
    output,
    allPassed: summary !== null && summary[1] === summary[2] && Number(summary[1]) > 0,
  };
}

/** The namespace holds nothing but loopback, and a non-loopback address is unreachable. */
export async function assertLoopbackOnly(): Promise<void> {
  const names = Object.keys(networkInterfaces());
  if (names.join() !== "lo") throw new Error(`not a loopback-only namespace: interfaces ${names.join(", ")}`);
  const reached = await new Promise<boolean>((resolve) => {
    // TEST-NET-1 (RFC 5737): with no route, connect fails at once
    const socket = connect({ host: "192.0.2.1", port: 443, timeout: 2000 });
    socket.on("connect", () => (socket.destroy(), resolve(true)));
    socket.on("timeout", () => (socket.destroy(), resolve(true)));
    socket.on("error", () => resolve(false));
  });
  if (reached) throw new Error("a non-loopback address did not fail at once: the namespace has a route out");
}

/**
 * The tests of `body` run inside the namespace: outside it, one test runs this file again there and
 * passes only when every test inside passed.
 */
export function describeInNetns(file: string, title: string, timeout: number, body: () => void): void {
  if (!IN_NETNS) {
    it(
      `${title}: in a loopback-only network namespace`,
      () => {
        const run = runInNetns(file);
        expect(run.code, run.output).toBe(0);
        expect(run.allPassed, run.output).toBe(true);
      },
      timeout,
    );
    return;
  }
  describe(`${title} (loopback-only namespace)`, () => {
    beforeAll(assertLoopbackOnly);
    body();
  });
}
