// `repos` in-process: a real repository's history scanned by scanRepositories goes through
// runPipeline, and the state is the sink it reports to — the finding, scrubbed, and the outcome
// end up in the state, a later run with nothing new is "unchanged", and a missing one is "failed".
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseConfig } from "../src/config/config.js";
import type { RepoSpec } from "../src/repos/list.js";
import { scanRepositories } from "../src/repos/run.js";
import { StateSink } from "../src/repos/state-sink.js";
import { ScanState } from "../src/repos/state.js";
import { TestRepo } from "./git-helpers.js";
import { fake, tempDir } from "./helpers.js";

const config = parseConfig("", ".leakhound.toml");

afterEach(() => {
  vi.restoreAllMocks();
});

describe("repos through the pipeline", () => {
  it("reports each repository's scan to the state: its finding, its tips, and its outcome", async () => {
    const token = fake("{{crc32:ghp_}}");
    const repo = new TestRepo();
    repo.commit("start", { "README.md": "app\n" });
    const leak = repo.commit("add token", { "conf.env": `TOKEN=${token}\n` });
    const dir = tempDir();
    const state = ScanState.open(join(dir, "state.sqlite"));
    const specs: RepoSpec[] = [
      { name: "acme/app", location: repo.dir, local: true },
      { name: "acme/gone", location: join(dir, "no-such-repo"), local: true },
    ];
    const options = { cacheDir: join(dir, "cache"), jobs: 1, maxFileSize: 10 * 1024 * 1024 };
    const finished = vi.spyOn(StateSink.prototype, "finish");
    try {
      const outcomes = await scanRepositories(specs, config, state, options);
      expect(outcomes).toEqual([
        { name: "acme/app", status: "scanned", commits: 2, bytes: expect.any(Number), added: 1 },
        { name: "acme/gone", status: "failed", commits: 0, bytes: 0, added: 0, error: "no such folder" },
      ]);
      // the pipeline's outcome, raw, is what the sink was given; the state holds it scrubbed
      expect(finished).toHaveBeenCalledTimes(1);
      expect(finished.mock.calls[0]![0].findings.map((f) => [f.path, f.secret])).toEqual([["conf.env", token]]);
      expect(finished.mock.results[0]).toEqual({ type: "return", value: 1 });
      expect(state.get("acme/app")).toMatchObject({
        status: "done",
        tips: [repo.git("rev-parse", "HEAD")],
        commits: 2,
        findings: 1,
        error: null,
      });
      const stored = state.findingsOf("acme/app");
      expect(stored.map((s) => [s.finding.repository, s.finding.ruleId, s.finding.file, s.finding.commit])).toEqual([
        ["acme/app", "github-pat", "conf.env", leak],
      ]);
      expect(JSON.stringify(stored)).not.toContain(token);
      expect(state.get("acme/gone")).toMatchObject({ status: "failed", findings: 0, error: "no such folder" });

      // nothing new since the tips the state holds: no scan, so nothing is reported to the sink
      const again = await scanRepositories(specs.slice(0, 1), config, state, options);
      expect(again).toEqual([{ name: "acme/app", status: "unchanged", commits: 0, bytes: 0, added: 0 }]);
      expect(finished).toHaveBeenCalledTimes(1);
    } finally {
      state.close();
    }
  });
});
