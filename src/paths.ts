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
/** the first of these files that exists (the build's bundle, the compiled module, the Action's bundle) */
function firstExisting(...paths: string[]): string {
  return paths.find((p) => existsSync(p)) ?? paths[paths.length - 1]!;
}
export const WORKER_FILE = firstExisting(
  join(PACKAGE_ROOT, "dist", "bundle", "worker.cjs"),
  join(PACKAGE_ROOT, "dist", "scan", "worker.js"),
);
export const BIN_FILE = join(PACKAGE_ROOT, "bin", "leakhound.js");
