// The command-line parser (src/cli/args.ts) on the real command table (src/cli/main.ts): argv in,
// the command and its arguments out, or the usage error a user sees. In-process and fast; the end-to-end
// checks of help and completion run the real CLI.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { closest, helpText, parse, type Command } from "../src/cli/args.js";
import { PROGRAM } from "../src/cli/main.js";
import { separateRedactLevel } from "../src/cli/flags.js";
import { FORMATS } from "../src/report/index.js";
import { FAST_STAGED_OPTIONS } from "../src/cli/fast-staged.js";
import { flagsOf } from "../src/cli/args.js";
import { runCli } from "./helpers.js";

/** The arguments a command would run with. */
function args(...argv: string[]) {
  const parsed = parse(PROGRAM, separateRedactLevel(argv));
  if (parsed.kind !== "run") throw new Error(`not a run: ${parsed.kind}`);
  return parsed.args;
}
/** The usage error argv gives. */
function error(...argv: string[]): string {
  try {
    parse(PROGRAM, separateRedactLevel(argv));
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error(`no error for ${argv.join(" ")}`);
}

describe("parsing", () => {
  it("camelCase names, defaults, coerced values and positionals' defaults", () => {
    const a = args("dir");
    expect(a).toMatchObject({
      command: ["dir"],
      paths: ["."],
      format: "text",
      exitCode: 1,
      maxFileSize: 10,
      gitignore: true,
      quiet: false,
      verify: false,
    });
    expect(a).not.toHaveProperty("config");
    expect(args("git", "repo", "--since-commit", "abc", "--settings-from=base", "--exit-code", "7")).toMatchObject({
      repo: "repo",
      sinceCommit: "abc",
      settingsFrom: "base",
      exitCode: 7,
    });
    expect(args("repos", "list.txt", "-j", "3", "--lock-wait", "1.5")).toMatchObject({
      list: "list.txt",
      jobs: 3,
      lockWait: 1.5,
      format: "jsonl",
      redact: true,
    });
  });

  it("short flags alone, grouped and with the value attached; gitleaks' long aliases", () => {
    expect(args("dir", "-qf", "json")).toMatchObject({ quiet: true, format: "json" });
    expect(args("dir", "-fsarif", "-o=out.sarif")).toMatchObject({ format: "sarif", output: "out.sarif" });
    expect(
      args("dir", "--report-format", "jsonl", "--report-path", "r.jsonl", "--max-target-megabytes", "3"),
    ).toMatchObject({ format: "jsonl", output: "r.jsonl", maxFileSize: 3 });
    expect(args("dir", "--baseline-path=b.json")).toMatchObject({ baseline: "b.json" });
  });

  it("--no-x for booleans and for --baseline; of two booleans the last wins", () => {
    expect(args("dir", "--no-baseline", "--no-gitignore", "--no-color", "--no-banner")).toMatchObject({
      baseline: false,
      gitignore: false,
      color: false,
    });
    expect(args("dir", "--no-redact", "--redact")).toMatchObject({ redact: true });
    expect(args("dir", "--redact", "--no-redact")).toMatchObject({ redact: false });
    expect(args("dir", "--verify=false").verify).toBe(false);
    expect(error("dir", "--no-config")).toBe("Unknown argument: no-config");
    expect(error("dir", "--verify=yes")).toMatch(/^--verify takes no value/);
  });

  it("--redact=N reaches the command apart from --redact, and twice is an error", () => {
    expect(args("dir", "--redact=50").redactLevel).toEqual(["50"]);
    expect(args("dir", "--redact", "src")).toMatchObject({ redact: true, paths: ["src"] });
    expect(args("dir", "--redact=1", "--redact=2").redactLevel).toEqual(["1", "2"]);
  });

  it("repeatable flags collect every value; any other value flag given twice is a mistake", () => {
    expect(args("dir", "--enable-rule", "a", "--enable-rule=b", "--exclude", "x/**").enableRule).toEqual(["a", "b"]);
    // one value each: the word after is a path again, not a second glob
    expect(args("dir", "--exclude", "*.md", "src")).toMatchObject({ exclude: ["*.md"], paths: ["src"] });
    expect(error("dir", "-f", "json", "--format", "sarif")).toBe("--format is given more than once");
    expect(error("dir", "-c", "a.toml", "-c", "b.toml")).toBe("-c is given more than once");
  });

  it("a flag that takes a value and has none is an error, not a silent default", () => {
    expect(error("dir", "--format")).toBe("--format needs a value");
    expect(error("dir", "--config", "--quiet")).toBe("--config needs a value");
    expect(error("dir", "-o")).toBe("-o needs a value");
    expect(args("dir", "-o", "-").output).toBe("-");
  });

  it("after --, every word is a positional", () => {
    expect(args("dir", "--", "-odd-name", "--help").paths).toEqual(["-odd-name", "--help"]);
    expect(args("dir", "a", "--", "b")).toMatchObject({ paths: ["a", "b"] });
  });

  it("choices, numbers and conflicts", () => {
    expect(error("dir", "--format", "xml")).toBe(
      `Invalid values: Argument: format, Given: "xml", Choices: ${FORMATS.map((f) => JSON.stringify(f)).join(", ")}`,
    );
    expect(error("rules", "list", "-f", "sarif")).toBe(
      'Invalid values: Argument: format, Given: "sarif", Choices: "text", "json"',
    );
    expect(error("completion", "tcsh")).toBe(
      'Invalid values: Argument: shell, Given: "tcsh", Choices: "bash", "zsh", "fish"',
    );
    expect(error("dir", "--workers", "two")).toBe('--workers takes a number, not "two"');
    expect(error("git", "--range", "a..b", "--since-commit", "c")).toBe(
      "Arguments range and since-commit are mutually exclusive",
    );
    expect(error("repos", "--github-org", "a", "--github-user", "b")).toBe(
      "Arguments github-org and github-user are mutually exclusive",
    );
    expect(error("dir", "--exit-code", "0")).toMatch(/^--exit-code must be a whole number from 1 to 125/);
  });

  it("unknown flags and extra words are named once, together", () => {
    expect(error("dir", ".", "--report-formatt", "json", "--fooBar")).toBe("Unknown arguments: report-formatt, fooBar");
    expect(error("git", ".", "extra")).toBe("Unknown argument: extra");
    expect(error("stdin", "-z")).toBe("Unknown argument: z");
    expect(error("install-hook", "--format", "json")).toBe("Unknown argument: format");
  });

  it("commands and subcommands: missing, unknown and mistyped", () => {
    expect(error()).toBe("name a command: git, staged, dir, stdin, install-hook or rules (see --help)");
    expect(error("--debug")).toBe("name a command: git, staged, dir, stdin, install-hook or rules (see --help)");
    expect(error("dri")).toBe("Unknown command: dri (did you mean dir?)");
    expect(error("launch")).toBe("Unknown command: launch");
    expect(error("rules")).toBe("name a rules subcommand: list or check");
    expect(error("rules", "lst")).toBe("Unknown rules subcommand: lst (did you mean list?)");
    expect(error("tickets", "snyc")).toBe("Unknown tickets subcommand: snyc (did you mean sync?)");
    expect(error("merge")).toBe("merge needs <files..>");
    expect(error("rules", "check")).toBe("rules check needs <file>");
    expect(args("rules", "list", "-f", "json")).toMatchObject({ command: ["rules", "list"], format: "json" });
    expect(args("tickets", "sync", "r")).toMatchObject({ command: ["tickets", "sync"], repo: "r" });
    expect(closest("stagd", ["staged", "stdin"])).toBe("staged");
    expect(closest("xyz", ["dir", "git"])).toBeUndefined();
  });

  it("--help and --version win over everything else on the line", () => {
    expect(parse(PROGRAM, ["dir", "--help", "--frobnicate"])).toMatchObject({ kind: "help" });
    const help = parse(PROGRAM, ["help", "rules", "list"]);
    expect(help.kind === "help" && help.path.map((c) => c.name)).toEqual(["leakhound", "rules", "list"]);
    expect(parse(PROGRAM, ["-h"])).toMatchObject({ kind: "help" });
    expect(parse(PROGRAM, ["git", "--version"])).toEqual({ kind: "version" });
  });
});

/** Every command of the table with its path: `[program, rules, list]`. */
function commands(): Command[][] {
  const out: Command[][] = [];
  const walk = (path: Command[]) => {
    out.push(path);
    for (const sub of path[path.length - 1]!.subcommands ?? []) walk([...path, sub]);
  };
  for (const c of PROGRAM.subcommands ?? []) walk([PROGRAM, c]);
  return out;
}

describe("help and completion come from the same table", () => {
  it("every command's help lists each of its flags, their short forms and aliases, and nothing hidden", () => {
    for (const path of commands()) {
      const text = helpText(PROGRAM, path, 100);
      const command = path[path.length - 1]!;
      for (const flag of command.flags ?? []) {
        if (flag.hidden) {
          expect(text, flag.name).not.toMatch(new RegExp(`--${flag.name}\\b(?!-)`));
          continue;
        }
        const label = `${flag.short ? `-${flag.short}, ` : "    "}${[flag.name, ...(flag.aliases ?? [])].map((n) => `--${n}`).join(", ")}`;
        expect(text, `${command.name} ${flag.name}`).toContain(`  ${label}`);
      }
      for (const sub of command.subcommands ?? [])
        expect(text).toContain(`  ${[...path.slice(1), sub].map((c) => c.name).join(" ")}`);
      for (const line of text.split("\n")) expect(line.length, line).toBeLessThanOrEqual(100);
    }
  });

  it("bash completes every flag spelling of every command and subcommand, and the values of each choice", () => {
    const script = runCli(["completion", "bash"]).stdout;
    const complete = (words: string[]) => {
      const setup = `${script}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length - 1}; _leakhound; printf '%s\\n' "\${COMPREPLY[@]}"`;
      return spawnSync("bash", ["-c", setup], { encoding: "utf8" }).stdout.split("\n").filter(Boolean);
    };
    for (const path of commands()) {
      const words = ["leakhound", ...path.slice(1).map((c) => c.name)];
      const command = path[path.length - 1]!;
      const offered = complete([...words, "--"]);
      for (const flag of [...(command.flags ?? []), ...(PROGRAM.flags ?? [])].filter((f) => !f.hidden)) {
        for (const name of [flag.name, ...(flag.aliases ?? []), ...(flag.negatable ? [`no-${flag.name}`] : [])])
          expect(offered, `${words.join(" ")} --${name}`).toContain(`--${name}`);
        if (flag.choices)
          expect(complete([...words, `--${flag.name}`, ""]).sort(), `${words.join(" ")} --${flag.name}`).toEqual(
            [...flag.choices].sort(),
          );
      }
      if (command.subcommands)
        expect(complete([...words, ""])).toEqual(expect.arrayContaining(command.subcommands.map((c) => c.name)));
    }
    expect(complete(["leakhound", "rules", "list", "-f", ""]).sort()).toEqual(["json", "text"]);
    expect(complete(["leakhound", "repos", "--format", ""]).sort()).toEqual(["html", "jsonl", "sarif"]);
  });

  it("the pre-commit fast path takes no flag the full CLI's `staged` does not take the same way", () => {
    const staged = PROGRAM.subcommands!.find((c) => c.name === "staged")!;
    const table = flagsOf(PROGRAM, [PROGRAM, staged]);
    for (const [name, option] of Object.entries(FAST_STAGED_OPTIONS)) {
      const negated = name.startsWith("no-") ? table.find((f) => f.name === name.slice(3)) : undefined;
      if (negated) {
        expect(negated.type === "boolean" || negated.negatable, name).toBe(true);
        continue;
      }
      const flag = table.find((f) => f.name === name);
      expect(flag, name).toBeDefined();
      expect(flag!.type, name).toBe(option.type);
      expect(flag!.short, name).toBe("short" in option ? option.short : undefined);
    }
  });

  it("the CLI: help exits 0, usage errors exit 2 with one line", () => {
    const help = runCli(["help", "git"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^leakhound git \[repo\] \[options\]\n/);
    const merge = runCli(["merge"]);
    expect(merge.code).toBe(2);
    expect(merge.stderr).toBe("leakhound: merge needs <files..>\nRun `leakhound --help` for usage.\n");
    const twice = runCli(["dir", ".", "-f", "json", "-f", "sarif"]);
    expect(twice.code).toBe(2);
    expect(twice.stderr.split("\n")[0]).toBe("leakhound: -f is given more than once");
    // the same on the pre-commit fast path, which hands what it would read differently to the full CLI
    const staged = runCli(["staged", ".", "-f", "json", "--format", "sarif"]);
    expect(staged.code).toBe(2);
    expect(staged.stderr.split("\n")[0]).toBe("leakhound: --format is given more than once");
  });
});
