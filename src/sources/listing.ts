// Lists a history to the end even when git cannot read part of it. `git log` dies on the first
// missing or corrupt tree or commit, which would leave every later commit unscanned: the commit it
// stopped on is found, reported with the path it could not read, its files are listed by walking
// its trees past the unreadable one, and the listing resumes with the commits after it.
import { spawnSync } from "node:child_process";
import type { GitProvenance, ScanProblem } from "../model.js";
import { gitEnv, spawnGit, type GitStream } from "./git.js";
import { scannedRepoArgs } from "./git-hardening.js";
import { BlobLogParser, COMMIT_FORMAT, blobLogArgs, rawChange, type BlobChange } from "./history.js";
import { LineSplitter } from "./lines.js";
import { unquote } from "./patch.js";

const NULL_OID = /^0+$/;

interface SyncResult {
  ok: boolean;
  stdout: Buffer;
  /** git's first error line, without "fatal: " */
  error: string;
  stderr: string;
}

function gitSync(repo: string, args: string[]): SyncResult {
  const r = spawnSync("git", [...scannedRepoArgs(repo), "-c", "core.quotePath=true", ...args], {
    env: gitEnv(),
    maxBuffer: 1 << 30,
  });
  const stderr = r.stderr?.toString("utf8") ?? "";
  const line = stderr.split("\n").find((l) => /^(fatal|error):/.test(l));
  const error =
    r.error?.message ?? line?.replace(/^(fatal|error): /, "") ?? `git ${args[0]} exited with code ${r.status}`;
  return { ok: !r.error && r.status === 0, stdout: r.stdout ?? Buffer.alloc(0), error, stderr };
}

function lines(bytes: Buffer): string[] {
  return bytes.toString("latin1").split("\n").filter(Boolean);
}

export class HistoryListing {
  private readonly parser: BlobLogParser;
  private current: GitStream | undefined;
  private paused = false;
  private readonly listed = new Set<string>();
  private last: string | undefined;
  readonly problems: ScanProblem[] = [];

  constructor(
    private readonly repo: string,
    private readonly revisions: string[],
    private readonly onChange: (change: BlobChange) => void,
    private readonly onCommit: (commit: GitProvenance) => void,
    /** list the merges only (the patch listing, history-patch.ts, lists them without a diff) */
    private readonly only?: "merges",
  ) {
    this.parser = new BlobLogParser(onChange, (commit) => {
      this.listed.add(commit.commit);
      this.last = commit.commit;
      onCommit(commit);
    });
  }

  /** Whether the listing has shown this commit. */
  has(commit: string): boolean {
    return this.listed.has(commit);
  }

  /** commits listed so far */
  get commits(): number {
    return this.listed.size;
  }

  /** Holds the listing back while the scanners are busy (memory stays bounded). */
  pause(): void {
    this.paused = true;
    this.current?.stdout.pause();
  }

  resume(): void {
    this.paused = false;
    this.current?.stdout.resume();
  }

  kill(): void {
    this.current?.kill();
  }

  /** Lists everything; what could not be listed is in `problems`. */
  async run(): Promise<void> {
    await this.recover(await this.stream(blobLogArgs(this.revisions, undefined, this.only)));
  }

  /** A commit another listing of the same scope (the patch listing) listed whole: not listed again. */
  listedElsewhere(commit: string): void {
    this.listed.add(commit);
    this.last = commit;
  }

  /**
   * After a listing of the scope (this one's, or the patch listing's) stopped with `failure`: lists
   * the commits it did not list, resuming past each one git cannot read. `readContents`: the
   * listing that stopped read file contents (a patch): when this one, which reads none, lists the
   * rest without a failure, git stopped on a file's content, which cat-file then reports as unreadable.
   */
  async recover(failure: ScanProblem[], readContents = false): Promise<void> {
    if (failure.length === 0) return;
    // a git that refuses the arguments themselves (one older than 2.31 has no --diff-merges)
    // stopped on no commit: retrying commit by commit would fail the same way for each
    if (/unrecognized argument|unknown option|usage:/i.test(failure[0]!.reason)) {
      this.problems.push(...failure);
      return;
    }
    // the commits not listed yet, in the listing's order; the last one listed again, in case git
    // died while writing it (its blobs are known already, so nothing is scanned twice)
    let remaining = this.inScope().filter((c) => c === this.last || !this.listed.has(c));
    let explained = false;
    while (remaining.length > 0) {
      const problems = await this.stream(blobLogArgs([], "stdin", this.only), remaining.join("\n") + "\n");
      if (problems.length === 0) break;
      // git prints a commit only once its diff is made, so the first commit not printed is the one
      const failed = remaining.find((c) => !this.listed.has(c));
      if (!failed) {
        this.problems.push(...problems);
        explained = true;
        break;
      }
      this.listByTrees(failed, problems[0]!.reason);
      explained = true;
      remaining = remaining.filter((c) => c !== failed && !this.listed.has(c));
    }
    if (!explained && !readContents) this.problems.push(...failure);
  }

  private async stream(args: string[], input?: string): Promise<ScanProblem[]> {
    const git = spawnGit(this.repo, args, input);
    this.current = git;
    if (this.paused) git.stdout.pause();
    git.stdout.on("data", (chunk: Buffer) => this.parser.push(chunk));
    const problems = await git.done;
    this.parser.end();
    this.current = undefined;
    return problems;
  }

  /**
   * The commits in scope, oldest first as the listing orders them. When a commit object itself is
   * missing git cannot order the history: the commits it can reach before the missing one are
   * taken (newest first from git, so reversed), and the rest is reported as not scanned.
   */
  private inScope(): string[] {
    const ordered = gitSync(this.repo, [
      "rev-list",
      "--date-order",
      "--reverse",
      "--full-history",
      ...(this.only ? ["--merges"] : []),
      ...this.revisions,
      "--",
    ]);
    if (ordered.ok) return lines(ordered.stdout);
    const partial = gitSync(this.repo, [
      "rev-list",
      "--full-history",
      ...(this.only ? ["--merges"] : []),
      ...this.revisions,
      "--",
    ]);
    this.problems.push({
      path: this.repo,
      reason: `history not scanned past a commit git cannot read: ${partial.ok ? ordered.error : partial.error}`,
    });
    // git names the child of the missing commit, which it read but did not print
    const stuck = / of commit ([0-9a-f]{40,64})/.exec(partial.stderr)?.[1];
    return [...(stuck ? [stuck] : []), ...lines(partial.stdout).reverse()];
  }

  /**
   * Lists what `commit` brings by comparing its trees with its first parent's level by level, so
   * that an unreadable tree is reported with its path and the rest of the commit is still listed.
   */
  private listByTrees(commit: string, why: string): void {
    const head = gitSync(this.repo, [
      "log",
      "-1",
      "--no-walk",
      `--format=format:${COMMIT_FORMAT}%n%T%n%P`,
      commit,
      "--",
    ]);
    const [hash, author, email, date, message, tree, parents] = head.stdout.toString("utf8").split("\n");
    if (!head.ok || !hash || !tree) {
      this.problems.push({
        path: `commit ${commit.slice(0, 12)}`,
        reason: `cannot read the commit: ${head.ok ? why : head.error}`,
      });
      return;
    }
    const provenance: GitProvenance = {
      commit: hash,
      author: author ?? "",
      email: email ?? "",
      date: date ?? "",
      message: message ?? "",
    };
    this.listed.add(hash);
    this.onCommit(provenance);
    const parent = parents?.split(" ")[0];
    let parentTree: string | undefined;
    if (parent) {
      const r = gitSync(this.repo, ["rev-parse", "--verify", "-q", `${parent}^{tree}`]);
      if (r.ok) parentTree = r.stdout.toString("latin1").trim();
      else
        this.problems.push({
          path: `commit ${hash.slice(0, 12)}`,
          reason: `cannot read its parent ${parent.slice(0, 12)}; its files were scanned whole`,
        });
    }
    const before = this.problems.length;
    this.walk(parentTree, tree, "", provenance);
    // git stopped on this commit: if the walk found no unreadable tree, still say why git stopped
    if (this.problems.length === before)
      this.problems.push({
        path: `commit ${hash.slice(0, 12)}`,
        reason: `git log failed (${why}); its files were listed tree by tree`,
      });
  }

  private walk(oldTree: string | undefined, newTree: string, prefix: string, commit: GitProvenance): void {
    const where = `${prefix === "" ? "/" : prefix} (commit ${commit.commit.slice(0, 12)})`;
    if (oldTree === newTree) return;
    if (!oldTree) {
      const r = gitSync(this.repo, ["ls-tree", "--full-tree", newTree]);
      if (!r.ok) {
        this.problems.push({ path: where, reason: `cannot read tree ${newTree} (${r.error})` });
        return;
      }
      // <mode> <type> <oid>\t<name>, as the raw line of an added entry
      const entries = lines(r.stdout).map((line) => {
        const [mode, , oid] = line.slice(0, line.indexOf("\t")).split(" ");
        return `:000000 ${mode} ${"0".repeat(oid!.length)} ${oid} A${line.slice(line.indexOf("\t"))}`;
      });
      this.entries(Buffer.from(entries.join("\n") + "\n", "latin1"), undefined, prefix, commit);
      return;
    }
    const r = gitSync(this.repo, ["diff-tree", "--raw", "--no-abbrev", "--no-renames", oldTree, newTree]);
    if (r.ok) {
      this.entries(r.stdout, oldTree, prefix, commit);
      return;
    }
    // which side is unreadable: the new one is this commit's problem; the old one its parent's,
    // and then this commit's files here are taken whole
    if (!gitSync(this.repo, ["ls-tree", newTree]).ok) {
      this.problems.push({ path: where, reason: `cannot read tree ${newTree} (${r.error})` });
      return;
    }
    this.problems.push({ path: where, reason: `cannot compare with the parent's version (${r.error}); scanned whole` });
    this.walk(undefined, newTree, prefix, commit);
  }

  /** Raw lines of one tree level: blobs are changes, subtrees are walked. */
  private entries(raw: Buffer, oldTree: string | undefined, prefix: string, commit: GitProvenance): void {
    const subtrees: { old: string | undefined; next: string; path: string }[] = [];
    const splitter = new LineSplitter((data, start, end) => {
      const change = rawChange(data, start, end, prefix, commit);
      if (change) return this.onChange(change);
      // :<old mode> <new mode> <old oid> <new oid> <status>\t<name>: a subtree to walk
      const text = data.toString("latin1", start, end);
      const [modes, name] = [text.slice(1, text.indexOf("\t")), text.slice(text.indexOf("\t") + 1)];
      const [oldMode, newMode, oldOid, newOid] = modes.split(" ");
      if (newMode !== "040000" || !newOid || NULL_OID.test(newOid)) return;
      const path = prefix + unquote(Buffer.from(name, "latin1"));
      subtrees.push({ old: oldTree && oldMode === "040000" ? oldOid : undefined, next: newOid, path: `${path}/` });
    });
    splitter.push(raw);
    splitter.end();
    for (const { old, next, path } of subtrees) this.walk(old, next, path, commit);
  }
}
