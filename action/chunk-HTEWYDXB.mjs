import {
  BlobReader
} from "./chunk-UK77HFPR.mjs";
import {
  changedRegion
} from "./chunk-OTR36JOE.mjs";
import {
  asText
} from "./chunk-KYLIGX4I.mjs";
import {
  gitEnv
} from "./chunk-45DNU2OG.mjs";
import "./chunk-J2RLNSZZ.mjs";

// src/sources/staged-text.ts
import { spawnSync } from "node:child_process";
async function stagedTextFiles(repo, maxFileBytes) {
  const out = { changes: [], decoded: 0, errors: [] };
  const list = spawnSync(
    "git",
    ["-C", repo, "diff", "--cached", "--numstat", "-z", "--no-renames", "--diff-filter=d", "--no-ext-diff", "--no-textconv", "--ignore-submodules", "--"],
    { env: gitEnv(), maxBuffer: 64 * 1024 * 1024 }
  );
  if (list.error || list.status !== 0) {
    out.errors.push({ path: repo, reason: `git diff --numstat failed: ${list.error?.message ?? String(list.stderr).split("\n")[0]}` });
    return out;
  }
  const binaries = String(list.stdout).split("\0").filter((record) => record.startsWith("-	-	")).map((record) => record.slice(4)).filter((path) => path !== "" && !path.includes("\n"));
  if (binaries.length === 0) return out;
  const reader = new BlobReader(repo, maxFileBytes);
  try {
    for (const path of binaries) {
      const [staged, head] = await Promise.all([reader.read(`:${path}`), reader.read(`HEAD:${path}`)]);
      if (staged.kind !== "blob") continue;
      const text = asText(staged.bytes);
      if (text.kind === "binary") continue;
      out.decoded++;
      if (text.kind === "undecodable") {
        out.errors.push({ path, reason: text.reason });
        continue;
      }
      const headText = head.kind === "blob" ? asText(head.bytes) : void 0;
      const before = headText?.kind === "text" ? headText.bytes : void 0;
      const region = before ? changedRegion(before, text.bytes) : { start: 0, end: text.bytes.length, firstLine: 0 };
      if (!region) continue;
      out.changes.push({ fragment: { path, bytes: text.bytes.subarray(region.start, region.end), firstLine: region.firstLine }, before });
    }
  } finally {
    reader.close();
  }
  return out;
}
export {
  stagedTextFiles
};
