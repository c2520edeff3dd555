// Lint step: no line over 120 characters in the sources, tests, scripts and benchmarks, except one
// that a string, template or regex literal makes long (the line without its literals fits) (as
// ESLint's max-len with ignoreStrings, ignoreTemplateLiterals and ignoreRegExpLiterals; a template
// counts whole, with its substitutions): breaking a message or a pattern in two makes it harder to
// search for. Comments are never exempt, except for a URL. Tokens come from TypeScript's own scanner,
// so a quote inside a comment or a `//` inside a string is never mistaken.
// Usage: node scripts/check-lines.mjs   (exit 1 with one line per offence)
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import ts from "typescript";

const MAX = 120;
const LITERALS = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.RegularExpressionLiteral,
]);

const files = execFileSync("git", ["ls-files", "src", "test", "bin", "scripts", "bench", "*.ts"], { encoding: "utf8" })
  .split("\n")
  .filter((f) => /\.(ts|js|mjs|cjs)$/.test(f));

/** [start, end) offsets of the literals in `text`, from a scan that understands templates and regexes. */
function literalSpans(text) {
  const spans = [];
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  // a `}` closes a template's substitution when one is open: the scanner is told so, as the parser would
  const braces = [];
  // where each open template (one with substitutions) starts: the whole of it counts as its literal
  const templates = [];
  let previous = ts.SyntaxKind.Unknown;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) {
      // a slash where an expression can start begins a regex
      if (!EXPRESSION_ENDS.has(previous)) kind = scanner.reScanSlashToken();
    } else if (kind === ts.SyntaxKind.OpenBraceToken || kind === ts.SyntaxKind.TemplateHead) {
      braces.push(kind === ts.SyntaxKind.TemplateHead);
    } else if (kind === ts.SyntaxKind.CloseBraceToken && braces.pop()) {
      kind = scanner.reScanTemplateToken(false);
      if (kind === ts.SyntaxKind.TemplateMiddle) braces.push(true);
    } else if (kind === ts.SyntaxKind.TemplateMiddle) {
      braces.push(true);
    }
    if (kind === ts.SyntaxKind.TemplateHead) templates.push(scanner.getTokenStart());
    else if (kind === ts.SyntaxKind.TemplateTail)
      spans.push([templates.pop() ?? scanner.getTokenStart(), scanner.getTokenEnd()]);
    else if (LITERALS.has(kind)) spans.push([scanner.getTokenStart(), scanner.getTokenEnd()]);
    previous = kind;
  }
  return spans;
}

const EXPRESSION_ENDS = new Set([
  ts.SyntaxKind.Identifier,
  ts.SyntaxKind.NumericLiteral,
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.CloseParenToken,
  ts.SyntaxKind.CloseBracketToken,
  ts.SyntaxKind.CloseBraceToken,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.RegularExpressionLiteral,
  ts.SyntaxKind.ThisKeyword,
  ts.SyntaxKind.PlusPlusToken,
  ts.SyntaxKind.MinusMinusToken,
]);

let offences = 0;
for (const file of files) {
  const text = readFileSync(file, "utf8");
  let spans;
  let at = 0;
  text.split("\n").forEach((line, i) => {
    const start = at;
    at += line.length + 1;
    if (line.length <= MAX) return;
    if (/https?:\/\/\S{40,}/.test(line)) return;
    spans ??= literalSpans(text);
    const end = start + line.length;
    // the characters of literals on this line: without them, it must fit
    const literal = spans.reduce((n, [s, e]) => n + Math.max(0, Math.min(e, end) - Math.max(s, start)), 0);
    if (line.length - literal <= MAX) return;
    offences++;
    console.log(`${file}:${i + 1}: ${line.length} characters (at most ${MAX}, unless a literal makes it long)`);
  });
}
if (offences > 0) {
  console.log(`${offences} line(s) too long`);
  process.exit(1);
}
