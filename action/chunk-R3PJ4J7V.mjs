import {
  globMatcher
} from "./chunk-Y2CXBTMR.mjs";
import {
  gitEnv,
  scannedRepoArgs
} from "./chunk-SY2RL2H2.mjs";
import {
  LeakhoundError,
  reasonOf
} from "./chunk-J2RLNSZZ.mjs";

// src/sources/files.ts
import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
var PRUNED_DIRS = /* @__PURE__ */ new Set([".git"]);
function toPosix(path) {
  return sep === "/" ? path : path.split(sep).join("/");
}
function displayJoin(root, rel) {
  const base = toPosix(root).replace(/\/+$/, "");
  if (base === "." || base === "") return rel;
  return rel === "" ? base : `${base}/${rel}`;
}
function* walkFiles(roots, options, stats) {
  const included = globMatcher(options.include);
  const excluded = globMatcher(options.exclude);
  for (const root of roots) {
    let rootStat;
    try {
      rootStat = statSync(root);
    } catch (err) {
      throw new LeakhoundError("NOT_FOUND", `cannot scan ${root}: ${reasonOf(err)}`);
    }
    if (rootStat.isFile()) {
      yield { absPath: root, displayPath: toPosix(root), relPath: basename(root) };
      continue;
    }
    if (!rootStat.isDirectory()) throw new LeakhoundError("NOT_FOUND", `cannot scan ${root}: not a file or directory`);
    const pending = [root];
    while (pending.length > 0) {
      const dir = pending.pop();
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (err) {
        stats.errors.push({ path: displayJoin(root, toPosix(relative(root, dir))), reason: reasonOf(err) });
        continue;
      }
      entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
      const subdirs = [];
      for (const entry of entries) {
        if (entry.isSymbolicLink()) continue;
        const abs = join(dir, entry.name);
        const rel = toPosix(relative(root, abs));
        if (entry.isDirectory()) {
          if (!PRUNED_DIRS.has(entry.name) && !excluded?.(rel)) subdirs.push(abs);
        } else if (entry.isFile()) {
          if (excluded?.(rel) || included && !included(rel)) continue;
          yield { absPath: abs, displayPath: displayJoin(root, rel), relPath: rel };
        }
      }
      for (let i = subdirs.length - 1; i >= 0; i--) pending.push(subdirs[i]);
    }
  }
}
function isBinary(bytes) {
  return bytes.subarray(0, 8e3).includes(0);
}
function readFileFragment(task, maxFileSize) {
  let fd;
  try {
    fd = openSync(task.absPath, "r");
    const size = fstatSync(fd).size;
    if (size > maxFileSize) return { kind: "large" };
    const content = size > 0 ? readExactly(fd, size) : readToEnd(fd, maxFileSize);
    if (content === void 0) return { kind: "large" };
    if (isBinary(content)) return { kind: "binary" };
    return { kind: "fragment", fragment: { path: task.displayPath, relPath: task.relPath, bytes: content } };
  } catch (err) {
    return { kind: "error", reason: reasonOf(err) };
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function readExactly(fd, size) {
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const n = readSync(fd, bytes, filled, size - filled, filled);
    if (n === 0) break;
    filled += n;
  }
  return filled === size ? bytes : bytes.subarray(0, filled);
}
function readToEnd(fd, limit) {
  const chunks = [];
  let total = 0;
  for (; ; ) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > limit) return void 0;
  }
}

// src/sources/messages.ts
import { spawnSync } from "node:child_process";
var COMMIT_MESSAGE_PATH = "<commit message>";
function tagMessagePath(tag) {
  return `<tag ${tag} message>`;
}
function isMessagePath(path) {
  return path === COMMIT_MESSAGE_PATH || path.startsWith("<tag ") && path.endsWith(" message>");
}
function messageBody(raw) {
  const at = raw.indexOf("\n\n");
  return at === -1 ? Buffer.alloc(0) : raw.subarray(at + 2);
}
function annotatedTags(repo, inScope) {
  const format = ["objectname", "objecttype", "*objectname", "*objecttype", "refname:short", "taggername", "taggeremail", "taggerdate:iso-strict", "subject"].map((f) => `%(${f})`).join("%00");
  const r = spawnSync("git", [...scannedRepoArgs(repo), "for-each-ref", `--format=${format}`, "refs/tags"], { env: gitEnv(), encoding: "utf8", maxBuffer: 1 << 28 });
  const tags = [];
  for (const line of (r.stdout ?? "").split("\n")) {
    const [oid, type, target, targetType, name, tagger, email, date, subject] = line.split("\0");
    if (type !== "tag" || targetType !== "commit" || !oid || !target || !inScope(target)) continue;
    tags.push({ oid, name: name ?? "", commit: { commit: target, author: tagger ?? "", email: (email ?? "").replace(/^<|>$/g, ""), date: date ?? "", message: subject ?? "" } });
  }
  return tags;
}

export {
  DEFAULT_MAX_FILE_SIZE,
  walkFiles,
  isBinary,
  readFileFragment,
  COMMIT_MESSAGE_PATH,
  tagMessagePath,
  isMessagePath,
  messageBody,
  annotatedTags
};
