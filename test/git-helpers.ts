// Real git repositories for tests: made in temp folders with fixed identities and dates.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { tempDir } from "./helpers.js";

/** A history finding as the JSON report shows it. */
export interface GitFinding {
  ruleId: string;
  file: string;
  startLine: number;
  startColumn: number;
  secret: string;
  commit: string;
  author: string;
  email: string;
  date: string;
  message: string;
}

export class TestRepo {
  readonly dir: string;
  private tick = 0;

  constructor(dir?: string, init = true) {
    this.dir = dir ?? tempDir("leakhound-repo-");
    if (init) {
      this.git("init", "-q", "-b", "main");
      this.git("config", "user.name", "Ann Developer");
      this.git("config", "user.email", "ann@example.com");
      this.git("config", "commit.gpgsign", "false");
    }
  }

  git(...args: string[]): string {
    const date = `2026-01-01T00:00:${String(this.tick).padStart(2, "0")}Z`;
    return execFileSync("git", args, {
      cwd: this.dir,
      encoding: "utf8",
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      stdio: ["ignore", "pipe", "pipe"],
    }).trim();
  }

  write(files: Record<string, string | Buffer>): void {
    for (const [path, content] of Object.entries(files)) {
      const full = join(this.dir, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
  }

  remove(path: string): void {
    rmSync(join(this.dir, path));
  }

  /** Two branches that change the same line of conf.env, merged into main: the merge stops on the conflict. */
  startConflictingMerge(): void {
    this.commit("base", { "conf.env": "A=1\n" });
    this.git("checkout", "-q", "-b", "other");
    this.commit("other", { "conf.env": "A=2\n" });
    this.git("checkout", "-q", "main");
    this.commit("main", { "conf.env": "A=3\n" });
    const merge = spawnSync("git", ["merge", "-q", "other"], { cwd: this.dir, encoding: "utf8" });
    if (merge.status === 0) throw new Error("the merge was expected to stop on a conflict");
  }

  /** Writes the files, stages everything and commits; returns the commit hash. */
  commit(message: string, files: Record<string, string | Buffer> = {}): string {
    this.write(files);
    this.tick++;
    this.git("add", "-A");
    this.git("commit", "-q", "--allow-empty", "-m", message);
    return this.git("rev-parse", "HEAD");
  }
}
