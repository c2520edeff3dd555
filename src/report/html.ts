// The HTML report (`-f html`): one self-contained page for a security team — totals by severity,
// rule, repository, age and live status, and a sortable, filterable table of the findings with how
// to rotate each. Nothing is fetched (a Content-Security-Policy allows only the page's own style
// and script, by hash); every text from the scanned repository is escaped; secrets are redacted.
import { createRequire } from "node:module";
import type { Rule, Severity } from "../model.js";
import { inert } from "./inert.js";
import { present, type PresentedFinding } from "./present.js";
import type { ReportContext, Reporter } from "./reporter.js";
import { scanSummary, type ScanSummary } from "./summary.js";

const SEVERITIES: readonly Severity[] = ["critical", "high", "medium", "low"];
const DAY = 24 * 60 * 60 * 1000;
/** how old the commit that brought a secret in is: the longer a secret has been there, the more people have seen it */
const AGES = [
  { label: "under 30 days", upTo: 30 },
  { label: "30 to 90 days", upTo: 90 },
  { label: "90 days to a year", upTo: 365 },
  { label: "over a year", upTo: Infinity },
] as const;
const NOT_IN_HISTORY = "not in history (files)";
const DEFAULT_ROTATE = "Revoke the secret at its provider, issue a new one, and remove it from the code.";

/** A finding as shown, with the repository it is in (bulk scans name it on each finding). */
export type HtmlFinding = PresentedFinding & { repository?: string };

export interface HtmlOptions {
  rules: readonly Rule[];
  toolVersion: string;
  /** the repository or folder scanned, for findings that do not name theirs */
  repository?: string;
  /** what "now" is for the ages (default: the time of the call) */
  now?: Date;
}

/** Text from anywhere (the repository chose most of it) as HTML text or attribute content. */
export function escapeHtml(text: string): string {
  return inert(text).replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1d2330;--muted:#5d6677;--line:#d9dde5;--card:#f5f7fa;--critical:#b3123b;--high:#d9480f;--medium:#b08800;--low:#1971c2;--live:#b3123b}
@media (prefers-color-scheme:dark){:root{--bg:#14171d;--fg:#e6e9ef;--muted:#9aa3b2;--line:#2c323d;--card:#1c2029}}
*{box-sizing:border-box}body{margin:0;padding:24px 32px;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;background:var(--bg);color:var(--fg)}
h1{font-size:22px;margin:0 0 4px}h2{font-size:15px;margin:0 0 8px}.muted{color:var(--muted)}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:16px;margin:20px 0}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 14px}
.card table{width:100%;border-collapse:collapse}.card td{padding:2px 0}.card td.n{text-align:right;font-variant-numeric:tabular-nums;font-weight:600}
.big{font-size:28px;font-weight:700}
.sev{display:inline-block;min-width:64px;padding:1px 8px;border-radius:10px;color:#fff;font-size:12px;font-weight:600;text-align:center}
.sev-critical{background:var(--critical)}.sev-high{background:var(--high)}.sev-medium{background:var(--medium)}.sev-low{background:var(--low)}
.live{color:#fff;background:var(--live);padding:1px 8px;border-radius:10px;font-weight:700;font-size:12px}
.tools{display:flex;gap:12px;align-items:center;margin:8px 0 12px;flex-wrap:wrap}
input,select{font:inherit;padding:5px 8px;border:1px solid var(--line);border-radius:6px;background:var(--bg);color:var(--fg)}
input{min-width:280px}
table.findings{width:100%;border-collapse:collapse}
.findings th{text-align:left;border-bottom:2px solid var(--line);padding:6px 8px;cursor:pointer;user-select:none;white-space:nowrap}
.findings th[aria-sort=ascending]::after{content:" \\25B2"}.findings th[aria-sort=descending]::after{content:" \\25BC"}
.findings td{border-bottom:1px solid var(--line);padding:6px 8px;vertical-align:top}
.findings td.rotate{max-width:340px;color:var(--muted)}
code{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,monospace;word-break:break-all}
.problems{color:var(--critical)}
`;

// Sorting and filtering over the rows the page already holds: no data is read from anywhere else.
// The filter can be preset in the address: report.html#q=stripe&severity=critical&status=live&sort=date
const SCRIPT = `
(function () {
  var table = document.getElementById("findings");
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var q = document.getElementById("q"), sev = document.getElementById("severity"), st = document.getElementById("status");
  var shown = document.getElementById("shown");
  function apply() {
    var text = q.value.toLowerCase(), n = 0;
    rows.forEach(function (r) {
      var ok = (!text || r.textContent.toLowerCase().indexOf(text) !== -1) && (!sev.value || r.dataset.severity === sev.value) && (!st.value || r.dataset.status === st.value);
      r.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = String(n);
  }
  function sortBy(th, dir) {
    var i = th.cellIndex, numeric = th.dataset.type === "number";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
    rows.sort(function (a, b) {
      var x = a.cells[i].dataset.sort, y = b.cells[i].dataset.sort;
      var c = numeric ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
      return c * dir;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  Array.prototype.forEach.call(table.tHead.querySelectorAll("th[data-key]"), function (th) {
    th.addEventListener("click", function () { sortBy(th, th.getAttribute("aria-sort") === "ascending" ? -1 : 1); });
  });
  [q, sev, st].forEach(function (el) { el.addEventListener("input", apply); });
  var preset = new URLSearchParams(location.hash.slice(1));
  if (preset.get("q")) q.value = preset.get("q");
  if (preset.get("severity")) sev.value = preset.get("severity");
  if (preset.get("status")) st.value = preset.get("status");
  var key = preset.get("sort");
  var th = key && table.querySelector('th[data-key="' + key.replace(/[^a-z]/g, "") + '"]');
  if (th) sortBy(th, preset.get("dir") === "desc" ? -1 : 1);
  apply();
  document.documentElement.dataset.ready = "1";
})();
`;

// loaded when a page is built: every other run of the CLI (a pre-commit scan) never pays for it
const require = createRequire(import.meta.url);
const hash = (text: string) => {
  const { createHash } = require("node:crypto") as typeof import("node:crypto");
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
};

/** The policy the page runs under: its own style and script by hash, nothing else, no network. */
export function htmlCsp(): string {
  return `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
}

function ageOf(date: string | undefined, now: Date): string {
  if (!date) return NOT_IN_HISTORY;
  const days = (now.getTime() - new Date(date).getTime()) / DAY;
  if (!Number.isFinite(days)) return NOT_IN_HISTORY;
  return AGES.find((a) => days < a.upTo)!.label;
}

/** What verification said, or "not verified" without --verify. */
const statusOf = (f: PresentedFinding) => f.verification ?? "not verified";

function card(title: string, id: string, counts: [string, number][]): string {
  const rows = counts
    .map(
      ([label, n]) => `<tr><td>${escapeHtml(label)}</td><td class="n" data-count="${escapeHtml(label)}">${n}</td></tr>`,
    )
    .join("");
  return `<section class="card" id="${id}"><h2>${escapeHtml(title)}</h2><table>${rows || `<tr><td class="muted">none</td></tr>`}</table></section>`;
}

function cell(text: string, sort: string | number = text, html = escapeHtml(text)): string {
  return `<td data-sort="${escapeHtml(String(sort))}">${html}</td>`;
}

/** The report page for findings as presented (already redacted, or not, by `present`). */
export function buildHtml(findings: readonly HtmlFinding[], options: HtmlOptions, summary?: ScanSummary): string {
  const now = options.now ?? new Date();
  const rotate = new Map(options.rules.map((r) => [r.id, r.rotate || DEFAULT_ROTATE]));
  const repository = (f: HtmlFinding) => f.repository ?? options.repository ?? "this scan";
  const bySeverity = countBy(findings, (f) => f.severity);
  const byStatus = countBy(findings, statusOf);
  const byAge = countBy(findings, (f) => ageOf(f.date, now));
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const live = byStatus.get("live") ?? 0;

  const rows = findings.map((f) => {
    const status = statusOf(f);
    const age = ageOf(f.date, now);
    const statusHtml =
      status === "live"
        ? `<span class="live">LIVE</span>`
        : escapeHtml(status + (f.verificationReason ? `: ${f.verificationReason}` : ""));
    return (
      `<tr data-severity="${escapeHtml(f.severity)}" data-status="${escapeHtml(status)}">` +
      cell(
        f.severity,
        SEVERITIES.indexOf(f.severity),
        `<span class="sev sev-${escapeHtml(f.severity)}">${escapeHtml(f.severity)}</span>`,
      ) +
      cell(status, status === "live" ? 0 : 1, statusHtml) +
      cell(f.ruleId, f.ruleId, `${escapeHtml(f.ruleId)}<br><span class="muted">${escapeHtml(f.description)}</span>`) +
      cell(f.secret, f.secret, `<code>${escapeHtml(f.secret)}</code>`) +
      cell(repository(f)) +
      cell(f.file) +
      cell(String(f.startLine), f.startLine) +
      cell(
        f.commit ? f.commit.slice(0, 12) : "",
        f.commit ?? "",
        f.commit ? `<code title="${escapeHtml(f.message ?? "")}">${escapeHtml(f.commit.slice(0, 12))}</code>` : "",
      ) +
      cell(f.author ?? "") +
      cell(
        f.date ? f.date.slice(0, 10) : "",
        f.date ?? "",
        f.date
          ? `${escapeHtml(f.date.slice(0, 10))}<br><span class="muted">${escapeHtml(age)}</span>`
          : `<span class="muted">${escapeHtml(age)}</span>`,
      ) +
      `<td class="rotate">${escapeHtml(rotate.get(f.ruleId) ?? DEFAULT_ROTATE)}</td>` +
      `</tr>`
    );
  });

  const scanned = summary
    ? `${summary.scanned} ${summary.unit}${summary.scanned === 1 ? "" : "s"} scanned` +
      (summary.known ? `, ${summary.known} known findings hidden by the baseline` : "") +
      (summary.complete ? "" : `, <span class="problems">${summary.problems.length} could not be scanned</span>`)
    : "";
  const problems =
    summary && summary.problems.length > 0
      ? `<section class="card problems" id="problems"><h2>Not scanned</h2><ul>${summary.problems.map((p) => `<li>${escapeHtml(`${p.path}: ${p.reason}`)}</li>`).join("")}</ul></section>`
      : "";
  const options_ = (values: readonly string[]) =>
    values.map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`).join("");
  const header = (key: string, label: string, type = "text") =>
    `<th data-key="${key}" data-type="${type}">${label}</th>`;

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${htmlCsp()}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>leakhound report</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>leakhound report</h1>
<p class="muted">${escapeHtml(now.toISOString().replace("T", " ").slice(0, 16))} UTC · leakhound ${escapeHtml(options.toolVersion)}${scanned ? ` · ${scanned}` : ""}${findings.some((f) => !f.redacted) ? ` · <span class="problems">secrets shown unredacted</span>` : ""}</p>
</header>
<div class="cards">
<section class="card" id="total"><h2>Findings</h2><div class="big" data-count="total">${findings.length}</div><div>${live > 0 ? `<span class="live">${live} LIVE</span>` : `<span class="muted">none confirmed live</span>`}</div></section>
${card(
  "By severity",
  "by-severity",
  SEVERITIES.map((s) => [s, bySeverity.get(s) ?? 0]),
)}
${card("Live status", "by-status", sorted(byStatus))}
${card(
  "By age of the commit that added it",
  "by-age",
  [...AGES.map((a) => a.label), NOT_IN_HISTORY].filter((l) => byAge.has(l)).map((l) => [l, byAge.get(l)!]),
)}
${card("By rule", "by-rule", sorted(countBy(findings, (f) => f.ruleId)))}
${card("By repository", "by-repository", sorted(countBy(findings, repository)))}
${problems}
</div>
<div class="tools">
<input id="q" type="search" placeholder="Filter: file, rule, author, commit…" aria-label="filter">
<select id="severity" aria-label="severity"><option value="">every severity</option>${options_(SEVERITIES)}</select>
<select id="status" aria-label="live status"><option value="">every status</option>${options_([...byStatus.keys()].sort())}</select>
<span class="muted">showing <b id="shown">${findings.length}</b> of ${findings.length}</span>
</div>
<table class="findings" id="findings">
<thead><tr>${header("severity", "Severity", "number")}${header("status", "Status", "number")}${header("rule", "Rule")}${header("secret", "Secret")}${header("repository", "Repository")}${header("file", "File")}${header("line", "Line", "number")}${header("commit", "Commit")}${header("author", "Author")}${header("date", "Added")}<th>How to rotate</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

export function htmlReporter(ctx: ReportContext): Reporter {
  return {
    end: ({ findings, stats, elapsedMs, unit }) =>
      buildHtml(
        findings.map((f) => present(f, ctx.redaction, ctx.redactor)),
        { rules: ctx.rules, toolVersion: ctx.toolVersion, ...(ctx.repository ? { repository: ctx.repository } : {}) },
        scanSummary(stats, findings.length, elapsedMs, unit),
      ),
  };
}
