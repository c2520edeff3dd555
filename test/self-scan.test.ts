// leakhound scans its own tree and its own git history and finds nothing: test secrets are built
// at run time, never written literally.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "./helpers.js";

describe("self-scan", () => {
  it("the project's own files are clean", () => {
    const result = runCli([
      "dir",
      ROOT,
      "--exclude",
      "node_modules/**",
      "--exclude",
      "dist/**",
      "--exclude",
      "bench/.work/**",
      "-f",
      "json",
    ]);
    expect(JSON.parse(result.stdout)).toEqual([]);
    expect(result.code).toBe(0);
  });

  it.runIf(existsSync(join(ROOT, ".git")))("the project's own git history is clean", () => {
    const result = runCli(["git", ROOT, "-f", "json"]);
    expect(result.stderr).not.toMatch(/could not scan/);
    expect(JSON.parse(result.stdout)).toEqual([]);
    expect(result.code).toBe(0);
  });
});
