// Commit and annotated tag messages as text to scan: where they are shown (a path of their own, as
// a file's would be) and how their text is taken from the raw object git stores.
import { execFile } from "node:child_process";
import type { GitProvenance } from "../model.js";
import { gitEnv } from "./git.js";
import { scannedRepoArgs } from "./git-hardening.js";

/** The path of a commit message's findings; line 1 is the message's first line. */
export const COMMIT_MESSAGE_PATH = "<commit message>";

export function tagMessagePath(tag: string): string {
  return `<tag ${tag} message>`;
}

/** Whether a finding is in a message (so its key includes its commit: each message is its own text). */
export function isMessagePath(path: string): boolean {
  return path === COMMIT_MESSAGE_PATH || (path.startsWith("<tag ") && path.endsWith(" message>"));
}

/**
 * The message of a raw commit or tag object: everything after the header, which ends at the first
 * empty line (a multi-line header such as a signature continues with lines that start with a space).
 */
export function messageBody(raw: Buffer): Buffer {
  const at = raw.indexOf("\n\n");
  return at === -1 ? Buffer.alloc(0) : raw.subarray(at + 2);
}

/** An annotated tag: its object, and provenance naming the commit it points at and its tagger. */
export interface TagMessage {
  oid: string;
  name: string;
  commit: GitProvenance;
}

/**
 * The repository's annotated tags that point at commits, listed by a `git for-each-ref` started at
 * once and read when awaited (a history scan starts it beside its listing of commits). A listing
 * that fails rejects: the tags' messages would go unscanned.
 */
export function annotatedTags(repo: string): Promise<TagMessage[]> {
  const format = [
    "objectname",
    "objecttype",
    "*objectname",
    "*objecttype",
    "refname:short",
    "taggername",
    "taggeremail",
    "taggerdate:iso-strict",
    "subject",
  ]
    .map((f) => `%(${f})`)
    .join("%00");
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      [...scannedRepoArgs(repo), "for-each-ref", `--format=${format}`, "refs/tags"],
      { env: gitEnv(), encoding: "utf8", maxBuffer: 1 << 28 },
      (err, stdout, stderr) => {
        if (err) {
          reject(new Error(`cannot list the annotated tags: ${stderr.trim().split("\n")[0] || err.message}`));
          return;
        }
        const tags: TagMessage[] = [];
        for (const line of stdout.split("\n")) {
          const [oid, type, target, targetType, name, tagger, email, date, subject] = line.split("\0");
          if (type !== "tag" || targetType !== "commit" || !oid || !target) continue;
          tags.push({
            oid,
            name: name ?? "",
            commit: {
              commit: target,
              author: tagger ?? "",
              email: (email ?? "").replace(/^<|>$/g, ""),
              date: date ?? "",
              message: subject ?? "",
            },
          });
        }
        resolve(tags);
      },
    );
  });
}
