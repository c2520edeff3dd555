// The bulk-scan state behaves the same on both SQLite drivers: Node's own node:sqlite (Node 22.5+)
// and the better-sqlite3 addon (Node 20). Each driver this Node can load is run; the one open()
// picks by default is the first it can.
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ScanState, type RepoFinding } from "../src/repos/state.js";
import { sqliteDriver, type Driver } from "../src/repos/sqlite.js";
import { tempDir } from "./helpers.js";

const require = createRequire(import.meta.url);
/** whether a driver works here (better-sqlite3 loads its native binding only when a database opens) */
const loads = (name: string) => {
  try {
    if (name === "better-sqlite3") new (require(name) as typeof import("better-sqlite3"))(":memory:").close();
    else require(name);
    return true;
  } catch {
    return false;
  }
};
const available: Driver[] = [
  ...(loads("node:sqlite") ? (["node:sqlite"] as const) : []),
  ...(loads("better-sqlite3") ? (["better-sqlite3"] as const) : []),
];

const finding = (n: number): RepoFinding =>
  ({
    repository: "acme/app",
    ruleId: "github-pat",
    file: `f${n}.env`,
    startLine: n,
    startColumn: 1,
    fingerprint: `fp${n}`,
  }) as unknown as RepoFinding;

afterEach(() => {
  delete process.env.LEAKHOUND_SQLITE;
});

describe("the SQLite driver", () => {
  it("is node:sqlite where this Node has it, else better-sqlite3", () => {
    expect(sqliteDriver()).toBe(loads("node:sqlite") ? "node:sqlite" : "better-sqlite3");
    process.env.LEAKHOUND_SQLITE = "better-sqlite3";
    expect(sqliteDriver()).toBe("better-sqlite3");
  });

  it.each(available)(
    "%s: a state is made, written in one transaction, read back, and found corrupt when it is",
    (driver) => {
      if (driver === "better-sqlite3") process.env.LEAKHOUND_SQLITE = "better-sqlite3";
      expect(sqliteDriver()).toBe(driver);
      const file = join(tempDir(), "state.sqlite");
      const state = ScanState.open(file);
      expect(
        state.finish({ name: "acme/app", status: "done", tips: ["a1"], commits: 3, bytes: 10, error: null }, [
          finding(2),
          finding(1),
          finding(1),
        ]),
      ).toBe(2);
      expect(
        state.finish({ name: "acme/app", status: "done", tips: ["a2"], commits: 4, bytes: 12, error: null }, [
          finding(1),
          finding(3),
        ]),
      ).toBe(1);
      state.markReported(["acme/app"]);
      state.close();

      const again = ScanState.open(file, { readonly: true })!;
      expect(again.get("acme/app")).toMatchObject({ status: "done", tips: ["a2"], commits: 4, findings: 3 });
      expect(again.findingsOf("acme/app").map((f) => [f.finding.file, f.reported])).toEqual([
        ["f1.env", true],
        ["f2.env", true],
        ["f3.env", true],
      ]);
      again.close();
      expect(ScanState.open(join(tempDir(), "none.sqlite"), { readonly: true })).toBeUndefined();

      const garbage = join(tempDir(), "garbage.sqlite");
      writeFileSync(garbage, "not a database, but long enough to be read as one ".repeat(200));
      expect(() => ScanState.open(garbage)).toThrow(/the state file .*garbage\.sqlite is corrupt/);
    },
  );
});
