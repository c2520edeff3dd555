// `leakhound baseline import FILE`: what another scanner already accepts (a gitleaks or trufflehog
// JSON report, a .gitleaksignore, a detect-secrets .secrets.baseline) as entries of leakhound's
// baseline, merged into the one there is. Nothing printed here holds a secret.
import { isAbsolute, join } from "node:path";
import { LeakhoundError, reasonOf } from "../errors.js";
import { loadSettings } from "../config/load.js";
import { commitFiles, insideRoot, workTreeFiles } from "../config/settings-files.js";
import { Baseline, BASELINE_FILE, writeBaseline, type BaselineEntry } from "../filters/baseline.js";
import { detectImportFormat, importFindings, parseForeign, type ImportFormat } from "../filters/baseline-import.js";
import { readRegularFile } from "../io/read-file.js";
import { inert } from "../report/inert.js";
import { createDetector } from "../scan/detector.js";
import { workTreeTop } from "../sources/git.js";
import { existsSync } from "node:fs";
import { writeStderr } from "./stdio.js";

export interface BaselineImportArgs {
  file: string;
  /** the format of FILE; default: told from its name and content */
  from?: ImportFormat;
  /** the repository (or folder) the findings are in */
  repo: string;
  /** the baseline to write; default .leakhound-baseline.json at the repository's root */
  output?: string;
  config?: string;
  quiet: boolean;
}

export function baselineImportCommand(args: BaselineImportArgs): number {
  let text: string;
  try {
    text = readRegularFile(args.file);
  } catch (err) {
    throw new LeakhoundError("NOT_FOUND", `cannot read ${args.file}: ${reasonOf(err)}`);
  }
  const format = args.from ?? detectImportFormat(text, args.file);
  const root = workTreeTop(args.repo);
  // the baseline names files from the root: "./a.env" and "/abs/repo/a.env" are "a.env"
  const foreign = parseForeign(text, args.file, format).map((f) => {
    const inside = isAbsolute(f.file) ? insideRoot(root, f.file) : f.file.replace(/^(\.\/)+/, "");
    return inside !== undefined ? { ...f, file: inside } : f;
  });
  const config = loadSettings({ ...(args.config ? { explicit: args.config } : {}), files: workTreeFiles(root) });
  const detector = createDetector(config);
  const work = workTreeFiles(root);
  const result = importFindings(foreign, format, {
    read: (file, commit) =>
      commit ? commitFiles(root, commit, "named by the imported file").read(file) : work.read(file),
    detect: (content, file) => detector.detect({ path: file, bytes: Buffer.from(content, "utf8") }),
  });
  const target = args.output ?? join(root, BASELINE_FILE);
  const previous = existsSync(target) ? Baseline.load(target).entries : [];
  const key = (e: BaselineEntry) => `${e.fingerprint}\0${e.path}`;
  const before = new Set(previous.map(key));
  // an entry already there keeps its reason and expiry
  const added = result.entries.filter((e) => !before.has(key(e)));
  writeBaseline(target, [...previous, ...added]);
  const matched = result.read - result.unmatched.length;
  if (!args.quiet || result.unmatched.length > 0) {
    writeStderr(
      `leakhound: ${inert(`imported ${matched} of ${result.read} ${format} ${result.read === 1 ? "finding" : "findings"} from ${args.file}: ${added.length} new ${added.length === 1 ? "entry" : "entries"} in ${target} (${previous.length} there before)`)}\n`,
    );
  }
  for (const u of result.unmatched)
    writeStderr(`leakhound: not imported: ${inert(`${u.where} (${u.file}${u.line ? `:${u.line}` : ""}): ${u.why}`)}\n`);
  return 0;
}
