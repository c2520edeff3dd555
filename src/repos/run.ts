// The bulk scan: each repository cloned or fetched, scanned from where the last run stopped (the
// state's ref tips), a few at a time, through the pipeline with the state as its sink (state-sink.ts):
// each one's findings are committed to the state as it ends, and a repository that fails (or fails
// in part) is recorded and the run goes on.
import type { Config } from "../config/config.js";
import type { Detector } from "../engine/detector.js";
import { NOTHING_KNOWN, runPipeline } from "../pipeline/pipeline.js";
import { createDetector } from "../scan/detector.js";
import { scan as scanSource } from "../scan/scan.js";
import { historySource, type HistorySource } from "../sources/git-history-source.js";
import { existingCommits, refTips } from "../sources/git.js";
import { ensureLocal } from "./clone.js";
import type { RepoSpec } from "./list.js";
import type { ScanState } from "./state.js";
import { StateSink } from "./state-sink.js";

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

// one detector per rule set for the commit messages of a whole run, not one per repository
const messageDetectors = new WeakMap<Config, Detector>();
function messageDetector(config: Config): Detector {
  let detector = messageDetectors.get(config);
  if (!detector) messageDetectors.set(config, (detector = createDetector(config)));
  return detector;
}

/** A failure of the scan itself (git, the source), as opposed to one of the state: see scanRepository. */
class ScanFailure extends Error {}

/**
 * Scans one repository's history (what is new since the state's tips) through the pipeline with the state as
 * its sink. A repository that cannot be scanned is an outcome; a state that cannot be written is thrown.
 */
export async function scanRepository(
  spec: RepoSpec,
  config: Config,
  state: ScanState,
  options: BulkOptions,
): Promise<RepoOutcome> {
  const before = state.get(spec.name);
  const fail = (error: string): RepoOutcome => {
    // the findings of earlier runs stay; the next run scans it in full
    state.finish({ name: spec.name, status: "failed", tips: [], commits: 0, bytes: 0, error }, []);
    return { name: spec.name, status: "failed", commits: 0, bytes: 0, added: 0, error };
  };
  const firstLine = (err: unknown) => (err instanceof Error ? err.message.split("\n")[0]! : String(err));
  const local = ensureLocal(spec, options.cacheDir, options.githubHost);
  if ("error" in local) return fail(local.error);
  let tips: string[];
  let source: HistorySource;
  try {
    tips = refTips(local.path);
    if (before?.status === "done" && tips.every((t) => before.tips.includes(t))) {
      return { name: spec.name, status: "unchanged", commits: 0, bytes: 0, added: 0 };
    }
    const scanned = before?.status === "done" ? existingCommits(local.path, before.tips) : [];
    source = historySource(local.path, scanned.length ? { exclude: scanned } : {});
  } catch (err) {
    return fail(firstLine(err));
  }
  const sink = new StateSink(state, spec.name, { tips, commits: () => source.commits }, messageDetector(config));
  let last = 0;
  try {
    await runPipeline(
      async (onFinding) => {
        try {
          return await scanSource(source, {
            ruleSet: config,
            maxFileSize: options.maxFileSize,
            onFinding,
            onProgress: ({ bytes }) => {
              options.onBytes?.(bytes - last);
              last = bytes;
            },
          });
        } catch (err) {
          throw new ScanFailure(firstLine(err));
        }
      },
      // nothing held back and no acting stages: repos neither reads baselines nor verifies
      { config, known: NOTHING_KNOWN, sinks: [sink], unit: "commit" },
    );
  } catch (err) {
    if (err instanceof ScanFailure) return fail(err.message);
    throw err;
  }
  // the pipeline finishes every sink or throws: a sink left unfinished is a mistake in this code
  if (!sink.outcome) throw new Error(`the state was not told the outcome of ${spec.name}`);
  return sink.outcome;
}

/** Scans every repository, `jobs` at a time; outcomes come back in list order. */
export async function scanRepositories(
  specs: RepoSpec[],
  config: Config,
  state: ScanState,
  options: BulkOptions,
): Promise<RepoOutcome[]> {
  const outcomes: RepoOutcome[] = new Array(specs.length);
  let next = 0;
  const jobs = Math.max(1, Math.min(options.jobs, specs.length));
  // a failure of the state itself ends the run: the other jobs finish their repository, start no other
  let broken: { err: unknown } | undefined;
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      for (let i = next++; i < specs.length && !broken; i = next++) {
        try {
          outcomes[i] = await scanRepository(specs[i]!, config, state, options);
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
