// Bad input: one clear line on stderr and exit 2, never a stack trace.
import { describe, expect, it } from "vitest";
import { fake, runCli, tempDir, writeTree } from "./helpers.js";

function expectOneLineError(result: { code: number; stderr: string; stdout: string }, pattern: RegExp) {
  expect(result.code).toBe(2);
  const lines = result.stderr
    .trim()
    .split("\n")
    .filter((l) => !l.startsWith("Run `leakhound --help`"));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe("errors", () => {
  it("a missing path", () => {
    expectOneLineError(
      runCli(["dir", "/no/such/place"]),
      /^leakhound: cannot scan \/no\/such\/place: no such file or directory$/,
    );
  });

  it("an unknown flag and an unknown command", () => {
    expectOneLineError(runCli(["dir", ".", "--frobnicate"]), /Unknown argument: frobnicate/);
    expectOneLineError(runCli(["launch"]), /leakhound: /);
    expectOneLineError(runCli(["dir", ".", "--format", "xml"]), /Invalid values/);
  });

  it("an unreadable file is reported and the scan exits 2", () => {
    // /proc/self/mem fails to read (EIO) even for root, unlike a chmod 000 file
    const result = runCli(["dir", "/proc/self/mem", "-f", "json"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/could not scan \/proc\/self\/mem: /);
  });

  it("a config with a syntax error names the file and line", () => {
    const dir = tempDir();
    writeTree(dir, { ".leakhound.toml": '[allowlist]\npaths = ["a"\n' });
    expectOneLineError(runCli(["dir", dir]), /\.leakhound\.toml:\d+: /);
  });

  it("a config with an unknown field or a bad regex in a user rule names both", () => {
    const dir = tempDir();
    writeTree(dir, { "a.toml": "[allowlist]\npath = ['x']\n" });
    expectOneLineError(
      runCli(["dir", dir, "--config", `${dir}/a.toml`]),
      /a\.toml: \[allowlist\]: unknown field "path"/,
    );
    writeTree(dir, {
      "b.toml": "[[rules]]\nid = 'mine'\ndescription = 'mine'\nregex = '''(foo(?=bar))'''\nkeywords = ['foo']\n",
    });
    expectOneLineError(runCli(["dir", dir, "--config", `${dir}/b.toml`]), /b\.toml: rule "mine": invalid regex/);
    writeTree(dir, { "c.toml": "[[rules]]\nid = 'mine'\nregex = 'x'\n" });
    expectOneLineError(
      runCli(["dir", dir, "--config", `${dir}/c.toml`]),
      /c\.toml: rule "mine": missing field "description"/,
    );
  });

  it("a missing config file", () => {
    expectOneLineError(runCli(["dir", ".", "--config", "/no/such.toml"]), /cannot read config \/no\/such\.toml/);
  });

  it("an unwritable output file", () => {
    const dir = tempDir();
    writeTree(dir, { "a.env": `T=${fake("{{crc32:ghp_}}")}\n` });
    expectOneLineError(
      runCli(["dir", dir, "-q", "-o", "/no/such/dir/out.json"]),
      /cannot write \/no\/such\/dir\/out\.json/,
    );
  });
});
