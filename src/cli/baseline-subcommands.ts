// The subcommands of `leakhound baseline`: `import` (another scanner's accepted findings) and
// `audit` (walk the entries: interactive on a terminal, a check of expired and stale ones otherwise).
import type { Command, Flag } from "./args.js";
import { IMPORT_FORMATS } from "../filters/baseline-formats.js";
// the commands are loaded when run: every other command starts without them
type ImportArgs = Parameters<typeof import("./baseline-import.js").baselineImportCommand>[0];
type AuditArgs = Parameters<typeof import("./baseline-audit.js").baselineAuditCommand>[0];

// the `baseline` command's scan options reach its subcommands too; these mean nothing there
const SCAN_ONLY = [
  "format",
  "config-format",
  "redact",
  "author-email",
  "exit-code",
  "max-file-size",
  "verify",
  "explain",
  "audit-log",
  "verify-base-url",
  "ticket",
  "prune",
];

/**
 * `inherited` with the flags named in `hide` hidden (still accepted) and the `own` ones in place of those of the same
 * name.
 */
function flags(inherited: readonly Flag[], hide: readonly string[], own: readonly Flag[]): Flag[] {
  const mine = new Set(own.map((f) => f.name));
  return [
    ...own,
    ...inherited.filter((f) => !mine.has(f.name)).map((f) => (hide.includes(f.name) ? { ...f, hidden: true } : f)),
  ];
}

/** The subcommands, under the `baseline` command whose flags (`inherited`) they also take. */
export function baselineSubcommands(inherited: readonly Flag[]): Command[] {
  const importCommand: Command = {
    name: "import",
    describe: "add what gitleaks, trufflehog or detect-secrets already accepts to the baseline",
    positionals: [
      {
        name: "file",
        required: true,
        describe: "a gitleaks or trufflehog JSON report, a .gitleaksignore or a .secrets.baseline",
      },
    ],
    flags: flags(
      inherited,
      [...SCAN_ONLY, "baseline", "dir"],
      [
        {
          name: "from",
          type: "string",
          choices: IMPORT_FORMATS,
          placeholder: "FORMAT",
          describe: "the format of FILE (default: told from its name and content)",
        },
        {
          name: "repo",
          type: "string",
          default: ".",
          placeholder: "DIR",
          describe: "the repository the findings are in (files are read there, at the commits named)",
        },
        {
          name: "output",
          type: "string",
          placeholder: "FILE",
          describe: "the baseline to add to (default: .leakhound-baseline.json at the repository's root)",
        },
      ],
    ),
    examples: [
      ["leakhound baseline import gitleaks-report.json", "accept what a gitleaks report lists"],
      ["leakhound baseline import .secrets.baseline", "accept what detect-secrets' baseline lists"],
    ],
    run: async (args) => (await import("./baseline-import.js")).baselineImportCommand(args as unknown as ImportArgs),
  };
  const auditCommand: Command = {
    name: "audit",
    describe:
      "walk the baseline's entries on a terminal (real / false positive / accepted until a day); elsewhere, fail on expired and stale entries",
    positionals: [
      { name: "repo", default: ".", describe: "the repository (history is scanned) or, with --dir, a folder" },
    ],
    flags: flags(
      inherited,
      [...SCAN_ONLY, "output"],
      [
        {
          name: "baseline",
          type: "string",
          negatable: true,
          placeholder: "FILE",
          describe: "the baseline to audit (default: .leakhound-baseline.json at the root)",
        },
        {
          name: "check",
          type: "boolean",
          default: false,
          describe: "only report expired and stale entries (exit 1 if any), even on a terminal",
        },
      ],
    ),
    examples: [
      ["leakhound baseline audit", "judge each entry interactively"],
      ["leakhound baseline audit --check", "in CI: fail when an entry expired or no longer matches anything"],
    ],
    run: async (args) => (await import("./baseline-audit.js")).baselineAuditCommand(args as unknown as AuditArgs),
  };
  return [importCommand, auditCommand];
}
