// The command line: parses arguments, runs a subcommand, and turns every error into one line and exit 2.
import yargs, { type Argv } from "yargs";
import { LeakhoundError } from "../errors.js";
import { FORMATS } from "../report/index.js";
import { VERSION } from "../version.js";
import { reportFailure } from "./fail.js";
import { MAX_FILE_BYTES, parseExitCode, parseMaxFileSize, parseRedaction, REDACT_LEVEL, separateRedactLevel } from "./flags.js";
import { baselineCommand, dirCommand, gitCommand, revokeCommand, stagedCommand, stdinCommand, ticketsSyncCommand, verifyCommand } from "./scan-commands.js";
import { checkRevokeFlags } from "./revoke-command.js";
import { BASELINE_FILE } from "../filters/baseline.js";
import { TICKET_PROVIDERS } from "../tickets/settings.js";
import { installHookCommand } from "./hook-command.js";
import { mergeCommand, reposCommand, type ReposArgs } from "./repos-command.js";
import { rulesCheckCommand, rulesListCommand } from "./rules-commands.js";
import { completionScript, SHELLS } from "./completion.js";
import { operatorConfigPath } from "./gitleaks-flags.js";
import { writeStdout } from "./stdio.js";
import { baselineSubcommands } from "./baseline-subcommands.js";

function scanOptions<T>(y: Argv<T>) {
  return y
    .option("config", { alias: "c", type: "string", describe: "your config file: detection and operator settings (default: the scanned folder's .leakhound.toml, detection settings only)" })
    .option("config-format", { choices: ["leakhound", "gitleaks"] as const, describe: "the schema of --config (default: gitleaks when the file name says gitleaks, else leakhound)" })
    .option("format", { alias: ["f", "report-format"], choices: FORMATS, default: "text" as const, describe: "report format" })
    .option("output", { alias: ["o", "report-path"], type: "string", describe: "write the report to this file instead of stdout" })
    .option("redact", { type: "boolean", describe: "redact secrets (default: a short prefix); --redact=N hides N% (100: all of it, 0: none); --no-redact shows them" })
    .option(REDACT_LEVEL, { type: "string", hidden: true })
    .option("author-email", { type: "boolean", default: false, describe: "SARIF: include commit authors' e-mail addresses (left out by default)" })
    .option("exit-code", { type: "string", default: "1", coerce: parseExitCode, describe: "exit code when there are findings (1-125)" })
    .option("quiet", { alias: "q", type: "boolean", default: false, describe: "print nothing when clean; only findings and errors otherwise" })
    .option("baseline", { alias: "baseline-path", type: "string", describe: `accepted findings not to report (default: ${BASELINE_FILE} at the root, if any); --no-baseline ignores it` })
    .option("max-file-size", { alias: "max-target-megabytes", type: "string", default: "10", coerce: maxFileSizeMb, describe: `skip files (or a file's changes in a commit) larger than this many MB (at most ${Math.floor(MAX_FILE_BYTES / 2 ** 20)})` })
    .option("verify", { type: "boolean", default: false, describe: "ask each provider whether the secrets found are live (read-only requests to the provider's own host)" })
    .option("explain", { type: "boolean", default: false, describe: "with --verify: print the request that would be sent for each finding, send nothing" })
    .option("audit-log", { type: "string", describe: "with --verify: append one JSON line per request sent (never the secret)" })
    .option("verify-base-url", { type: "string", array: true, describe: "with --verify: provider=URL, e.g. github=https://ghe.example.com/api/v3" })
    .option("ticket", { choices: TICKET_PROVIDERS, describe: "with --verify: open a rotate-now ticket for each live secret (settings in [tickets])" })
    .option("revoke", { type: "boolean", default: false, describe: "verify, then revoke each live secret through its provider's revocation API (asks first unless --yes)" })
    .option("revoke-providers", { type: "string", array: true, describe: "with --revoke: only these providers, e.g. github,gitlab" })
    .option("yes", { type: "boolean", default: false, describe: "with --revoke: do not ask" })
    .option("color", { type: "boolean", describe: "--color: colours even when not on a terminal; --no-color: none (default: on a terminal, unless NO_COLOR is set or TERM=dumb)" })
    .option("enable-rule", { type: "string", array: true, describe: "only these rule ids (`leakhound rules list` shows them)" })
    .option("gitleaks-ignore-path", { alias: "i", type: "string", describe: "a .gitleaksignore file, or the folder holding one (default: the one at the root)" })
    // gitleaks flags with nothing to do here: leakhound prints no banner and always lists its findings
    .option("banner", { type: "boolean", hidden: true })
    .option("verbose", { alias: "v", type: "boolean", hidden: true });
}

/** Examples below the options, each command on a line of its own: yargs' example column would wrap a command mid-way. */
function exampleText(list: [command: string, what: string][]): string {
  return ["Examples:", ...list.map(([command, what]) => `  ${command.replace(/\$0/g, "leakhound")}\n      ${what}`)].join("\n");
}

/** yargs names an unknown --kebab-flag twice, as itself and camelCased: once is enough. */
function unknownOnce(message: string): string {
  const m = /^Unknown arguments?: (.*)$/s.exec(message);
  if (!m) return message;
  const names = m[1]!.split(", ").map((n) => n.trim());
  const kebab = (n: string) => n.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const once = names.filter((n, i) => names.indexOf(n) === i && !(n !== kebab(n) && names.includes(kebab(n))));
  return `Unknown ${once.length === 1 ? "argument" : "arguments"}: ${once.join(", ")}`;
}

/** The MB value of --max-file-size, once it is known to fit (flags.ts). */
function maxFileSizeMb(value: unknown): number {
  parseMaxFileSize(value);
  return Number(value);
}

export async function main(argv: string[]): Promise<number> {
  // set only when a command has run to its end: anything else is a failure, never a clean exit
  let exitCode = 2;
  const debug = argv.includes("--debug");
  const cli = yargs(separateRedactLevel(argv))
    .scriptName("leakhound")
    .usage("$0 <command> [options]\n\nFinds secrets (API keys, tokens, private keys, passwords) in files and text.")
    .version(VERSION)
    .option("debug", { type: "boolean", default: false, describe: "show stack traces on errors" })
    // one Redaction from --redact, --redact=N and --no-redact, for the commands that report
    .middleware((args) => {
      if ("redact" in args || REDACT_LEVEL in args) args.redaction = parseRedaction(args.redact as boolean | undefined, args[REDACT_LEVEL]);
      // revocation needs verification (only live secrets are revoked); off a terminal, --yes
      if (args._[0] === "revoke") args.revoke = true;
      checkRevokeFlags(String(args._[0] ?? ""), args as { revoke?: boolean; yes?: boolean; explain?: boolean; revokeProviders?: string[] });
      if (args.revoke) args.verify = true;
    })
    .command(
      "dir [paths..]",
      "scan files and folders (default: the current folder)",
      (y) =>
        scanOptions(y)
          .positional("paths", { type: "string", array: true, default: ["."] })
          .option("include", { type: "string", array: true, describe: "only scan paths matching these globs" })
          .option("exclude", { type: "string", array: true, describe: "skip paths matching these globs" })
          .option("workers", { type: "number", describe: "worker threads (default: one per core)" })
          .option("gitignore", { type: "boolean", default: true, describe: "in a git work tree, skip the untracked files its .gitignore ignores; --no-gitignore scans everything" })
          .epilog(
            exampleText([
              ["$0 dir .", "scan the current folder"],
              ["$0 dir src --exclude '**/*.test.ts' -f sarif -o leakhound.sarif", "SARIF for code scanning"],
              ["$0 dir . --no-gitignore", "also the files .gitignore ignores (build output, local .env files)"],
            ]),
          ),
      async (args) => {
        exitCode = await dirCommand(args as unknown as Parameters<typeof dirCommand>[0]);
      },
    )
    .command(
      "git [repo]",
      "scan the history of a git repository (default: all refs)",
      (y) =>
        scanOptions(y)
          .positional("repo", { type: "string", default: ".", describe: "repository (work tree or bare), or a clone URL (https://, ssh://, file://)" })
          .option("branch", { type: "string", describe: "scan only this branch (or revision) and its history" })
          .option("range", { type: "string", describe: "scan only the commits in A..B" })
          .option("since-commit", { type: "string", describe: "scan only the commits after this one" })
          .option("settings-from", {
            choices: ["worktree", "base"] as const,
            default: "worktree" as const,
            describe: "with --range A..B: read the repository's config, baseline and .gitleaksignore from the work tree, or from A, so that the range cannot change the settings it is judged by",
          })
          .option("log-opts", { type: "string", describe: "gitleaks' git log options: a revision or range, --all, --since=…, --until=…, --author=…, -n N, --no-merges (nothing else)" })
          .conflicts("range", ["branch", "since-commit"])
          .epilog(
            exampleText([
              ["$0 git .", "every commit on every branch and tag"],
              ["$0 git --range origin/main..HEAD -f sarif -o leakhound.sarif", "the commits of a pull request"],
              ["$0 git --range origin/main..HEAD --settings-from base", "judged by main's settings, not the branch's"],
              ["$0 git https://github.com/OWNER/REPO.git", "clone a repository into a temporary folder and scan its history"],
            ]),
          ),
      async (args) => {
        exitCode = await gitCommand(args as unknown as Parameters<typeof gitCommand>[0]);
      },
    )
    .command(
      "staged [repo]",
      "scan what is staged for the next commit (for pre-commit hooks)",
      (y) =>
        scanOptions(y)
          .positional("repo", { type: "string", default: "." })
          .epilog(exampleText([["$0 staged", "scan the index against HEAD"]])),
      async (args) => {
        exitCode = await stagedCommand(args as unknown as Parameters<typeof stagedCommand>[0]);
      },
    )
    .command(
      "baseline [target]",
      `record what a scan finds in ${BASELINE_FILE}, so later scans report only new findings`,
      (y) =>
        scanOptions(y)
          .positional("target", { type: "string", default: ".", describe: "repository (history is scanned) or, with --dir, a folder" })
          .option("dir", { type: "boolean", default: false, describe: "scan the files of a folder instead of git history" })
          .option("prune", { type: "boolean", default: false, describe: "drop entries that no longer match a finding" })
          .epilog(exampleText([["$0 baseline", `accept everything in this repository's history; commit ${BASELINE_FILE}`]]))
          .command(baselineSubcommands((code) => (exitCode = code))),
      async (args) => {
        exitCode = await baselineCommand(args as unknown as Parameters<typeof baselineCommand>[0]);
      },
    )
    .command(
      "verify [target]",
      "scan a repository's history (or with --dir a folder) and ask the providers which secrets are live",
      (y) =>
        scanOptions(y)
          .positional("target", { type: "string", default: "." })
          .option("dir", { type: "boolean", default: false, describe: "scan the files of a folder instead of git history" })
          .epilog(exampleText([["$0 verify --explain", "show the request each finding would cause, send nothing"], ["$0 verify --ticket github", "open a rotate-now issue for each live secret"]])),
      async (args) => {
        exitCode = await verifyCommand(args as unknown as Parameters<typeof verifyCommand>[0]);
      },
    )
    .command(
      "revoke [target]",
      "scan, verify, and revoke the live secrets through their provider's revocation API",
      (y) =>
        scanOptions(y)
          .positional("target", { type: "string", default: "." })
          .option("dir", { type: "boolean", default: false, describe: "scan the files of a folder instead of git history" })
          .epilog(
            exampleText([
              ["$0 revoke --explain", "show the verification and revocation requests, send nothing"],
              ["$0 revoke . --yes --revoke-providers github", "revoke live GitHub tokens without asking"],
            ]),
          ),
      async (args) => {
        exitCode = await revokeCommand(args as unknown as Parameters<typeof revokeCommand>[0]);
      },
    )
    .command("tickets", "manage rotate-now tickets", (y) =>
      y
        .command(
          "sync [repo]",
          "re-verify the secrets of open tickets and close those that were rotated",
          (yy) => scanOptions(yy).positional("repo", { type: "string", default: "." }),
          async (args) => {
            exitCode = await ticketsSyncCommand(args as unknown as Parameters<typeof ticketsSyncCommand>[0]);
          },
        )
        .demandCommand(1, "name a tickets subcommand: sync"),
    )
    .command(
      "install-hook [repo]",
      "install a git pre-commit hook that runs `leakhound staged`",
      (y) =>
        y
          .positional("repo", { type: "string", default: "." })
          .option("force", { type: "boolean", default: false, describe: "replace an existing pre-commit hook" })
          .option("chain", { type: "boolean", default: false, describe: "keep an existing pre-commit hook and run it before leakhound" })
          .option("uninstall", { type: "boolean", default: false, describe: "remove leakhound's hook" }),
      (args) => {
        exitCode = installHookCommand(args.repo, { force: args.force, chain: args.chain, uninstall: args.uninstall });
      },
    )
    .command(
      "repos [list]",
      "scan the full history of many repositories: resumable, incremental, shardable",
      (y) =>
        y
          .positional("list", { type: "string", describe: "file with one local path or clone URL per line" })
          .option("github-org", { type: "string", describe: "every repository of this GitHub organisation" })
          .option("github-user", { type: "string", describe: "every repository of this GitHub user" })
          .option("github-api-url", { type: "string", describe: "GitHub Enterprise API URL (https://HOST/api/v3)" })
          .option("include", { type: "string", array: true, describe: "only repositories whose names match these globs" })
          .option("exclude", { type: "string", array: true, describe: "skip repositories whose names match these globs" })
          .option("skip-archived", { type: "boolean", default: false })
          .option("skip-forks", { type: "boolean", default: false })
          .option("cache-dir", { type: "string", describe: "where bare clones are kept (default ~/.cache/leakhound/repos)" })
          .option("state", { type: "string", describe: "SQLite state file (default: state.sqlite in the cache folder)" })
          .option("jobs", { alias: "j", type: "number", describe: "repositories scanned at once (default: one per core)" })
          .option("shard", { type: "string", describe: "i/n: scan only this shard of the list (CI matrix)" })
          .option("shards", { type: "number", describe: "n shards, this one from JOB_COMPLETION_INDEX (Kubernetes Indexed Job)" })
          .option("format", { alias: "f", choices: ["jsonl", "sarif", "html"] as const, default: "jsonl" as const })
          .option("output", { alias: "o", type: "string", describe: "write the findings here instead of stdout" })
          .option("output-dir", { type: "string", describe: "also write one file per repository here" })
          .option("new-only", { type: "boolean", default: false, describe: "report only the findings no earlier run reported (default: every current finding)" })
          .option("lock-wait", { type: "number", default: 0, describe: "seconds to wait for another run on the same state (default: exit 2 at once)" })
          .option("report", { type: "boolean", default: false, describe: "print the summary kept in the state, scan nothing" })
          .option("redact", { type: "boolean", default: true, describe: "always on: the state and outputs hold redacted secrets only" })
          .option(REDACT_LEVEL, { type: "string", hidden: true })
          .option("config", { alias: "c", type: "string" })
          .option("quiet", { alias: "q", type: "boolean", default: false })
          .option("max-file-size", { type: "string", default: "10", coerce: maxFileSizeMb })
          .conflicts("github-org", "github-user")
          .epilog(exampleText([["$0 repos repos.txt -o findings.jsonl", "every repository in the list"], ["$0 repos repos.txt --new-only", "only what no earlier run reported"], ["$0 repos --github-org acme --skip-forks --shard 0/4", "one shard of an organisation"]])),
      async (args) => {
        exitCode = await reposCommand(args as unknown as ReposArgs);
      },
    )
    .command(
      "merge <files..>",
      "join the JSONL or SARIF outputs of several shards",
      (y) => y.positional("files", { type: "string", array: true, demandOption: true }).option("output", { alias: "o", type: "string" }),
      (args) => {
        exitCode = mergeCommand(args.files as string[], args.output);
      },
    )
    .command(
      "stdin",
      "scan text piped on standard input",
      (y) =>
        scanOptions(y)
          .option("label", { type: "string", default: "<stdin>", describe: "path to show for the text" })
          .epilog(exampleText([["git show HEAD | $0 stdin", "scan a patch"]])),
      async (args) => {
        exitCode = await stdinCommand(args as unknown as Parameters<typeof stdinCommand>[0]);
      },
    )
    .command("rules", "list built-in rules or check a rule file", (y) =>
      y
        .command(
          "list",
          "list the rules in use",
          (yy) =>
            yy
              .option("config", { alias: "c", type: "string", describe: "config file" })
              .option("format", { alias: "f", choices: ["text", "json"] as const, default: "text" as const, describe: "text: one rule a line; json: an array of rules" }),
          (args) => {
            exitCode = rulesListCommand(operatorConfigPath(args.config), args.format);
          },
        )
        .command(
          "check <file>",
          "validate a rule file and run its examples",
          (yy) => yy.positional("file", { type: "string", demandOption: true }),
          (args) => {
            exitCode = rulesCheckCommand(args.file);
          },
        )
        .demandCommand(1, "name a rules subcommand: list or check"),
    )
    .command("version", "print leakhound's version (as `gitleaks version` does)", (y) => y, () => {
      writeStdout(`${VERSION}\n`);
      exitCode = 0;
    })
    .command(
      "completion <shell>",
      "print a shell completion script: bash, zsh or fish",
      (y) =>
        y
          .positional("shell", { choices: SHELLS, demandOption: true })
          .epilog(
            exampleText([
              ["source <($0 completion bash)", "bash: for this shell; add the line to ~/.bashrc to keep it"],
              ["source <($0 completion zsh)", "zsh: for this shell; add the line to ~/.zshrc to keep it"],
              ["$0 completion fish > ~/.config/fish/completions/leakhound.fish", "fish"],
            ]),
          ),
      (args) => {
        writeStdout(completionScript(args.shell));
        exitCode = 0;
      },
    )
    .demandCommand(1, "name a command: git, staged, dir, stdin, install-hook or rules (see --help)")
    .strict()
    .recommendCommands()
    .exitProcess(false)
    .fail((message, err) => {
      // yargs re-throws what a coerce function threw (flags.ts: usage errors) as a YError
      if (err?.name === "YError") throw new LeakhoundError("USAGE", unknownOnce(err.message.replace(/\s*\n\s*/g, " ")));
      if (err) throw err;
      throw new LeakhoundError("USAGE", unknownOnce((message ?? "invalid usage").replace(/\s*\n\s*/g, " ")));
    })
    .help()
    .wrap(Math.min(100, process.stdout.columns ?? 100));

  // yargs renders the whole help text into a cache each time a command starts, for a failure it
  // would print with help later (about 50 ms, most of the start-up of a small scan). Failures here
  // print one line and no help, and --help renders its text when asked: the cache is never read.
  // (an internal yargs method, missing from its types: where a future yargs lacks it, nothing changes)
  const internals = cli as unknown as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } };
  const usage = internals.getInternalMethods?.().getUsageInstance?.();
  if (usage?.cacheHelpMessage) usage.cacheHelpMessage = () => undefined;

  try {
    const args = await cli.parseAsync();
    // --help and --version run no command and print what was asked: that is done
    if (args.help || args.version) return 0;
    return exitCode;
  } catch (err) {
    return reportFailure(err, debug);
  }
}
