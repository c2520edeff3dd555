// Where the package's own files are, found from this module wherever the build put it (plain
// compiled modules or a single-file bundle at another depth).
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "rules"))) return dir;
    if (dirname(dir) === dir) throw new Error(`leakhound's package folder not found above ${start}`);
  }
}

export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
export const BUILTIN_RULES_DIR = join(PACKAGE_ROOT, "rules");
export const COMPILED_RULES_FILE = join(PACKAGE_ROOT, "dist", "builtin-rules.json");
export const WORKER_FILE = join(PACKAGE_ROOT, "dist", "scan", "worker.js");
/** the compiled module, or in the GitHub Action (which ships bundles, not dist/) its bundle */
export const HISTORY_WORKER_FILE = [join(PACKAGE_ROOT, "dist", "scan", "history-worker.js"), join(PACKAGE_ROOT, "action", "history-worker.mjs")].find(
  (p) => existsSync(p),
) ?? join(PACKAGE_ROOT, "dist", "scan", "history-worker.js");
export const BIN_FILE = join(PACKAGE_ROOT, "bin", "leakhound.js");
