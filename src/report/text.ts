// The readable terminal report: findings grouped by file, colours on a TTY only, a summary line.
import { inert } from "./inert.js";
import { present } from "./present.js";
import type { ReportContext, Reporter } from "./reporter.js";
import { summaryLine } from "./summary.js";

const SEVERITY_COLOR = { critical: "\x1b[1;31m", high: "\x1b[31m", medium: "\x1b[33m", low: "\x1b[36m" } as const;
const BOLD = "\x1b[1m";
const DIM = "\x1b[2m";
const RESET = "\x1b[0m";
const MAX_CONTEXT = 160;

export function textReporter(ctx: ReportContext): Reporter {
  const paint = (code: string, text: string) => (ctx.color ? `${code}${text}${RESET}` : text);
  return {
    end({ findings, stats, elapsedMs, unit }) {
      const out: string[] = [];
      let file: string | undefined;
      // grouped by file, by position within a file
      const byFile = [...findings].sort((a, b) =>
        a.path < b.path ? -1 : a.path > b.path ? 1 : a.startLine - b.startLine || a.startColumn - b.startColumn,
      );
      for (const finding of byFile) {
        const f = present(finding, ctx.redaction, ctx.redactor);
        if (f.file !== file) {
          if (file !== undefined) out.push("");
          file = f.file;
          out.push(paint(BOLD, inert(f.file)));
        }
        const where = `${f.startLine}:${f.startColumn}`.padEnd(8);
        // everything below but the colours came from the repository (its files, commits or config)
        const commit = f.commit
          ? `  ${paint(DIM, inert(`${f.commit.slice(0, 10)} ${f.author ?? ""} ${f.date?.slice(0, 10) ?? ""}`))}`
          : "";
        const status = f.verification
          ? `  ${f.verification === "live" ? paint(SEVERITY_COLOR.critical, "LIVE") : inert(`[${f.verification}${f.verificationReason ? `: ${f.verificationReason}` : ""}]`)}`
          : "";
        const field = f.field ? ` (${inert(f.field)})` : "";
        out.push(
          `  ${where} ${paint(SEVERITY_COLOR[f.severity], f.severity.padEnd(8))} ${inert(f.ruleId)}  ${inert(f.description)}${field}${commit}${status}`,
        );
        const context = inert(ctx.redactor.context(finding, ctx.redaction).trim());
        out.push(
          `           ${paint(DIM, context.length > MAX_CONTEXT ? context.slice(0, MAX_CONTEXT) + "…" : context)}`,
        );
        if (f.revocation)
          out.push(
            `           ${inert(`${f.revocation}${f.revocationReason ? `: ${f.revocationReason}` : ""}${f.rotationPage ? ` (rotate it at ${f.rotationPage})` : ""}`)}`,
          );
        if (f.hiddenBy)
          out.push(
            `           ${paint(SEVERITY_COLOR.high, inert(`hidden by this change to ${f.hiddenBy}: judged by the base's settings, it still counts`))}`,
          );
      }
      for (const problem of stats.errors) out.push(inert(`could not scan ${problem.path}: ${problem.reason}`));
      // -q: findings and errors only, so a clean quiet run prints nothing
      if (ctx.quiet) return out.length ? out.join("\n") + "\n" : "";
      if (out.length) out.push("");
      out.push(summaryLine(stats, findings.length, elapsedMs, unit));
      if (findings.length > 0 && ctx.redaction !== 0) {
        out.push(
          paint(
            DIM,
            "To allow a false positive: add `leakhound:allow` in a comment on its line, or an allowlist in .leakhound.toml.",
          ),
        );
      }
      return out.join("\n") + "\n";
    },
  };
}
