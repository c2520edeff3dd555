import {
  LeakhoundError
} from "./chunk-J2RLNSZZ.mjs";

// src/sources/git.ts
import { existsSync as existsSync2 } from "node:fs";
import { createRequire } from "node:module";
import { dirname as dirname2, join as join2, resolve as resolve2 } from "node:path";

// src/sources/git-hardening.ts
import { existsSync, realpathSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
var HARDENING_CONFIG = [
  "core.fsmonitor=false",
  "core.hooksPath=/dev/null",
  "core.pager=cat",
  "core.editor=false",
  "sequence.editor=false",
  "core.askPass=",
  "core.alternateRefsCommand=",
  "diff.external=",
  "log.showSignature=false",
  "gpg.program=false",
  "gpg.ssh.program=false",
  "gpg.x509.program=false",
  "submodule.recurse=false",
  "fetch.recurseSubmodules=false",
  "gc.auto=0",
  "maintenance.auto=false",
  // no transport at all: a read of the repository never needs one, and a partial clone's lazy fetch
  // would reach a host (and run the upload-pack) that the repository's config names
  "protocol.allow=never",
  "protocol.ext.allow=never",
  "protocol.file.allow=never"
];
var REPO_CONFIG_NEUTRAL = ["core.sshCommand=ssh", "credential.helper="];
var FETCH_ARGS = ["--upload-pack=git-upload-pack", "--no-recurse-submodules"];
var TRANSPORT_CONFIG = [
  "protocol.https.allow=always",
  "protocol.http.allow=always",
  "protocol.ssh.allow=always",
  "protocol.git.allow=always",
  "protocol.file.allow=always"
];
var HARDENING_ENV = {
  GIT_OPTIONAL_LOCKS: "0",
  GIT_TERMINAL_PROMPT: "0",
  GIT_PAGER: "cat",
  // set and empty: git then asks neither core.askPass nor SSH_ASKPASS (prompt.c)
  GIT_ASKPASS: "",
  SSH_ASKPASS: "",
  SSH_ASKPASS_REQUIRE: "never",
  // core.gitProxy from a repository's config is ignored while this is set, and empty means none
  GIT_PROXY_COMMAND: "",
  // git 2.45 and later: a partial clone's missing objects are not fetched (protocol.allow covers older ones)
  GIT_NO_LAZY_FETCH: "1",
  LC_ALL: "C"
};
function hardeningArgs(extra = []) {
  return ["--no-pager", ...[...HARDENING_CONFIG, ...extra].flatMap((setting) => ["-c", setting])];
}
function safeDirectoryArgs(repo) {
  const here = realPath(resolve(repo));
  const top = realPath(workTreeTopOf(here));
  return (top === here ? [here] : [here, top]).flatMap((dir) => ["-c", `safe.directory=${dir}`]);
}
function scannedRepoArgs(repo) {
  return ["-C", repo, ...hardeningArgs(REPO_CONFIG_NEUTRAL), ...safeDirectoryArgs(repo)];
}
function hardenedEnv(extra = {}) {
  return { ...process.env, ...HARDENING_ENV, ...extra };
}
function realPath(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
function workTreeTopOf(dir) {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return d;
    if (dirname(d) === d) return dir;
  }
}

// src/sources/lines.ts
var NL = 10;
function startsWith(data, start, end, prefix) {
  return end - start >= prefix.length && data.compare(prefix, 0, prefix.length, start, start + prefix.length) === 0;
}
var LineSplitter = class {
  constructor(onLine) {
    this.onLine = onLine;
  }
  onLine;
  pending;
  push(chunk) {
    let start = 0;
    if (this.pending) {
      const nl = chunk.indexOf(NL);
      if (nl === -1) {
        this.pending = Buffer.concat([this.pending, chunk]);
        return;
      }
      const line = Buffer.concat([this.pending, chunk.subarray(0, nl)]);
      this.pending = void 0;
      this.onLine(line, 0, line.length);
      start = nl + 1;
    }
    for (let nl = chunk.indexOf(NL, start); nl !== -1; nl = chunk.indexOf(NL, start)) {
      this.onLine(chunk, start, nl);
      start = nl + 1;
    }
    this.pending = start < chunk.length ? Buffer.from(chunk.subarray(start)) : void 0;
  }
  /** The last line, if the output did not end with a newline. */
  end() {
    if (this.pending) this.onLine(this.pending, 0, this.pending.length);
    this.pending = void 0;
  }
};

// src/sources/patch.ts
var NL2 = 10;
var PLUS = 43;
var MINUS = 45;
var AT = 64;
var BACKSLASH = 92;
var DIFF_GIT = Buffer.from("diff --git ");
var PLUS3 = Buffer.from("+++ ");
var BINARY = Buffer.from("Binary files ");
var ByteBuilder = class {
  // starts small (a staged change is a few KB) and doubles as a large file needs it
  buf = Buffer.allocUnsafe(4096);
  length = 0;
  append(src, start, end) {
    const need = this.length + (end - start) + 1;
    if (need > this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(need, this.buf.length * 2));
      this.buf.copy(bigger, 0, 0, this.length);
      this.buf = bigger;
    }
    this.length += src.copy(this.buf, this.length, start, end);
    this.buf[this.length++] = NL2;
  }
  /** The content (handed over, not copied), and a fresh buffer for the next file. */
  take() {
    const out = this.buf.subarray(0, this.length);
    this.buf = Buffer.allocUnsafe(Math.min(Math.max(4096, this.length * 2), 1024 * 1024));
    this.length = 0;
    return out;
  }
  /** Forgets the content, keeping the buffer. */
  clear() {
    this.length = 0;
  }
};
var PatchParser = class {
  constructor(emit, maxFileBytes) {
    this.emit = emit;
    this.maxFileBytes = maxFileBytes;
  }
  emit;
  maxFileBytes;
  lines = new LineSplitter((data, start, end) => this.line(data, start, end));
  path;
  inHunk = false;
  nextLine = 0;
  content = new ByteBuilder();
  lineMap = [];
  oversized = false;
  stats = { binary: 0, large: 0 };
  push(chunk) {
    this.lines.push(chunk);
  }
  end() {
    this.lines.end();
    this.flushFile();
  }
  line(data, start, end) {
    const first = data[start];
    if (this.inHunk) {
      if (first === PLUS) return this.added(data, start + 1, end);
      if (first === MINUS || first === BACKSLASH) return;
      if (first === AT) return this.hunk(data.toString("latin1", start, end));
    }
    if (first === 100 && startsWith(data, start, end, DIFF_GIT)) return this.flushFile();
    if (this.inHunk) return;
    if (first === PLUS && startsWith(data, start, end, PLUS3)) {
      const target = data.subarray(start + 4, end);
      this.path = target.toString("latin1") === "/dev/null" ? void 0 : stripPrefix(unquote(target));
      return;
    }
    if (first === 66 && startsWith(data, start, end, BINARY)) {
      this.stats.binary++;
      return;
    }
    if (first === AT) this.hunk(data.toString("latin1", start, end));
  }
  hunk(text) {
    const match = /^@@+ (?:-\d+(?:,\d+)? )+\+(\d+)/.exec(text);
    this.inHunk = match !== null && this.path !== void 0;
    if (match) this.nextLine = Number(match[1]);
  }
  added(data, start, end) {
    if (this.oversized) return;
    if (this.content.length + (end - start) + 1 > this.maxFileBytes) {
      this.oversized = true;
      this.content.clear();
      this.lineMap = [];
      return;
    }
    this.content.append(data, start, end);
    this.lineMap.push(this.nextLine++);
  }
  flushFile() {
    if (this.oversized) this.stats.large++;
    if (this.path !== void 0 && this.lineMap.length > 0) {
      this.emit({
        path: this.path,
        bytes: this.content.take(),
        lineMap: this.lineMap
      });
    } else {
      this.content.clear();
    }
    this.path = void 0;
    this.inHunk = false;
    this.lineMap = [];
    this.oversized = false;
  }
};
function stripPrefix(path) {
  return path.startsWith("b/") ? path.slice(2) : path;
}
function unquote(raw) {
  if (raw[0] !== 34) return raw.toString("utf8");
  const out = [];
  const escapes = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, "\\": 92 };
  for (let i = 1; i < raw.length - 1; i++) {
    const byte = raw[i];
    if (byte !== 92) {
      out.push(byte);
      continue;
    }
    const next = String.fromCharCode(raw[i + 1]);
    if (/[0-7]/.test(next)) {
      out.push(parseInt(raw.toString("latin1", i + 1, i + 4), 8));
      i += 3;
    } else {
      out.push(escapes[next] ?? raw[i + 1]);
      i += 1;
    }
  }
  return Buffer.from(out).toString("utf8");
}

// src/sources/git.ts
function gitEnv() {
  return hardenedEnv();
}
var require2 = createRequire(import.meta.url);
var childProcess = () => require2("node:child_process");
var DIFF_OPTIONS = ["-U0", "--no-color", "--no-ext-diff", "--no-textconv", "--find-renames", "--ignore-submodules"];
function git(repo, args) {
  const result = childProcess().spawnSync("git", [...scannedRepoArgs(repo), ...args], { env: gitEnv(), encoding: "utf8" });
  if (result.error) {
    throw new LeakhoundError("GIT_FAILED", `cannot run git: ${result.error.message}`);
  }
  return { ok: result.status === 0, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}
function hasGitBinary() {
  const result = childProcess().spawnSync("git", [...hardeningArgs(), "--version"], { stdio: "ignore", env: gitEnv() });
  return !result.error && result.status === 0;
}
function inspectRepo(repo) {
  const query = ["rev-parse", "--is-bare-repository", "--is-shallow-repository", "--absolute-git-dir", "--show-cdup"];
  const probe = git(repo, [...query, "--verify", "-q", "HEAD^{commit}"]);
  let lines = probe.stdout.split("\n");
  const hasHead = probe.ok;
  if (!probe.ok) {
    const retry = git(repo, query);
    if (!retry.ok) {
      const why = retry.stderr.split("\n").find((l) => l.startsWith("fatal:"))?.replace(/^fatal: /, "") ?? retry.stderr;
      throw new LeakhoundError("NOT_A_REPO", `${repo} is not a git repository (${why})`);
    }
    lines = retry.stdout.split("\n");
  }
  const [bare, shallow, gitDir] = lines;
  const root = bare === "true" ? gitDir : resolve2(repo, lines[3] ?? "");
  return { root, shallow: shallow === "true", hasHead };
}
function refTips(repo) {
  const refs = git(repo, ["for-each-ref", "--format=%(objectname) %(objecttype) %(*objectname)"]);
  const tips = /* @__PURE__ */ new Set();
  for (const line of refs.stdout.split("\n").filter(Boolean)) {
    const [oid, type, peeled] = line.split(" ");
    tips.add(type === "tag" && peeled ? peeled : oid);
  }
  const head = git(repo, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  if (head.ok) tips.add(head.stdout);
  return [...tips].sort();
}
function existingCommits(repo, oids) {
  if (oids.length === 0) return [];
  const r = childProcess().spawnSync("git", [...scannedRepoArgs(repo), "cat-file", "--batch-check"], { input: oids.join("\n") + "\n", encoding: "utf8", env: gitEnv() });
  return (r.stdout ?? "").split("\n").filter((l) => / commit \d+$/.test(l)).map((l) => l.split(" ")[0]);
}
function verifyRevision(repo, rev) {
  if (rev.startsWith("-") || !git(repo, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]).ok) {
    throw new LeakhoundError("USAGE", `no such commit or branch in ${repo}: ${rev}`);
  }
}
function rangeEnds(range) {
  const [from, to] = range.split(/\.\.\.?/);
  if (!range.includes("..") || !from || !to) throw new LeakhoundError("USAGE", `--range must look like A..B, not ${range}`);
  return [from, to];
}
function revisionArgs(repo, scope) {
  if (scope.range) {
    const [from, to] = rangeEnds(scope.range);
    verifyRevision(repo, from);
    verifyRevision(repo, to);
    return [scope.range];
  }
  const refs = scope.branch ? [scope.branch] : ["--all"];
  if (scope.branch) verifyRevision(repo, scope.branch);
  const not = [...scope.sinceCommit ? [scope.sinceCommit] : [], ...scope.exclude ?? []];
  if (scope.sinceCommit) verifyRevision(repo, scope.sinceCommit);
  return not.length > 0 ? [...refs, "--not", ...not] : refs;
}
function spawnFailure(err) {
  return new LeakhoundError(err.code === "ENOENT" ? "NO_GIT" : "GIT_FAILED", `cannot run git: ${err.message}`);
}
function exitProblems(repo, args, code, signal, stderr) {
  if (code === 0) return [];
  const line = stderr.split("\n").find((l) => /^(fatal|error):/.test(l)) ?? `git exited with ${signal ?? `code ${code}`}`;
  return [{ path: repo, reason: `git ${args[0]} failed: ${line.replace(/^(fatal|error): /, "")}` }];
}
function spawnGit(repo, args, input) {
  const child = childProcess().spawn("git", [...scannedRepoArgs(repo), "-c", "core.quotePath=true", ...args], {
    env: gitEnv(),
    stdio: ["pipe", "pipe", "pipe"]
  });
  child.stdin.on("error", () => void 0);
  child.stdin.end(input ?? "");
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    if (stderr.length < 64 * 1024) stderr += chunk.toString("utf8");
  });
  const done = new Promise((resolve3, reject) => {
    child.on("error", (err) => reject(spawnFailure(err)));
    child.on("close", (code, signal) => resolve3(exitProblems(repo, args, code, signal, stderr)));
  });
  return { stdout: child.stdout, done, kill: () => child.kill() };
}
function stagedDiffArgs(repo) {
  return [...scannedRepoArgs(repo), "-c", "core.quotePath=true", ...STAGED_DIFF];
}
var STAGED_DIFF = ["diff", "--cached", ...DIFF_OPTIONS, "--"];
function startStagedDiff(repo) {
  const holder = globalThis;
  const early = holder.__leakhoundEarlyDiff;
  holder.__leakhoundEarlyDiff = void 0;
  const args = STAGED_DIFF;
  if (early && early.repo === repo && early.args.join("\0") === stagedDiffArgs(repo).join("\0") && Object.entries(HARDENING_ENV).every(([k, v]) => early.env[k] === v)) {
    return {
      repo,
      output: early.result.then(({ chunks: chunks2, stderr, code, signal, error }) => {
        if (error) throw spawnFailure(error);
        return { chunks: chunks2, errors: exitProblems(repo, args, code, signal, stderr) };
      })
    };
  }
  const git2 = spawnGit(repo, args);
  const chunks = [];
  git2.stdout.on("data", (chunk) => chunks.push(chunk));
  return { repo, output: git2.done.then((errors) => ({ chunks, errors })) };
}
async function stagedPatches(diff, maxFileBytes, onFragment) {
  const { chunks, errors } = await diff.output;
  if (errors.length > 0) inspectRepo(diff.repo);
  const parser = new PatchParser(onFragment, maxFileBytes);
  for (const chunk of chunks) parser.push(chunk);
  parser.end();
  return { bytes: chunks.reduce((n, c) => n + c.length, 0), errors, ...parser.stats };
}
function workTreeTop(dir) {
  for (let d = resolve2(dir); ; d = dirname2(d)) {
    if (existsSync2(join2(d, ".git"))) return d;
    if (dirname2(d) === d) return resolve2(dir);
  }
}
function commitOf(repo, rev) {
  verifyRevision(repo, rev);
  return git(repo, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]).stdout;
}
function fileAtCommit(repo, rev, path) {
  const spec = `${rev}:${path}`;
  const type = git(repo, ["cat-file", "-t", spec]);
  if (!type.ok) {
    if (/does not exist|exists on disk, but not in|not a valid object name|invalid object name/i.test(type.stderr)) return void 0;
    throw new LeakhoundError("GIT_FAILED", `cannot read ${path} at ${rev}: ${type.stderr.split("\n")[0] ?? "git failed"}`);
  }
  if (type.stdout !== "blob") return void 0;
  const blob = childProcess().spawnSync("git", [...scannedRepoArgs(repo), "cat-file", "blob", spec], { env: gitEnv(), maxBuffer: 64 * 1024 * 1024 });
  if (blob.error || blob.status !== 0) throw new LeakhoundError("GIT_FAILED", `cannot read ${path} at ${rev}: ${blob.stderr?.toString("utf8").split("\n")[0] ?? blob.error?.message}`);
  return blob.stdout.toString("utf8");
}
function originUrl(repo) {
  const r = git(repo, ["remote", "get-url", "origin"]);
  return r.ok && r.stdout ? r.stdout : void 0;
}

export {
  HARDENING_CONFIG,
  FETCH_ARGS,
  TRANSPORT_CONFIG,
  hardeningArgs,
  safeDirectoryArgs,
  scannedRepoArgs,
  hardenedEnv,
  startsWith,
  LineSplitter,
  PatchParser,
  unquote,
  gitEnv,
  hasGitBinary,
  inspectRepo,
  refTips,
  existingCommits,
  rangeEnds,
  revisionArgs,
  spawnGit,
  startStagedDiff,
  stagedPatches,
  workTreeTop,
  commitOf,
  fileAtCommit,
  originUrl
};
