// The bulk scan: each repository cloned or fetched, scanned from where the last run stopped (the
// state's ref tips), a few at a time; a repository that fails is recorded and the run goes on.
import { availableParallelism } from "node:os";
import type { Rule } from "../model.js";
import { present, type PresentedFinding } from "../report/present.js";
import { Redactor } from "../report/redact.js";
import { scanHistory } from "../scan/git.js";
import type { RuleSet } from "../scan/detector.js";
import { existingCommits, refTips } from "../sources/git.js";
import { ensureLocal } from "./clone.js";
import type { RepoSpec } from "./list.js";
import type { ScanState } from "./state.js";

export interface RepoFinding extends PresentedFinding {
  repository: string;
}

export interface RepoOutcome {
  name: string;
  status: "scanned" | "unchanged" | "failed";
  commits: number;
  bytes: number;
  findings: RepoFinding[];
  error?: string;
}

export interface BulkOptions {
  cacheDir: string;
  jobs: number;
  showSecrets: boolean;
  maxFileSize: number;
  onRepoDone?: (outcome: RepoOutcome) => void;
  onBytes?: (bytes: number) => void;
}

/** Scans one repository's history (what is new since the state's tips) with `workers` scanning threads. */
export async function scanRepository(spec: RepoSpec, ruleSet: RuleSet & { rules: Rule[] }, state: ScanState, options: BulkOptions, workers?: number): Promise<RepoOutcome> {
  const local = ensureLocal(spec, options.cacheDir);
  const fail = (error: string): RepoOutcome => {
    state.finish({ name: spec.name, status: "failed", tips: state.get(spec.name)?.tips ?? [], commits: 0, bytes: 0, error }, []);
    return { name: spec.name, status: "failed", commits: 0, bytes: 0, findings: [], error };
  };
  if ("error" in local) return fail(local.error);
  try {
    const tips = refTips(local.path);
    const before = state.get(spec.name);
    const scanned = before?.status === "done" ? existingCommits(local.path, before.tips) : [];
    if (before?.status === "done" && tips.every((t) => before.tips.includes(t))) {
      return { name: spec.name, status: "unchanged", commits: 0, bytes: 0, findings: [] };
    }
    let last = 0;
    const result = await scanHistory(local.path, ruleSet, scanned.length ? { exclude: scanned } : {}, {
      maxFileSize: options.maxFileSize,
      ...(workers ? { workers } : {}),
      onProgress: ({ bytes }) => {
        options.onBytes?.(bytes - last);
        last = bytes;
      },
    });
    if (result.stats.errors.length > 0) return fail(result.stats.errors.map((e) => e.reason).join("; "));
    const redactor = new Redactor(ruleSet.rules);
    const fresh = result.findings
      .map((f) => ({ ...present(f, options.showSecrets, redactor), repository: spec.name }))
      .filter((f) => !state.knows(spec.name, f));
    // the state keeps findings redacted whatever the report shows
    state.finish(
      { name: spec.name, status: "done", tips, commits: result.commits, bytes: result.stats.bytes, error: null },
      options.showSecrets ? result.findings.map((f) => ({ ...present(f, false, redactor), repository: spec.name })).filter((f) => !state.knows(spec.name, f)) : fresh,
    );
    return { name: spec.name, status: "scanned", commits: result.commits, bytes: result.stats.bytes, findings: fresh };
  } catch (err) {
    return fail(err instanceof Error ? err.message.split("\n")[0]! : String(err));
  }
}

/** Scans every repository, `jobs` at a time; outcomes come back in list order. */
export async function scanRepositories(specs: RepoSpec[], ruleSet: RuleSet & { rules: Rule[] }, state: ScanState, options: BulkOptions): Promise<RepoOutcome[]> {
  const outcomes: RepoOutcome[] = new Array(specs.length);
  let next = 0;
  const jobs = Math.max(1, Math.min(options.jobs, specs.length));
  // each history scan runs a worker per core: with several at once, the cores are shared out
  const workers = Math.max(1, Math.floor(availableParallelism() / jobs));
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      for (let i = next++; i < specs.length; i = next++) {
        outcomes[i] = await scanRepository(specs[i]!, ruleSet, state, options, workers);
        options.onRepoDone?.(outcomes[i]!);
      }
    }),
  );
  return outcomes;
}
