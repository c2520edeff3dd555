import {
  COMMIT_MESSAGE_PATH,
  tagMessagePath
} from "./chunk-IVIJFV6C.mjs";
import {
  asText
} from "./chunk-KYLIGX4I.mjs";
import {
  LeakhoundError
} from "./chunk-J2RLNSZZ.mjs";

// src/sources/isogit.ts
import * as fs from "node:fs";
import { join } from "node:path";
import git from "isomorphic-git";
async function openRepo(path) {
  if (fs.existsSync(join(path, "HEAD")) && fs.existsSync(join(path, "objects"))) return { dir: path, gitdir: path, bare: true };
  try {
    const dir = await git.findRoot({ fs, filepath: path });
    return { dir, gitdir: join(dir, ".git"), bare: false };
  } catch {
    throw new LeakhoundError("NOT_A_REPO", `${path} is not a git repository (no .git found)`);
  }
}
function isoDate(timestamp, timezoneOffset) {
  const offset = -timezoneOffset;
  const local = new Date((timestamp + offset * 60) * 1e3).toISOString().slice(0, 19);
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}
function addedLines(previous, next) {
  const split = (b) => {
    const text = b.toString("latin1");
    const lines = text.split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    return lines;
  };
  const remaining = /* @__PURE__ */ new Map();
  if (previous) for (const line of split(previous)) remaining.set(line, (remaining.get(line) ?? 0) + 1);
  const out = [];
  const lineMap = [];
  split(next).forEach((line, i) => {
    const left = remaining.get(line) ?? 0;
    if (left > 0) remaining.set(line, left - 1);
    else {
      out.push(line);
      lineMap.push(i + 1);
    }
  });
  return { bytes: Buffer.from(out.map((l) => `${l}
`).join(""), "latin1"), lineMap };
}
var IsoHistory = class {
  constructor(repo) {
    this.repo = repo;
  }
  repo;
  cache = {};
  async resolve(ref) {
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
  async allTips() {
    const { gitdir } = this.repo;
    const tips = /* @__PURE__ */ new Set();
    for (const branch of await git.listBranches({ fs, gitdir })) tips.add(await git.resolveRef({ fs, gitdir, ref: `refs/heads/${branch}` }));
    for (const tag of await git.listTags({ fs, gitdir })) {
      const oid = await git.resolveRef({ fs, gitdir, ref: `refs/tags/${tag}` });
      try {
        tips.add((await git.readTag({ fs, gitdir, oid, cache: this.cache })).tag.object);
      } catch {
        tips.add(oid);
      }
    }
    try {
      tips.add(await git.resolveRef({ fs, gitdir, ref: "HEAD" }));
    } catch {
    }
    return [...tips];
  }
  async reachable(tips, problems) {
    const seen = /* @__PURE__ */ new Map();
    const queue = [...tips];
    while (queue.length > 0) {
      const oid = queue.pop();
      if (seen.has(oid)) continue;
      try {
        const commit = await git.readCommit({ fs, gitdir: this.repo.gitdir, oid, cache: this.cache });
        seen.set(oid, commit);
        queue.push(...commit.commit.parent);
      } catch (err) {
        problems.push({ path: this.repo.dir, reason: `cannot read commit ${oid}: ${err.message.split("\n")[0]}` });
      }
    }
    return seen;
  }
  /** The commits in scope, oldest first (by commit time). */
  async commits(scope, problems) {
    let tips;
    let excluded = [];
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
  /** Blob contents by path in a commit's tree, for the files that differ from its first parent. */
  async changedFiles(commitOid, parentOid) {
    const trees = [git.TREE({ ref: commitOid }), ...parentOid ? [git.TREE({ ref: parentOid })] : []];
    const changed = [];
    await git.walk({
      fs,
      gitdir: this.repo.gitdir,
      trees,
      cache: this.cache,
      map: async (path, [now, then]) => {
        if (path === ".") return true;
        const type = await now?.type();
        if (type === "tree") return true;
        if (type !== "blob") return null;
        const after = await now.oid();
        const before = then && await then.type() === "blob" ? await then.oid() : void 0;
        if (before !== after) changed.push({ path, before, after });
        return null;
      }
    });
    return changed;
  }
  /** The lines `change` adds, unless its new version is binary or too large (then counted). */
  async addedIn(change, maxFileBytes, counts) {
    let after = await this.blob(change.after);
    if (after.length > maxFileBytes) {
      counts.large++;
      return void 0;
    }
    const text = asText(after);
    if (text.kind !== "text") {
      counts.binary++;
      return void 0;
    }
    const beforeRaw = change.before ? await this.blob(change.before) : void 0;
    const beforeText = beforeRaw ? asText(beforeRaw) : void 0;
    const before = beforeText?.kind === "text" ? beforeText.bytes : beforeRaw;
    after = text.bytes;
    const added = addedLines(before, after);
    return added.lineMap.length > 0 ? { ...added, before } : void 0;
  }
  async blob(oid) {
    const { blob } = await git.readBlob({ fs, gitdir: this.repo.gitdir, oid, cache: this.cache });
    return Buffer.from(blob);
  }
  /**
   * Every commit in scope, oldest first: its message, then each (path, content) pair it brings that
   * the history has not shown before, as the whole new version with the version it replaces at
   * that path in the first parent (what it introduced is decided by scan/introduced.ts); then the
   * messages of annotated tags on those commits.
   */
  async *history(scope, maxFileBytes, problems, counts) {
    const seen = /* @__PURE__ */ new Set();
    const inScope = /* @__PURE__ */ new Set();
    for (const { oid, commit } of await this.commits(scope, problems)) {
      counts.commits++;
      inScope.add(oid);
      const provenance = {
        commit: oid,
        author: commit.author.name,
        email: commit.author.email,
        date: isoDate(commit.author.timestamp, commit.author.timezoneOffset),
        message: commit.message.split("\n")[0] ?? ""
      };
      yield { fragment: { path: COMMIT_MESSAGE_PATH, bytes: Buffer.from(commit.message, "utf8"), git: provenance }, before: void 0 };
      let files;
      try {
        files = await this.changedFiles(oid, commit.parent[0]);
      } catch (err) {
        problems.push({ path: this.repo.dir, reason: `cannot read the tree of ${oid}: ${err.message.split("\n")[0]}` });
        continue;
      }
      for (const file of files) {
        const key = `${file.path}\0${file.after}`;
        if (seen.has(key)) continue;
        seen.add(key);
        try {
          const after = await this.blob(file.after);
          const text = after.length > maxFileBytes ? void 0 : asText(after);
          if (!text) counts.large++;
          else if (text.kind !== "text") counts.binary++;
          else {
            const raw = file.before ? await this.blob(file.before) : void 0;
            const before = raw ? asText(raw) : void 0;
            yield { fragment: { path: file.path, bytes: text.bytes, git: provenance }, before: before?.kind === "text" ? before.bytes : raw };
          }
        } catch (err) {
          problems.push({ path: `${file.path} (commit ${oid.slice(0, 12)})`, reason: `cannot read the object: ${err.message.split("\n")[0]}` });
        }
      }
    }
    const { gitdir } = this.repo;
    for (const name of await git.listTags({ fs, gitdir })) {
      try {
        const { tag } = await git.readTag({ fs, gitdir, oid: await git.resolveRef({ fs, gitdir, ref: `refs/tags/${name}` }), cache: this.cache });
        if (tag.type !== "commit" || !inScope.has(tag.object)) continue;
        const commit = { commit: tag.object, author: tag.tagger.name, email: tag.tagger.email, date: isoDate(tag.tagger.timestamp, tag.tagger.timezoneOffset), message: tag.message.split("\n")[0] ?? "" };
        yield { fragment: { path: tagMessagePath(name), bytes: Buffer.from(tag.message, "utf8"), git: commit }, before: void 0 };
      } catch (err) {
        if (err.code !== "ObjectTypeError") problems.push({ path: `${tagMessagePath(name)}`, reason: `cannot read the tag: ${err.message.split("\n")[0]}` });
      }
    }
  }
  /** Fragments of the lines the index adds to HEAD (or to nothing before the first commit). */
  async *staged(maxFileBytes, counts) {
    let head;
    try {
      head = await git.resolveRef({ fs, gitdir: this.repo.gitdir, ref: "HEAD" });
    } catch {
      head = void 0;
    }
    const entries = [];
    await git.walk({
      fs,
      dir: this.repo.dir,
      gitdir: this.repo.gitdir,
      trees: [git.STAGE(), ...head ? [git.TREE({ ref: head })] : []],
      cache: this.cache,
      map: async (path, [staged, committed]) => {
        if (path === ".") return true;
        if (!staged) return null;
        const type = await staged.type();
        if (type === "tree") return true;
        if (type !== "blob") return null;
        const after = await staged.oid();
        const before = committed && await committed.type() === "blob" ? await committed.oid() : void 0;
        if (before !== after) entries.push({ path, before, after });
        return null;
      }
    });
    for (const entry of entries) {
      const added = await this.addedIn(entry, maxFileBytes, counts);
      if (added) yield { path: entry.path, bytes: added.bytes, lineMap: added.lineMap };
    }
  }
};

export {
  openRepo,
  addedLines,
  IsoHistory
};
