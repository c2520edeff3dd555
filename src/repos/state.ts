// The state of a bulk scan in SQLite: per repository, the ref tips scanned and the findings
// (redacted, as reported), so a re-run scans only new commits, an interrupted run resumes, and every
// run's output is read from here. Checked on open: a corrupt state is an error, never recreated.
import { linkSync, mkdirSync, rmSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { LeakhoundError, reasonOf } from "../errors.js";
import type { PresentedFinding } from "../report/present.js";
import { openDatabase, sqliteCode, type Database } from "./sqlite.js";

export interface RepoFinding extends PresentedFinding {
  repository: string;
}

/** done: every ref tip scanned; incomplete: scanned, but some objects could not be read; failed: not scanned. */
export type RepoStatus = "done" | "incomplete" | "failed";

export interface RepoState {
  name: string;
  status: RepoStatus;
  tips: string[];
  commits: number;
  bytes: number;
  findings: number;
  error: string | null;
  scannedAt: string;
}

export interface StoredFinding {
  finding: RepoFinding;
  /** already in the output of a run that completed */
  reported: boolean;
}

// 1: findings.reported. A state made before (user_version 0, tables present) is migrated: its
// findings were all in the outputs of the runs that found them.
const SCHEMA_VERSION = 1;
const SCHEMA = `
  CREATE TABLE repos (
    name TEXT PRIMARY KEY, status TEXT NOT NULL, tips TEXT NOT NULL, commits INTEGER NOT NULL,
    bytes INTEGER NOT NULL, findings INTEGER NOT NULL, error TEXT, scanned_at TEXT NOT NULL);
  CREATE TABLE findings (
    repo TEXT NOT NULL, fingerprint TEXT NOT NULL, file TEXT NOT NULL, finding TEXT NOT NULL,
    reported INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (repo, fingerprint, file));
  PRAGMA user_version = ${SCHEMA_VERSION};`;

const corrupt = (file: string, reason: string) =>
  new LeakhoundError(
    "UNREADABLE",
    `the state file ${file} is corrupt (${reason}): move it aside to start a new state (every repository is then scanned again)`,
  );

/** The first few problems quick_check lists, on one line. */
function problems(rows: string[]): string {
  const all = rows
    .flatMap((r) => r.split("\n"))
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("***"));
  return all.slice(0, 3).join("; ") + (all.length > 3 ? `; and ${all.length - 3} more` : "");
}

/** A failure of SQLite as a one-line error that names the state file. */
function stateError(file: string, err: unknown): LeakhoundError {
  if (err instanceof LeakhoundError) return err;
  const code = sqliteCode(err);
  if (/^SQLITE_(NOTADB|CORRUPT)/.test(code)) return corrupt(file, reasonOf(err));
  return new LeakhoundError("UNREADABLE", `cannot use the state file ${file}: ${reasonOf(err)}`);
}

export class ScanState {
  private constructor(
    private readonly db: Database,
    readonly file: string,
  ) {}

  /**
   * Opens the state at `file`, made if there is none (only then: an existing file that is not a
   * sound state is an error). Read-only opens make nothing and leave undefined when there is none.
   */
  static open(file: string, options: { readonly: true }): ScanState | undefined;
  static open(file: string, options?: { readonly?: false }): ScanState;
  static open(file: string, options: { readonly?: boolean } = {}): ScanState | undefined {
    const info = statSync(file, { throwIfNoEntry: false });
    if (!info) {
      if (options.readonly) return undefined;
      create(file);
    } else if (!info.isFile()) {
      throw new LeakhoundError("UNREADABLE", `the state file ${file} is not a file`);
    } else if (info.size === 0 && !(statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0)) {
      // a new state is never empty (it is made aside and linked into place), and none of it waits in
      // the write-ahead log, so this one was truncated
      throw corrupt(file, "the file is empty");
    }
    let db: Database | undefined;
    try {
      db = openDatabase(file, { readonly: options.readonly === true });
      // checked before anything is written to it
      const check = db.prepare("PRAGMA quick_check").all() as { quick_check: string }[];
      if (check.length !== 1 || check[0]!.quick_check !== "ok")
        throw corrupt(file, problems(check.map((r) => r.quick_check)));
      checkSchema(db, file, options.readonly === true);
      if (!options.readonly) db.exec("PRAGMA journal_mode = WAL");
      return new ScanState(db, file);
    } catch (err) {
      db?.close();
      throw stateError(file, err);
    }
  }

  private guard<T>(work: () => T): T {
    try {
      return work();
    } catch (err) {
      throw stateError(this.file, err);
    }
  }

  get(name: string): RepoState | undefined {
    const row = this.guard(() => this.db.prepare("SELECT * FROM repos WHERE name = ?").get(name)) as
      | {
          name: string;
          status: RepoStatus;
          tips: string;
          commits: number;
          bytes: number;
          findings: number;
          error: string | null;
          scanned_at: string;
        }
      | undefined;
    return row && { ...row, tips: JSON.parse(row.tips) as string[], scannedAt: row.scanned_at };
  }

  /** Records a repository and its findings in one transaction; returns how many of them the state did not know. */
  finish(state: Omit<RepoState, "findings" | "scannedAt">, findings: RepoFinding[]): number {
    return this.guard(() => {
      const insert = this.db.prepare(
        "INSERT OR IGNORE INTO findings (repo, fingerprint, file, finding) VALUES (?, ?, ?, ?)",
      );
      return this.db.transaction(() => {
        let added = 0;
        for (const f of findings)
          added += Number(insert.run(state.name, f.fingerprint, f.file, JSON.stringify(f)).changes);
        const total = (
          this.db.prepare("SELECT COUNT(*) AS n FROM findings WHERE repo = ?").get(state.name) as { n: number }
        ).n;
        this.db
          .prepare(
            "INSERT OR REPLACE INTO repos (name, status, tips, commits, bytes, findings, error, scanned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          )
          .run(
            state.name,
            state.status,
            JSON.stringify(state.tips),
            state.commits,
            state.bytes,
            total,
            state.error,
            new Date().toISOString(),
          );
        return added;
      });
    });
  }

  /** A repository's findings, by file and place. */
  findingsOf(repo: string): StoredFinding[] {
    const rows = this.guard(() =>
      this.db.prepare("SELECT finding, reported FROM findings WHERE repo = ?").all(repo),
    ) as { finding: string; reported: number }[];
    // an order that does not depend on which runs found them, so outputs compare
    return rows
      .map((r) => ({ finding: JSON.parse(r.finding) as RepoFinding, reported: r.reported !== 0 }))
      .sort((a, b) => byPlace(a.finding, b.finding));
  }

  /** After an output was written: its findings are no longer new. */
  markReported(repos: string[]): void {
    this.guard(() => {
      const mark = this.db.prepare("UPDATE findings SET reported = 1 WHERE repo = ? AND reported = 0");
      this.db.transaction(() => repos.forEach((repo) => mark.run(repo)));
    });
  }

  all(): RepoState[] {
    return (this.guard(() => this.db.prepare("SELECT name FROM repos ORDER BY name").all()) as { name: string }[]).map(
      (r) => this.get(r.name)!,
    );
  }

  close(): void {
    this.db.close();
  }
}

const byPlace = (a: RepoFinding, b: RepoFinding): number =>
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
  a.startLine - b.startLine ||
  a.startColumn - b.startColumn ||
  (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
  (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0);

/** A new, empty state: made under another name and linked into place, so `file` is never a half-made state. */
function create(file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.new`;
  try {
    const db = openDatabase(temp);
    db.exec(SCHEMA);
    db.close();
    linkSync(temp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw stateError(file, err);
  } finally {
    rmSync(temp, { force: true });
  }
}

function checkSchema(db: Database, file: string, readonly: boolean): void {
  const version = (db.prepare("PRAGMA user_version").get() as { user_version: number }).user_version;
  const tables = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name),
  );
  const ours = tables.has("repos") && tables.has("findings");
  if (version > SCHEMA_VERSION)
    throw new LeakhoundError(
      "UNREADABLE",
      `the state file ${file} was made by a newer leakhound (state version ${version})`,
    );
  if (!ours) throw corrupt(file, tables.size === 0 ? "it holds no tables" : "it is not a leakhound state");
  if (version < SCHEMA_VERSION && !readonly) {
    db.transaction(() => {
      db.exec("ALTER TABLE findings ADD COLUMN reported INTEGER NOT NULL DEFAULT 1");
      db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
    });
  }
}
