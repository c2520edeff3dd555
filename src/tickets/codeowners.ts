// Assignees for a ticket from CODEOWNERS: the users (not teams) of the last pattern matching the file.
// https://docs.github.com/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { globMatcher } from "../filters/glob.js";

export function codeOwners(root: string): ((path: string) => string[]) | undefined {
  const file = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"]
    .map((p) => join(root, p))
    .find((p) => existsSync(p));
  if (!file) return undefined;
  const entries = readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim())
    .filter(Boolean)
    .map((line) => {
      const [pattern, ...owners] = line.split(/\s+/);
      let glob = pattern!;
      if (glob.endsWith("/")) glob += "**";
      else if (!glob.includes("*")) glob = `${glob.replace(/\/$/, "")}{,/**}`;
      return { match: globMatcher([glob])!, owners };
    });
  return (path) => {
    for (let i = entries.length - 1; i >= 0; i--) {
      if (entries[i]!.match(path)) return entries[i]!.owners.filter((o) => /^@[^/]+$/.test(o)).map((o) => o.slice(1));
    }
    return [];
  };
}
