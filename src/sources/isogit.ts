// The git source without a git executable: commits, trees and the index read with isomorphic-git
// (pure JavaScript; much slower than the git CLI, see README). Produces the same fragments as the
// patch parser: per commit and file, the added lines with their line numbers.
import * as fs from "node:fs";
import { join } from "node:path";
import git from "isomorphic-git";
import { LeakhoundError } from "../errors.js";
import type { Fragment, GitProvenance, ScanProblem } from "../model.js";
import { asText } from "./encoding.js";
import type { HistoryScope } from "./git.js";
import { COMMIT_MESSAGE_PATH, tagMessagePath } from "./messages.js";

export interface IsoRepo {
  dir: string;
  gitdir: string;
  bare: boolean;
}

/** Finds the repository holding `path` (a work tree or a bare repository). */
export async function openRepo(path: string): Promise<IsoRepo> {
  if (fs.existsSync(join(path, "HEAD")) && fs.existsSync(join(path, "objects")))
    return { dir: path, gitdir: path, bare: true };
  try {
    const dir = await git.findRoot({ fs, filepath: path });
    return { dir, gitdir: join(dir, ".git"), bare: false };
  } catch {
    throw new LeakhoundError("NOT_A_REPO", `${path} is not a git repository (no .git found)`);
  }
}

/** git's %aI: ISO 8601 with the author's own offset. */
function isoDate(timestamp: number, timezoneOffset: number): string {
  const offset = -timezoneOffset; // isomorphic-git gives minutes behind UTC, as Date#getTimezoneOffset does
  const local = new Date((timestamp + offset * 60) * 1000).toISOString().slice(0, 19);
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/**
 * Added lines of `next` against `previous`: the lines of `next` left over once every line of
 * `previous` has been matched once (by content). Like a line diff, a line only moved is not added.
 */
export function addedLines(previous: Buffer | undefined, next: Buffer): { bytes: Buffer; lineMap: number[] } {
  const split = (b: Buffer) => {
    const text = b.toString("latin1"); // one byte per char: content and offsets stay byte-exact
    const lines = text.split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    return lines;
  };
  const remaining = new Map<string, number>();
  if (previous) for (const line of split(previous)) remaining.set(line, (remaining.get(line) ?? 0) + 1);
  const out: string[] = [];
  const lineMap: number[] = [];
  split(next).forEach((line, i) => {
    const left = remaining.get(line) ?? 0;
    if (left > 0) remaining.set(line, left - 1);
    else {
      out.push(line);
      lineMap.push(i + 1);
    }
  });
  return { bytes: Buffer.from(out.map((l) => `${l}\n`).join(""), "latin1"), lineMap };
}

export class IsoHistory {
  private readonly cache = {};

  constructor(private readonly repo: IsoRepo) {}

  private async resolve(ref: string): Promise<string> {
    try {
      if (/^[0-9a-f]{4,40}$/i.test(ref)) {
        return await git.expandOid({ fs, gitdir: this.repo.gitdir, oid: ref.toLowerCase(), cache: this.cache });
      }
      return await git.resolveRef({ fs, gitdir: this.repo.gitdir, ref });
    } catch {
      throw new LeakhoundError("USAGE", `no such commit or branch in ${this.repo.dir}: ${ref}`);
    }
  }

  /** Every branch and tag tip (and a detached HEAD). */
  private async allTips(): Promise<string[]> {
    const { gitdir } = this.repo;
    const tips = new Set<string>();
    for (const branch of await git.listBranches({ fs, gitdir }))
      tips.add(await git.resolveRef({ fs, gitdir, ref: `refs/heads/${branch}` }));
    for (const tag of await git.listTags({ fs, gitdir })) {
      const oid = await git.resolveRef({ fs, gitdir, ref: `refs/tags/${tag}` });
      try {
        tips.add((await git.readTag({ fs, gitdir, oid, cache: this.cache })).tag.object);
      } catch {
        tips.add(oid); // a lightweight tag points at the commit itself
      }
    }
    try {
      tips.add(await git.resolveRef({ fs, gitdir, ref: "HEAD" }));
    } catch {
      // an unborn HEAD
    }
    return [...tips];
  }

  private async reachable(
    tips: string[],
    problems: ScanProblem[],
  ): Promise<Map<string, Awaited<ReturnType<typeof git.readCommit>>>> {
    const seen = new Map<string, Awaited<ReturnType<typeof git.readCommit>>>();
    const queue = [...tips];
    while (queue.length > 0) {
      const oid = queue.pop()!;
      if (seen.has(oid)) continue;
      try {
        const commit = await git.readCommit({ fs, gitdir: this.repo.gitdir, oid, cache: this.cache });
        seen.set(oid, commit);
        queue.push(...commit.commit.parent);
      } catch (err) {
        problems.push({
          path: this.repo.dir,
          reason: `cannot read commit ${oid}: ${(err as Error).message.split("\n")[0]}`,
        });
      }
    }
    return seen;
  }

  /** The commits in scope, oldest first (by commit time). */
  async commits(scope: HistoryScope, problems: ScanProblem[]) {
    let tips: string[];
    let excluded: string[] = [];
    if (scope.range) {
      const [from, to] = scope.range.split(/\.\.\.?/);
      if (!from || !to) throw new LeakhoundError("USAGE", `--range must look like A..B, not ${scope.range}`);
      tips = [await this.resolve(to)];
      excluded = [await this.resolve(from)];
    } else {
      tips = scope.branch ? [await this.resolve(scope.branch)] : await this.allTips();
      if (scope.sinceCommit) excluded = [await this.resolve(scope.sinceCommit)];
    }
    const included = await this.reachable(tips, problems);
    for (const oid of (await this.reachable(excluded, problems)).keys()) included.delete(oid);
    return [...included.values()].sort((a, b) => a.commit.committer.timestamp - b.commit.committer.timestamp);
  }

  /**
   * Blob contents by path in a commit's tree, for the files that differ from its first parent; of a
   * merge (more than one parent), for those that differ from every parent, with the other parents'
   * versions (the combined listing of the git CLI path, sources/history.ts).
   */
  async changedFiles(
    commitOid: string,
    parentOids: string[],
  ): Promise<{ path: string; before: string | undefined; others?: string[]; after: string }[]> {
    const merge = parentOids.length > 1;
    const trees = [git.TREE({ ref: commitOid }), ...parentOids.map((ref) => git.TREE({ ref }))];
    const changed: { path: string; before: string | undefined; others?: string[]; after: string }[] = [];
    await git.walk({
      fs,
      gitdir: this.repo.gitdir,
      trees,
      cache: this.cache,
      map: async (path, [now, ...then]) => {
        if (path === ".") return true;
        const type = await now?.type();
        if (type === "tree") return true;
        if (type !== "blob") return null; // deleted here, or a submodule
        const after = await now!.oid();
        const versions: (string | undefined)[] = [];
        for (const entry of then)
          versions.push(entry && (await entry.type()) === "blob" ? await entry.oid() : undefined);
        const [before, ...others] = versions;
        if (!merge) {
          if (before !== after) changed.push({ path, before, after });
        } else if (!versions.includes(after)) {
          changed.push({ path, before, others: others.filter((o): o is string => o !== undefined), after });
        }
        return null;
      },
    });
    return changed;
  }

  /** The lines `change` adds, unless its new version is binary or too large (then counted). */
  private async addedIn(
    change: { before: string | undefined; after: string },
    maxFileBytes: number,
    counts: { binary: number; large: number },
  ) {
    let after = await this.blob(change.after);
    if (after.length > maxFileBytes) {
      counts.large++;
      return undefined;
    }
    const text = asText(after);
    // without git, an undecodable file is counted with the binary ones (the history listing has no problem list here)
    if (text.kind !== "text") {
      counts.binary++;
      return undefined;
    }
    const beforeRaw = change.before ? await this.blob(change.before) : undefined;
    const beforeText = beforeRaw ? asText(beforeRaw) : undefined;
    const before = beforeText?.kind === "text" ? beforeText.bytes : beforeRaw;
    after = text.bytes;
    const added = addedLines(before, after);
    return added.lineMap.length > 0 ? { ...added, before } : undefined;
  }

  async blob(oid: string): Promise<Buffer> {
    const { blob } = await git.readBlob({ fs, gitdir: this.repo.gitdir, oid, cache: this.cache });
    return Buffer.from(blob);
  }

  /**
   * Every commit in scope, oldest first: its message, then each (path, content) pair it brings that
   * the history has not shown before, as the whole new version with the version it replaces at
   * that path in the first parent (what it introduced is decided by scan/introduced.ts); then the
   * messages of annotated tags on those commits.
   */
  async *history(
    scope: HistoryScope,
    maxFileBytes: number,
    problems: ScanProblem[],
    counts: { commits: number; binary: number; large: number },
  ): AsyncGenerator<{ fragment: Fragment; before: Buffer | undefined; others?: (Buffer | undefined)[] }> {
    const seen = new Set<string>();
    const inScope = new Set<string>();
    for (const { oid, commit } of await this.commits(scope, problems)) {
      counts.commits++;
      inScope.add(oid);
      const provenance: GitProvenance = {
        commit: oid,
        author: commit.author.name,
        email: commit.author.email,
        date: isoDate(commit.author.timestamp, commit.author.timezoneOffset),
        message: commit.message.split("\n")[0] ?? "",
      };
      yield {
        fragment: { path: COMMIT_MESSAGE_PATH, bytes: Buffer.from(commit.message, "utf8"), git: provenance },
        before: undefined,
      };
      let files;
      try {
        files = await this.changedFiles(oid, commit.parent);
      } catch (err) {
        problems.push({
          path: this.repo.dir,
          reason: `cannot read the tree of ${oid}: ${(err as Error).message.split("\n")[0]}`,
        });
        continue;
      }
      for (const file of files) {
        const key = `${file.path}\0${file.after}`;
        if (seen.has(key)) continue;
        seen.add(key);
        try {
          const after = await this.blob(file.after);
          const text = after.length > maxFileBytes ? undefined : asText(after);
          if (!text) counts.large++;
          else if (text.kind !== "text") counts.binary++;
          else {
            // a replaced UTF-16 version is compared decoded, as the new one is scanned
            const version = async (blobOid: string | undefined) => {
              const raw = blobOid ? await this.blob(blobOid) : undefined;
              const decoded = raw ? asText(raw) : undefined;
              return decoded?.kind === "text" ? decoded.bytes : raw;
            };
            const others = file.others && (await Promise.all(file.others.map(version)));
            yield {
              fragment: { path: file.path, bytes: text.bytes, git: provenance },
              before: await version(file.before),
              ...(others ? { others } : {}),
            };
          }
        } catch (err) {
          problems.push({
            path: `${file.path} (commit ${oid.slice(0, 12)})`,
            reason: `cannot read the object: ${(err as Error).message.split("\n")[0]}`,
          });
        }
      }
    }
    const { gitdir } = this.repo;
    for (const name of await git.listTags({ fs, gitdir })) {
      try {
        const { tag } = await git.readTag({
          fs,
          gitdir,
          oid: await git.resolveRef({ fs, gitdir, ref: `refs/tags/${name}` }),
          cache: this.cache,
        });
        if (tag.type !== "commit" || !inScope.has(tag.object)) continue;
        const commit: GitProvenance = {
          commit: tag.object,
          author: tag.tagger.name,
          email: tag.tagger.email,
          date: isoDate(tag.tagger.timestamp, tag.tagger.timezoneOffset),
          message: tag.message.split("\n")[0] ?? "",
        };
        yield {
          fragment: { path: tagMessagePath(name), bytes: Buffer.from(tag.message, "utf8"), git: commit },
          before: undefined,
        };
      } catch (err) {
        // a lightweight tag points at a commit: it has no message of its own
        if ((err as { code?: string }).code !== "ObjectTypeError")
          problems.push({
            path: `${tagMessagePath(name)}`,
            reason: `cannot read the tag: ${(err as Error).message.split("\n")[0]}`,
          });
      }
    }
  }

  /** Fragments of the lines the index adds to HEAD (or to nothing before the first commit). */
  /** HEAD's version of `path`, or undefined when HEAD has none there (or no HEAD). */
  async headVersion(path: string): Promise<Buffer | undefined> {
    try {
      const head = await git.resolveRef({ fs, gitdir: this.repo.gitdir, ref: "HEAD" });
      const { blob } = await git.readBlob({
        fs,
        gitdir: this.repo.gitdir,
        oid: head,
        filepath: path,
        cache: this.cache,
      });
      return Buffer.from(blob);
    } catch {
      return undefined;
    }
  }

  async *staged(maxFileBytes: number, counts: { binary: number; large: number }): AsyncGenerator<Fragment> {
    let head: string | undefined;
    try {
      head = await git.resolveRef({ fs, gitdir: this.repo.gitdir, ref: "HEAD" });
    } catch {
      head = undefined;
    }
    const entries: { path: string; before: string | undefined; after: string }[] = [];
    await git.walk({
      fs,
      dir: this.repo.dir,
      gitdir: this.repo.gitdir,
      trees: [git.STAGE(), ...(head ? [git.TREE({ ref: head })] : [])],
      cache: this.cache,
      map: async (path, [staged, committed]) => {
        if (path === ".") return true;
        if (!staged) return null;
        const type = await staged.type();
        if (type === "tree") return true;
        if (type !== "blob") return null;
        const after = await staged.oid();
        const before = committed && (await committed.type()) === "blob" ? await committed.oid() : undefined;
        if (before !== after) entries.push({ path, before, after });
        return null;
      },
    });
    for (const entry of entries) {
      const added = await this.addedIn(entry, maxFileBytes, counts);
      if (added) yield { path: entry.path, bytes: added.bytes, lineMap: added.lineMap };
    }
  }
}
