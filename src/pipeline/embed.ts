// Running a CLI command inside another program (the GitHub Action): the embedding program gives the
// report sinks and gets the pipeline's result back, in-process, instead of reading a report file the
// command wrote and loading the settings a second time.
import { AsyncLocalStorage } from "node:async_hooks";
import type { Config } from "../config/config.js";
import type { Finding } from "../model.js";
import type { PipelineResult, ReportSinkLike } from "./pipeline.js";

export interface Embedding {
  /** the sinks the command reports to, instead of its own (--format, --output) */
  sinks(config: Config): ReportSinkLike[];
  /** set by the command once its pipeline has run */
  result?: PipelineResult;
  /** a range scan: the findings that inline allows the range adds hold back (honoured, shown to reviewers) */
  allowedInline?: Finding[];
}

const current = new AsyncLocalStorage<Embedding>();

/** Runs `command` (e.g. the CLI's main) with `embedding`'s sinks. */
export function runEmbedded<T>(embedding: Embedding, command: () => Promise<T>): Promise<T> {
  return current.run(embedding, command);
}

/** The embedding the command runs in, if any. */
export function embedding(): Embedding | undefined {
  return current.getStore();
}
