// The command line: the table of commands and flags (parsed, shown in --help and completed from
// args.ts), running the command asked for, and turning every error into one line and exit 2.
import { FORMATS } from "../report/index.js";
import { REPOS_FORMATS } from "../report/repos.js";
import { VERSION } from "../version.js";
import { helpText, parse, type Args, type Command, type Flag, type Program } from "./args.js";
import { reportFailure } from "./fail.js";
import {
  MAX_FILE_BYTES,
  parseExitCode,
  parseMaxFileSize,
  parseRedaction,
  REDACT_LEVEL,
  separateRedactLevel,
} from "./flags.js";
import {
  baselineCommand,
  dirCommand,
  gitCommand,
  revokeCommand,
  stagedCommand,
  stdinCommand,
  ticketsSyncCommand,
  verifyCommand,
} from "./scan-commands.js";
import { checkRevokeFlags } from "./revoke-command.js";
import { BASELINE_FILE } from "../filters/baseline.js";
import { TICKET_PROVIDERS } from "../tickets/settings.js";
import { installHookCommand } from "./hook-command.js";
import { mergeCommand, reposCommand, type ReposArgs } from "./repos-command.js";
import { rulesCheckCommand, rulesListCommand } from "./rules-commands.js";
import { completionScript, SHELLS, type Shell } from "./completion.js";
import { operatorConfigPath } from "./gitleaks-flags.js";
import { writeStdout } from "./stdio.js";
import { baselineSubcommands } from "./baseline-subcommands.js";

/** The MB value of --max-file-size, once it is known to fit (flags.ts). */
function maxFileSizeMb(value: unknown): number {
  parseMaxFileSize(value);
  return Number(value);
}

/** `--redact=N`, renamed before parsing (flags.ts); an array so that a second one is its own error */
const REDACT_LEVEL_FLAG: Flag = { name: REDACT_LEVEL, type: "string", array: true, hidden: true };
const MAX_FILE_SIZE_FLAG: Flag = {
  name: "max-file-size",
  type: "string",
  default: "10",
  coerce: maxFileSizeMb,
  placeholder: "MB",
};

/** The flags of every command that scans and reports. */
const SCAN_FLAGS: Flag[] = [
  {
    name: "config",
    short: "c",
    type: "string",
    placeholder: "FILE",
    describe:
      "your config file: detection and operator settings (default: the scanned folder's .leakhound.toml, detection settings only)",
  },
  {
    name: "config-format",
    type: "string",
    choices: ["leakhound", "gitleaks"],
    placeholder: "SCHEMA",
    describe: "the schema of --config (default: gitleaks when the file name says gitleaks, else leakhound)",
  },
  {
    name: "format",
    short: "f",
    aliases: ["report-format"],
    type: "string",
    choices: FORMATS,
    default: "text",
    placeholder: "FORMAT",
    describe: "report format",
  },
  {
    name: "output",
    short: "o",
    aliases: ["report-path"],
    type: "string",
    placeholder: "FILE",
    describe: "write the report to this file instead of stdout",
  },
  {
    name: "redact",
    type: "boolean",
    negatable: true,
    describe:
      "redact secrets (default: a short prefix); --redact=N hides N% (100: all of it, 0: none); --no-redact shows them",
  },
  REDACT_LEVEL_FLAG,
  {
    name: "author-email",
    type: "boolean",
    default: false,
    describe: "SARIF: include commit authors' e-mail addresses (left out by default)",
  },
  {
    name: "exit-code",
    type: "string",
    default: "1",
    coerce: parseExitCode,
    placeholder: "N",
    describe: "exit code when there are findings (1-125)",
  },
  {
    name: "quiet",
    short: "q",
    type: "boolean",
    default: false,
    describe: "print nothing when clean; only findings and errors otherwise",
  },
  {
    name: "baseline",
    aliases: ["baseline-path"],
    type: "string",
    negatable: true,
    placeholder: "FILE",
    describe: `accepted findings not to report (default: ${BASELINE_FILE} at the root, if any); --no-baseline ignores it`,
  },
  {
    ...MAX_FILE_SIZE_FLAG,
    aliases: ["max-target-megabytes"],
    describe: `skip files (or a file's changes in a commit) larger than this many MB (at most ${Math.floor(MAX_FILE_BYTES / 2 ** 20)})`,
  },
  {
    name: "verify",
    type: "boolean",
    default: false,
    describe: "ask each provider whether the secrets found are live (read-only requests to the provider's own host)",
  },
  {
    name: "explain",
    type: "boolean",
    default: false,
    describe: "with --verify: print the request that would be sent for each finding, send nothing",
  },
  {
    name: "audit-log",
    type: "string",
    placeholder: "FILE",
    describe: "with --verify: append one JSON line per request sent (never the secret)",
  },
  {
    name: "verify-base-url",
    type: "string",
    array: true,
    placeholder: "PROVIDER=URL",
    describe: "with --verify: provider=URL, e.g. github=https://ghe.example.com/api/v3",
  },
  {
    name: "ticket",
    type: "string",
    choices: TICKET_PROVIDERS,
    placeholder: "PROVIDER",
    describe: "with --verify: open a rotate-now ticket for each live secret (settings in [tickets])",
  },
  {
    name: "revoke",
    type: "boolean",
    default: false,
    describe: "verify, then revoke each live secret through its provider's revocation API (asks first unless --yes)",
  },
  {
    name: "revoke-providers",
    type: "string",
    array: true,
    placeholder: "LIST",
    describe: "with --revoke: only these providers, e.g. github,gitlab",
  },
  { name: "yes", type: "boolean", default: false, describe: "with --revoke: do not ask" },
  {
    name: "color",
    type: "boolean",
    negatable: true,
    describe:
      "--color: colours even when not on a terminal; --no-color: none (default: on a terminal, unless NO_COLOR is set or TERM=dumb)",
  },
  {
    name: "enable-rule",
    type: "string",
    array: true,
    placeholder: "ID",
    describe: "only these rule ids (`leakhound rules list` shows them)",
  },
  {
    name: "gitleaks-ignore-path",
    short: "i",
    type: "string",
    placeholder: "PATH",
    describe: "a .gitleaksignore file, or the folder holding one (default: the one at the root)",
  },
  // gitleaks flags with nothing to do here: leakhound prints no banner and always lists its findings
  { name: "banner", type: "boolean", negatable: true, hidden: true },
  { name: "verbose", short: "v", type: "boolean", hidden: true },
];

const DIR_FLAG: Flag = {
  name: "dir",
  type: "boolean",
  default: false,
  describe: "scan the files of a folder instead of git history",
};
/** `baseline`'s own flags; its subcommands take them too (baseline-subcommands.ts) */
const BASELINE_FLAGS: Flag[] = [
  ...SCAN_FLAGS,
  DIR_FLAG,
  { name: "prune", type: "boolean", default: false, describe: "drop entries that no longer match a finding" },
];

/** A command's run: the exit code of a command that has finished (scan-commands.ts and the others). */
const run =
  <T>(command: (args: T) => number | Promise<number>) =>
  (args: Args) =>
    command(args as unknown as T);

export const PROGRAM: Program = {
  name: "leakhound",
  version: VERSION,
  describe: "Finds secrets (API keys, tokens, private keys, passwords) in files and text.",
  flags: [{ name: "debug", type: "boolean", default: false, describe: "show stack traces on errors" }],
  missingSubcommand: "name a command: git, staged, dir, stdin, install-hook or rules (see --help)",
  subcommands: [
    {
      name: "dir",
      describe: "scan files and folders (default: the current folder)",
      positionals: [{ name: "paths", variadic: true, default: ["."] }],
      flags: [
        ...SCAN_FLAGS,
        {
          name: "include",
          type: "string",
          array: true,
          placeholder: "GLOB",
          describe: "only scan paths matching these globs",
        },
        {
          name: "exclude",
          type: "string",
          array: true,
          placeholder: "GLOB",
          describe: "skip paths matching these globs",
        },
        { name: "workers", type: "number", describe: "worker threads (default: one per core)" },
        {
          name: "gitignore",
          type: "boolean",
          negatable: true,
          default: true,
          describe:
            "in a git work tree, skip the untracked files its .gitignore ignores; --no-gitignore scans everything",
        },
      ],
      examples: [
        ["leakhound dir .", "scan the current folder"],
        ["leakhound dir src --exclude '**/*.test.ts' -f sarif -o leakhound.sarif", "SARIF for code scanning"],
        ["leakhound dir . --no-gitignore", "also the files .gitignore ignores (build output, local .env files)"],
      ],
      run: run(dirCommand),
    },
    {
      name: "git",
      describe: "scan the history of a git repository (default: all refs)",
      positionals: [
        {
          name: "repo",
          default: ".",
          describe: "repository (work tree or bare), or a clone URL (https://, ssh://, file://)",
        },
      ],
      flags: [
        ...SCAN_FLAGS,
        {
          name: "branch",
          type: "string",
          placeholder: "REV",
          describe: "scan only this branch (or revision) and its history",
        },
        { name: "range", type: "string", placeholder: "A..B", describe: "scan only the commits in A..B" },
        {
          name: "since-commit",
          type: "string",
          placeholder: "COMMIT",
          describe: "scan only the commits after this one",
        },
        {
          name: "settings-from",
          type: "string",
          choices: ["worktree", "base"],
          default: "worktree",
          placeholder: "WHERE",
          describe:
            "with --range A..B: read the repository's config, baseline and .gitleaksignore from the work tree, or from A, so that the range cannot change the settings it is judged by",
        },
        {
          name: "log-opts",
          type: "string",
          placeholder: "OPTS",
          describe:
            "gitleaks' git log options: a revision or range, --all, --since=…, --until=…, --author=…, -n N, --no-merges (nothing else)",
        },
      ],
      conflicts: [
        ["range", "branch"],
        ["range", "since-commit"],
      ],
      examples: [
        ["leakhound git .", "every commit on every branch and tag"],
        ["leakhound git --range origin/main..HEAD -f sarif -o leakhound.sarif", "the commits of a pull request"],
        ["leakhound git --range origin/main..HEAD --settings-from base", "judged by main's settings, not the branch's"],
        [
          "leakhound git https://github.com/OWNER/REPO.git",
          "clone a repository into a temporary folder and scan its history",
        ],
      ],
      run: run(gitCommand),
    },
    {
      name: "staged",
      describe: "scan what is staged for the next commit (for pre-commit hooks)",
      positionals: [{ name: "repo", default: "." }],
      flags: SCAN_FLAGS,
      examples: [["leakhound staged", "scan the index against HEAD"]],
      run: run(stagedCommand),
    },
    {
      name: "baseline",
      describe: `record what a scan finds in ${BASELINE_FILE}, so later scans report only new findings`,
      positionals: [
        { name: "target", default: ".", describe: "repository (history is scanned) or, with --dir, a folder" },
      ],
      flags: BASELINE_FLAGS,
      examples: [["leakhound baseline", `accept everything in this repository's history; commit ${BASELINE_FILE}`]],
      subcommands: baselineSubcommands(BASELINE_FLAGS),
      run: run(baselineCommand),
    },
    {
      name: "verify",
      describe: "scan a repository's history (or with --dir a folder) and ask the providers which secrets are live",
      positionals: [{ name: "target", default: "." }],
      flags: [...SCAN_FLAGS, DIR_FLAG],
      examples: [
        ["leakhound verify --explain", "show the request each finding would cause, send nothing"],
        ["leakhound verify --ticket github", "open a rotate-now issue for each live secret"],
      ],
      run: run(verifyCommand),
    },
    {
      name: "revoke",
      describe: "scan, verify, and revoke the live secrets through their provider's revocation API",
      positionals: [{ name: "target", default: "." }],
      flags: [...SCAN_FLAGS, DIR_FLAG],
      examples: [
        ["leakhound revoke --explain", "show the verification and revocation requests, send nothing"],
        ["leakhound revoke . --yes --revoke-providers github", "revoke live GitHub tokens without asking"],
      ],
      run: run(revokeCommand),
    },
    {
      name: "tickets",
      describe: "manage rotate-now tickets",
      subcommands: [
        {
          name: "sync",
          describe: "re-verify the secrets of open tickets and close those that were rotated",
          positionals: [{ name: "repo", default: "." }],
          flags: SCAN_FLAGS,
          run: run(ticketsSyncCommand),
        },
      ],
    },
    {
      name: "install-hook",
      describe: "install a git pre-commit hook that runs `leakhound staged`",
      positionals: [{ name: "repo", default: "." }],
      flags: [
        { name: "force", type: "boolean", default: false, describe: "replace an existing pre-commit hook" },
        {
          name: "chain",
          type: "boolean",
          default: false,
          describe: "keep an existing pre-commit hook and run it before leakhound",
        },
        { name: "uninstall", type: "boolean", default: false, describe: "remove leakhound's hook" },
      ],
      run: (args) =>
        installHookCommand(args.repo as string, {
          force: args.force as boolean,
          chain: args.chain as boolean,
          uninstall: args.uninstall as boolean,
        }),
    },
    {
      name: "repos",
      describe: "scan the full history of many repositories: resumable, incremental, shardable",
      positionals: [{ name: "list", describe: "file with one local path or clone URL per line" }],
      flags: [
        {
          name: "github-org",
          type: "string",
          placeholder: "ORG",
          describe: "every repository of this GitHub organisation",
        },
        { name: "github-user", type: "string", placeholder: "USER", describe: "every repository of this GitHub user" },
        {
          name: "github-api-url",
          type: "string",
          placeholder: "URL",
          describe: "GitHub Enterprise API URL (https://HOST/api/v3)",
        },
        {
          name: "include",
          type: "string",
          array: true,
          placeholder: "GLOB",
          describe: "only repositories whose names match these globs",
        },
        {
          name: "exclude",
          type: "string",
          array: true,
          placeholder: "GLOB",
          describe: "skip repositories whose names match these globs",
        },
        { name: "skip-archived", type: "boolean", default: false, describe: "leave out archived repositories" },
        { name: "skip-forks", type: "boolean", default: false, describe: "leave out forks" },
        {
          name: "cache-dir",
          type: "string",
          placeholder: "DIR",
          describe: "where bare clones are kept (default ~/.cache/leakhound/repos)",
        },
        {
          name: "state",
          type: "string",
          placeholder: "FILE",
          describe: "SQLite state file (default: state.sqlite in the cache folder)",
        },
        { name: "jobs", short: "j", type: "number", describe: "repositories scanned at once (default: one per core)" },
        {
          name: "shard",
          type: "string",
          placeholder: "I/N",
          describe: "i/n: scan only this shard of the list (CI matrix)",
        },
        {
          name: "shards",
          type: "number",
          describe: "n shards, this one from JOB_COMPLETION_INDEX (Kubernetes Indexed Job)",
        },
        {
          name: "format",
          short: "f",
          type: "string",
          choices: REPOS_FORMATS,
          default: "jsonl",
          placeholder: "FORMAT",
          describe: "output format",
        },
        {
          name: "output",
          short: "o",
          type: "string",
          placeholder: "FILE",
          describe: "write the findings here instead of stdout",
        },
        { name: "output-dir", type: "string", placeholder: "DIR", describe: "also write one file per repository here" },
        {
          name: "new-only",
          type: "boolean",
          default: false,
          describe: "report only the findings no earlier run reported (default: every current finding)",
        },
        {
          name: "lock-wait",
          type: "number",
          default: 0,
          placeholder: "SECONDS",
          describe: "seconds to wait for another run on the same state (default: exit 2 at once)",
        },
        {
          name: "report",
          type: "boolean",
          default: false,
          describe: "print the summary kept in the state, scan nothing",
        },
        {
          name: "redact",
          type: "boolean",
          negatable: true,
          default: true,
          describe: "always on: the state and outputs hold redacted secrets only",
        },
        REDACT_LEVEL_FLAG,
        {
          name: "config",
          short: "c",
          type: "string",
          placeholder: "FILE",
          describe: "config file (rules and allowlists)",
        },
        { name: "quiet", short: "q", type: "boolean", default: false, describe: "print nothing but errors" },
        { ...MAX_FILE_SIZE_FLAG, describe: "skip a file's changes in a commit larger than this many MB" },
      ],
      conflicts: [["github-org", "github-user"]],
      examples: [
        ["leakhound repos repos.txt -o findings.jsonl", "every repository in the list"],
        ["leakhound repos repos.txt --new-only", "only what no earlier run reported"],
        ["leakhound repos --github-org acme --skip-forks --shard 0/4", "one shard of an organisation"],
      ],
      run: run<ReposArgs>(reposCommand),
    },
    {
      name: "merge",
      describe: "join the JSONL or SARIF outputs of several shards",
      positionals: [{ name: "files", variadic: true, required: true }],
      flags: [
        {
          name: "output",
          short: "o",
          type: "string",
          placeholder: "FILE",
          describe: "write the merged output here instead of stdout",
        },
      ],
      run: (args) => mergeCommand(args.files as string[], args.output as string | undefined),
    },
    {
      name: "stdin",
      describe: "scan text piped on standard input",
      flags: [
        ...SCAN_FLAGS,
        {
          name: "label",
          type: "string",
          default: "<stdin>",
          placeholder: "PATH",
          describe: "path to show for the text",
        },
      ],
      examples: [["git show HEAD | leakhound stdin", "scan a patch"]],
      run: run(stdinCommand),
    },
    {
      name: "rules",
      describe: "list built-in rules or check a rule file",
      subcommands: [
        {
          name: "list",
          describe: "list the rules in use",
          flags: [
            { name: "config", short: "c", type: "string", placeholder: "FILE", describe: "config file" },
            {
              name: "format",
              short: "f",
              type: "string",
              choices: ["text", "json"],
              default: "text",
              placeholder: "FORMAT",
              describe: "text: one rule a line; json: an array of rules",
            },
          ],
          run: (args) =>
            rulesListCommand(operatorConfigPath(args.config as string | undefined), args.format as "text" | "json"),
        },
        {
          name: "check",
          describe: "validate a rule file and run its examples",
          positionals: [{ name: "file", required: true }],
          run: (args) => rulesCheckCommand(args.file as string),
        },
      ],
    },
    {
      name: "version",
      describe: "print leakhound's version (as `gitleaks version` does)",
      run: () => {
        writeStdout(`${VERSION}\n`);
        return 0;
      },
    },
    {
      name: "completion",
      describe: "print a shell completion script: bash, zsh or fish",
      positionals: [{ name: "shell", required: true, choices: SHELLS }],
      examples: [
        ["source <(leakhound completion bash)", "bash: for this shell; add the line to ~/.bashrc to keep it"],
        ["source <(leakhound completion zsh)", "zsh: for this shell; add the line to ~/.zshrc to keep it"],
        ["leakhound completion fish > ~/.config/fish/completions/leakhound.fish", "fish"],
      ],
      run: (args) => {
        writeStdout(completionScript(args.shell as Shell, PROGRAM));
        return 0;
      },
    },
  ],
};

/** What every command's flags imply together, before it runs. */
function prepare(command: Command, args: Args): void {
  // one Redaction from --redact, --redact=N and --no-redact, for the commands that report
  if (command.flags?.some((f) => f.name === "redact")) {
    const levels = args.redactLevel as string[] | undefined;
    args.redaction = parseRedaction(
      args.redact as boolean | undefined,
      levels && levels.length > 1 ? levels : levels?.[0],
    );
  }
  // revocation needs verification (only live secrets are revoked); off a terminal, --yes
  if (args.command[0] === "revoke") args.revoke = true;
  checkRevokeFlags(
    args.command[0] ?? "",
    args as { revoke?: boolean; yes?: boolean; explain?: boolean; revokeProviders?: string[] },
  );
  if (args.revoke) args.verify = true;
}

export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes("--debug");
  try {
    const parsed = parse(PROGRAM, separateRedactLevel(argv));
    if (parsed.kind === "version") {
      writeStdout(`${VERSION}\n`);
      return 0;
    }
    if (parsed.kind === "help") {
      const width = Math.max(60, Math.min(100, process.stdout.columns || Number(process.env.COLUMNS) || 100));
      writeStdout(helpText(PROGRAM, parsed.path, width));
      return 0;
    }
    const command = parsed.path[parsed.path.length - 1]!;
    prepare(command, parsed.args);
    return await command.run!(parsed.args);
  } catch (err) {
    return reportFailure(err, debug);
  }
}
