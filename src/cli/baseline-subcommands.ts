// The subcommands of `leakhound baseline`: `import` (another scanner's accepted findings) and
// `audit` (walk the entries: interactive on a terminal, a check of expired and stale ones otherwise).
import type { CommandModule } from "yargs";
import { IMPORT_FORMATS } from "../filters/baseline-formats.js";
// the commands are loaded when run: every other command starts without them
type ImportArgs = Parameters<typeof import("./baseline-import.js").baselineImportCommand>[0];
type AuditArgs = Parameters<typeof import("./baseline-audit.js").baselineAuditCommand>[0];

// the `baseline` command's scan options reach its subcommands too; these mean nothing there
const SCAN_ONLY = ["format", "config-format", "redact", "author-email", "exit-code", "max-file-size", "verify", "explain", "audit-log", "verify-base-url", "ticket", "prune"];

/** The subcommands, for `.command(...)` of the `baseline` command; `done` gets each one's exit code. */
export function baselineSubcommands(done: (code: number) => void): CommandModule[] {
  const importCommand: CommandModule = {
    command: "import <file>",
    describe: "add what gitleaks, trufflehog or detect-secrets already accepts to the baseline",
    builder: (y) =>
      SCAN_ONLY.reduce((yy, key) => yy.hide(key), y)
        .positional("file", { type: "string", demandOption: true, describe: "a gitleaks or trufflehog JSON report, a .gitleaksignore or a .secrets.baseline" })
        .option("from", { choices: IMPORT_FORMATS, describe: "the format of FILE (default: told from its name and content)" })
        .option("repo", { type: "string", default: ".", describe: "the repository the findings are in (files are read there, at the commits named)" })
        .option("output", { type: "string", describe: "the baseline to add to (default: .leakhound-baseline.json at the repository's root)" })
        .hide("baseline")
        .hide("dir")
        .example("$0 baseline import gitleaks-report.json", "accept what a gitleaks report lists")
        .example("$0 baseline import .secrets.baseline", "accept what detect-secrets' baseline lists"),
    handler: async (args) => done((await import("./baseline-import.js")).baselineImportCommand(args as unknown as ImportArgs)),
  };
  const auditCommand: CommandModule = {
    command: "audit [repo]",
    describe: "walk the baseline's entries on a terminal (real / false positive / accepted until a day); elsewhere, fail on expired and stale entries",
    builder: (y) =>
      SCAN_ONLY.reduce((yy, key) => yy.hide(key), y)
        .positional("repo", { type: "string", default: ".", describe: "the repository (history is scanned) or, with --dir, a folder" })
        .option("baseline", { type: "string", describe: "the baseline to audit (default: .leakhound-baseline.json at the root)" })
        .hide("output")
        .option("check", { type: "boolean", default: false, describe: "only report expired and stale entries (exit 1 if any), even on a terminal" })
        .example("$0 baseline audit", "judge each entry interactively")
        .example("$0 baseline audit --check", "in CI: fail when an entry expired or no longer matches anything"),
    handler: async (args) => done(await (await import("./baseline-audit.js")).baselineAuditCommand(args as unknown as AuditArgs)),
  };
  return [importCommand, auditCommand];
}
