import {
  isMessagePath
} from "./chunk-IVIJFV6C.mjs";
import {
  asText
} from "./chunk-KYLIGX4I.mjs";
import {
  globMatcher
} from "./chunk-DIVQNKH2.mjs";
import {
  LeakhoundError,
  reasonOf
} from "./chunk-J2RLNSZZ.mjs";

// src/model.ts
function emptyStats() {
  return { files: 0, bytes: 0, skippedBinary: 0, skippedLarge: 0, known: 0, errors: [] };
}

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
function readFileFragment(task, maxFileSize) {
  let fd;
  try {
    fd = openSync(task.absPath, "r");
    const size = fstatSync(fd).size;
    if (size > maxFileSize) return { kind: "large" };
    const content = size > 0 ? readExactly(fd, size) : readToEnd(fd, maxFileSize);
    if (content === void 0) return { kind: "large" };
    const text = asText(content);
    if (text.kind !== "text") return text;
    return { kind: "fragment", fragment: { path: task.displayPath, relPath: task.relPath, bytes: text.bytes } };
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

// src/scan/dedupe.ts
function historyKey(finding) {
  const where = isMessagePath(finding.path) ? `${finding.path}\0${finding.git?.commit ?? ""}` : finding.path;
  return `${finding.fingerprint}\0${where}`;
}
var HistoryDeduper = class {
  seen = /* @__PURE__ */ new Set();
  isNew(finding) {
    const key = historyKey(finding);
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
};

// src/scan/message-secrets.ts
function markMessageSecrets(findings) {
  const byCommit = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!f.git || !isMessagePath(f.path)) continue;
    const secrets = byCommit.get(f.git.commit) ?? /* @__PURE__ */ new Set();
    byCommit.set(f.git.commit, secrets.add(f.secret));
  }
  if (byCommit.size === 0) return findings;
  return findings.map((f) => {
    const secrets = f.git && byCommit.get(f.git.commit);
    return secrets && f.git ? { ...f, git: { ...f.git, messageSecrets: [...secrets] } } : f;
  });
}

export {
  emptyStats,
  DEFAULT_MAX_FILE_SIZE,
  walkFiles,
  readFileFragment,
  historyKey,
  HistoryDeduper,
  markMessageSecrets
};
