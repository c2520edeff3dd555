// Findings already accepted: by the baseline (.leakhound-baseline.json or --baseline) or by a
// gitleaks .gitleaksignore. They are counted, not reported.
import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import { readRegularFile } from "../io/read-file.js";
import { LeakhoundError, reasonOf } from "../errors.js";
import type { Finding, Rule } from "../model.js";
import { Baseline, BASELINE_FILE } from "../filters/baseline.js";
import { GitleaksIgnore, GITLEAKSIGNORE_FILE } from "../filters/gitleaksignore.js";
import { insideRoot, type SettingsFiles } from "../config/settings-files.js";

/** Why a finding is held back: the file that accepts it. */
export interface KnownReason {
  kind: "baseline" | "gitleaksignore";
  file: string;
}

export class KnownFindings {
  readonly baseline: Baseline | undefined;
  private readonly ignore: GitleaksIgnore | undefined;
  /** the file names, for messages */
  readonly baselineFile: string | undefined;
  readonly ignoreFile: string | undefined;
  /** the findings held back so far */
  private readonly held = new Set<Finding>();
  /** how many of the held were held by each kind */
  readonly heldBy = { baseline: 0, gitleaksignore: 0 };
  /** a finding's path as the settings root sees it (a folder scan's paths start where the user stands) */
  toRoot: ((path: string) => string) | undefined;

  get hidden(): number {
    return this.held.size;
  }

  /**
   * `explicit`: --baseline FILE, `false` for --no-baseline, undefined to use the one at the root of
   * `files`. A baseline inside the repository is read where the repository's files are read (at the
   * base commit of a pull request); one outside it is the operator's and read from disk.
   */
  /**
   * `ignorePath`: gitleaks' `--gitleaks-ignore-path` / `-i`, a .gitleaksignore file or the folder
   * holding one; the operator's choice, so one outside the repository is read from disk.
   */
  constructor(
    files: SettingsFiles | undefined,
    explicit: string | false | undefined,
    rules: readonly Rule[],
    ignorePath?: string,
  ) {
    if (explicit !== false) {
      const rel =
        explicit === undefined ? BASELINE_FILE : files ? insideRoot(files.root, resolve(explicit)) : undefined;
      if (rel !== undefined && files) {
        const text = files.read(rel);
        if (text === undefined && explicit !== undefined)
          throw new LeakhoundError("BAD_CONFIG", `cannot read baseline ${files.label(rel)}: no such file`);
        if (text !== undefined) {
          this.baselineFile = files.label(rel);
          this.baseline = Baseline.parse(text, this.baselineFile);
        }
      } else if (explicit !== undefined) {
        this.baselineFile = explicit;
        this.baseline = Baseline.load(explicit);
      }
    }
    const ignore = ignorePath === undefined ? this.repositoryIgnore(files) : explicitIgnore(files, ignorePath);
    if (ignore) {
      this.ignoreFile = ignore.file;
      this.ignore = GitleaksIgnore.parse(
        ignore.text,
        rules.map((r) => r.id),
      );
    }
  }

  private repositoryIgnore(files: SettingsFiles | undefined): { file: string; text: string } | undefined {
    const text = files?.read(GITLEAKSIGNORE_FILE);
    return text !== undefined && files ? { file: files.label(GITLEAKSIGNORE_FILE), text } : undefined;
  }

  /** Which file accepts the finding, if any (no counting). */
  reasonFor(shown: Finding): KnownReason | undefined {
    const reason = this.reasonAt(shown);
    if (reason || !this.toRoot) return reason;
    const path = this.toRoot(shown.path);
    return path === shown.path ? undefined : this.reasonAt({ ...shown, path });
  }

  private reasonAt(finding: Finding): KnownReason | undefined {
    if (this.baseline?.covers(finding)) return { kind: "baseline", file: this.baselineFile! };
    if (this.ignore?.covers(finding)) return { kind: "gitleaksignore", file: this.ignoreFile! };
    return undefined;
  }

  /** True for a finding to report; false (and counted) for one already accepted. */
  readonly isNew = (finding: Finding): boolean => {
    const reason = this.reasonFor(finding);
    if (reason) {
      if (!this.held.has(finding)) this.heldBy[reason.kind]++;
      this.held.add(finding);
      return false;
    }
    return true;
  };

  /** The findings of a scan, less those held back while it streamed them. */
  fresh(findings: Finding[]): Finding[] {
    return this.held.size > 0 ? findings.filter((f) => !this.held.has(f)) : findings;
  }
}

/**
 * `-i PATH`: the file, or PATH/.gitleaksignore for a folder; read where the repository's files are read when it lies
 * inside.
 */
function explicitIgnore(files: SettingsFiles | undefined, path: string): { file: string; text: string } {
  let file = path;
  try {
    if (statSync(path).isDirectory()) file = join(path, GITLEAKSIGNORE_FILE);
  } catch {
    // not on disk: it may still be a file of the commit the settings are read from
  }
  const rel = files ? insideRoot(files.root, resolve(file)) : undefined;
  if (rel !== undefined && files) {
    const text = files.read(rel);
    if (text === undefined)
      throw new LeakhoundError("BAD_CONFIG", `cannot read --gitleaks-ignore-path ${files.label(rel)}: no such file`);
    return { file: files.label(rel), text };
  }
  try {
    return { file, text: readRegularFile(file) };
  } catch (err) {
    throw new LeakhoundError("BAD_CONFIG", `cannot read --gitleaks-ignore-path ${file}: ${reasonOf(err)}`);
  }
}
