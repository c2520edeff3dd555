// The bulk scan: each repository cloned or fetched, scanned from where the last run stopped (the
// state's ref tips), a few at a time; each one's findings are committed to the state as it ends,
// and a repository that fails (or fails in part) is recorded and the run goes on.
import { availableParallelism } from "node:os";
import type { Detector } from "../engine/detector.js";
import type { Rule } from "../model.js";
import { createDetector, type RuleSet } from "../scan/detector.js";
import { scan as scanSource } from "../scan/scan.js";
import { historySource } from "../sources/git-history-source.js";
import { existingCommits, refTips } from "../sources/git.js";
import { ensureLocal } from "./clone.js";
import type { RepoSpec } from "./list.js";
import { scrubbed } from "./scrub.js";
import type { ScanState } from "./state.js";

export interface RepoOutcome {
  name: string;
  /** incomplete: scanned, but some objects could not be read; its findings are kept */
  status: "scanned" | "unchanged" | "incomplete" | "failed";
  commits: number;
  bytes: number;
  /** findings the state did not know before this scan */
  added: number;
  error?: string;
}

export interface BulkOptions {
  cacheDir: string;
  /** the only host the GitHub token is sent to, over https (see clone.ts) */
  githubHost?: string;
  jobs: number;
  maxFileSize: number;
  onRepoDone?: (outcome: RepoOutcome) => void;
  onBytes?: (bytes: number) => void;
}

type ScanRules = RuleSet & { rules: Rule[] };

// one detector per rule set for the commit messages of a whole run, not one per repository
const messageDetectors = new WeakMap<ScanRules, Detector>();
function messageDetector(ruleSet: ScanRules): Detector {
  let detector = messageDetectors.get(ruleSet);
  if (!detector) messageDetectors.set(ruleSet, (detector = createDetector(ruleSet)));
  return detector;
}

/** A few reasons of a partial failure in one line: a broken pack can make thousands. */
function reasons(errors: { path: string; reason: string }[]): string {
  const shown = errors.slice(0, 3).map((e) => `${e.path}: ${e.reason}`);
  return shown.join("; ") + (errors.length > 3 ? `; and ${errors.length - 3} more` : "");
}

/** Scans one repository's history (what is new since the state's tips) with `workers` scanning threads. */
export async function scanRepository(
  spec: RepoSpec,
  ruleSet: ScanRules,
  state: ScanState,
  options: BulkOptions,
  workers?: number,
): Promise<RepoOutcome> {
  const before = state.get(spec.name);
  const fail = (error: string): RepoOutcome => {
    // the findings of earlier runs stay; the next run scans it in full
    state.finish({ name: spec.name, status: "failed", tips: [], commits: 0, bytes: 0, error }, []);
    return { name: spec.name, status: "failed", commits: 0, bytes: 0, added: 0, error };
  };
  const local = ensureLocal(spec, options.cacheDir, options.githubHost);
  if ("error" in local) return fail(local.error);
  let scan;
  try {
    const tips = refTips(local.path);
    if (before?.status === "done" && tips.every((t) => before.tips.includes(t))) {
      return { name: spec.name, status: "unchanged", commits: 0, bytes: 0, added: 0 };
    }
    const scanned = before?.status === "done" ? existingCommits(local.path, before.tips) : [];
    let last = 0;
    const source = historySource(local.path, scanned.length ? { exclude: scanned } : {});
    const scanResult = await scanSource(source, {
      ruleSet,
      maxFileSize: options.maxFileSize,
      ...(workers ? { workers } : {}),
      onProgress: ({ bytes }) => {
        options.onBytes?.(bytes - last);
        last = bytes;
      },
    });
    const result = { ...scanResult, commits: source.commits };
    scan = { tips, result };
  } catch (err) {
    return fail(err instanceof Error ? err.message.split("\n")[0]! : String(err));
  }
  const { tips, result } = scan;
  const findings = scrubbed(result.findings, spec.name, messageDetector(ruleSet));
  const errors = result.stats.errors;
  // a repository scanned in part keeps what was found, but not its tips: the next run scans it all again
  const added = errors.length
    ? state.finish(
        {
          name: spec.name,
          status: "incomplete",
          tips: [],
          commits: result.commits,
          bytes: result.stats.bytes,
          error: reasons(errors),
        },
        findings,
      )
    : state.finish(
        { name: spec.name, status: "done", tips, commits: result.commits, bytes: result.stats.bytes, error: null },
        findings,
      );
  return {
    name: spec.name,
    status: errors.length ? "incomplete" : "scanned",
    commits: result.commits,
    bytes: result.stats.bytes,
    added,
    ...(errors.length ? { error: reasons(errors) } : {}),
  };
}

/** Scans every repository, `jobs` at a time; outcomes come back in list order. */
export async function scanRepositories(
  specs: RepoSpec[],
  ruleSet: ScanRules,
  state: ScanState,
  options: BulkOptions,
): Promise<RepoOutcome[]> {
  const outcomes: RepoOutcome[] = new Array(specs.length);
  let next = 0;
  const jobs = Math.max(1, Math.min(options.jobs, specs.length));
  // each history scan runs a worker per core: with several at once, the cores are shared out
  const workers = Math.max(1, Math.floor(availableParallelism() / jobs));
  // a failure of the state itself ends the run: the other jobs finish their repository, start no other
  let broken: { err: unknown } | undefined;
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      for (let i = next++; i < specs.length && !broken; i = next++) {
        try {
          outcomes[i] = await scanRepository(specs[i]!, ruleSet, state, options, workers);
        } catch (err) {
          broken ??= { err };
          return;
        }
        options.onRepoDone?.(outcomes[i]!);
      }
    }),
  );
  if (broken) throw broken.err;
  return outcomes;
}
