// The state of a bulk scan in SQLite: per repository, the ref tips scanned and the findings
// (redacted, as reported), so a re-run scans only new commits and an interrupted run resumes.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { createRequire } from "node:module";
import type { PresentedFinding } from "../report/present.js";

const require = createRequire(import.meta.url);

export interface RepoState {
  name: string;
  status: "done" | "failed";
  tips: string[];
  commits: number;
  bytes: number;
  findings: number;
  error: string | null;
  scannedAt: string;
}

export class ScanState {
  private readonly db: import("better-sqlite3").Database;

  constructor(file: string) {
    mkdirSync(dirname(file), { recursive: true });
    const Database = require("better-sqlite3") as typeof import("better-sqlite3");
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS repos (
        name TEXT PRIMARY KEY, status TEXT NOT NULL, tips TEXT NOT NULL, commits INTEGER NOT NULL,
        bytes INTEGER NOT NULL, findings INTEGER NOT NULL, error TEXT, scanned_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS findings (
        repo TEXT NOT NULL, fingerprint TEXT NOT NULL, file TEXT NOT NULL, finding TEXT NOT NULL,
        PRIMARY KEY (repo, fingerprint, file));`);
  }

  get(name: string): RepoState | undefined {
    const row = this.db.prepare("SELECT * FROM repos WHERE name = ?").get(name) as
      | { name: string; status: RepoState["status"]; tips: string; commits: number; bytes: number; findings: number; error: string | null; scanned_at: string }
      | undefined;
    return row && { ...row, tips: JSON.parse(row.tips) as string[], scannedAt: row.scanned_at };
  }

  knows(repo: string, f: PresentedFinding): boolean {
    return this.db.prepare("SELECT 1 FROM findings WHERE repo = ? AND fingerprint = ? AND file = ?").get(repo, f.fingerprint, f.file) !== undefined;
  }

  /** Records a finished repository and its new findings in one transaction. */
  finish(state: Omit<RepoState, "findings" | "scannedAt">, fresh: PresentedFinding[]): void {
    const insert = this.db.prepare("INSERT OR IGNORE INTO findings (repo, fingerprint, file, finding) VALUES (?, ?, ?, ?)");
    this.db.transaction(() => {
      for (const f of fresh) insert.run(state.name, f.fingerprint, f.file, JSON.stringify(f));
      const total = (this.db.prepare("SELECT COUNT(*) AS n FROM findings WHERE repo = ?").get(state.name) as { n: number }).n;
      this.db
        .prepare("INSERT OR REPLACE INTO repos (name, status, tips, commits, bytes, findings, error, scanned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .run(state.name, state.status, JSON.stringify(state.tips), state.commits, state.bytes, total, state.error, new Date().toISOString());
    })();
  }

  all(): RepoState[] {
    return (this.db.prepare("SELECT name FROM repos ORDER BY name").all() as { name: string }[]).map((r) => this.get(r.name)!);
  }

  close(): void {
    this.db.close();
  }
}
