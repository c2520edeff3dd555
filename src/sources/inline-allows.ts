// The findings that inline `leakhound:allow` / `gitleaks:allow` comments added by a range of
// commits hold back. They are honoured, but a reviewer must see them: an inline allow in a pull
// request is the one detection setting the change itself can carry.
import type { Finding } from "../model.js";
import type { Detector } from "../engine/detector.js";
import { hasInlineAllow, withoutInlineAllow } from "../filters/inline.js";
import { PatchParser } from "./patch.js";
import { gitEnv } from "./git.js";
import { scannedRepoArgs } from "./git-hardening.js";
import { spawnSync } from "node:child_process";

/** Findings on the lines that `from..to` adds and that carry an inline allow comment. */
export function inlineAllowsAdded(
  repo: string,
  from: string,
  to: string,
  detector: Detector,
  maxFileBytes: number,
): Finding[] {
  const diff = spawnSync(
    "git",
    [
      ...scannedRepoArgs(repo),
      "-c",
      "core.quotePath=true",
      "diff",
      "-U0",
      "--no-color",
      "--no-ext-diff",
      "--no-textconv",
      "--find-renames",
      "--ignore-submodules",
      from,
      to,
      "--",
    ],
    { env: gitEnv(), maxBuffer: 1024 * 1024 * 1024 },
  );
  if (diff.status !== 0 || !diff.stdout) return [];
  const found: Finding[] = [];
  const parser = new PatchParser((fragment) => {
    const lines = fragment.bytes.toString("utf8").split("\n");
    lines.forEach((line, i) => {
      if (!hasInlineAllow(line)) return;
      const lineNo = fragment.lineMap?.[i] ?? i + 1;
      for (const f of detector.detect({ path: fragment.path, bytes: Buffer.from(withoutInlineAllow(line), "utf8") })) {
        found.push({ ...f, startLine: lineNo, endLine: lineNo + (f.endLine - f.startLine) });
      }
    });
  }, maxFileBytes);
  parser.push(diff.stdout);
  parser.end();
  return found;
}
