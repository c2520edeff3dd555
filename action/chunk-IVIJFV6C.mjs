import {
  gitEnv,
  scannedRepoArgs
} from "./chunk-45DNU2OG.mjs";

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
  COMMIT_MESSAGE_PATH,
  tagMessagePath,
  isMessagePath,
  messageBody,
  annotatedTags
};
