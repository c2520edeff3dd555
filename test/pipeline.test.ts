// The pipeline in-process: a scan's findings through known findings (a real baseline file), the
// acting stages in their order, and every sink — the same function the CLI, the Action and library
// callers use. The scans are real scans of fragments; the sinks are registered formats.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KnownFindings } from "../src/cli/known.js";
import { parseConfig } from "../src/config/config.js";
import { entriesFor, writeBaseline } from "../src/filters/baseline.js";
import type { Finding } from "../src/model.js";
import { runPipeline, type ReportSinkLike } from "../src/pipeline/pipeline.js";
import { ReporterSink } from "../src/pipeline/sinks.js";
import { createReporter } from "../src/report/index.js";
import { scan } from "../src/scan/scan.js";
import type { Source } from "../src/sources/source.js";
import { fake, tempDir } from "./helpers.js";

const config = parseConfig("", ".leakhound.toml");
const pats = [fake("{{crc32:ghp_}}"), fake("{{crc32:ghp_}}"), fake("{{crc32:ghp_}}")];
const source: Source = {
  kind: "test",
  unit: "file",
  fragments: () => pats.map((pat, i) => ({ path: `f${i}.env`, bytes: Buffer.from(`TOKEN=${pat}\n`) })),
};
const scanning = (onFinding: (f: Finding) => void) => scan(source, { ruleSet: config, onFinding });

/** A baseline file that accepts the first secret. */
async function knownFirst(): Promise<KnownFindings> {
  const { findings } = await scan(source, { ruleSet: config });
  const file = join(tempDir(), "baseline.json");
  writeBaseline(
    file,
    entriesFor(findings.slice(0, 1), undefined, (p) => p),
  );
  return new KnownFindings(undefined, file, config.rules);
}

/** A JSON Lines sink that records what it was given and when. */
function jsonl(log: string[]) {
  let text = "";
  const sink = new ReporterSink(
    createReporter("jsonl", { rules: config.rules, redaction: "default", color: false, toolVersion: "0" }),
    {
      stream: (t) => {
        log.push("streamed");
        text += t;
      },
      end: (t) => {
        log.push("finished");
        text += t;
      },
    },
  );
  return { sink, text: () => text };
}

describe("runPipeline", () => {
  it("streams new findings while scanning, counts the known ones, and asks for exit 1", async () => {
    const log: string[] = [];
    const out = jsonl(log);
    const result = await runPipeline(scanning, { config, known: await knownFirst(), sinks: [out.sink] });
    expect(result.findings.map((f) => f.path)).toEqual(["f1.env", "f2.env"]);
    expect(result.stats).toMatchObject({ known: 1, knownBy: { baseline: 1, gitleaksignore: 0 } });
    expect(log).toEqual(["streamed", "streamed", "finished"]);
    const lines = out
      .text()
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file ?? l.type)).toEqual(["f1.env", "f2.env", "summary"]);
    expect(lines[2]).toMatchObject({ known: 1, findings: 2 });
    expect(out.text()).not.toContain(pats[1]);
    expect(result.code).toBe(1);
  });

  it("with acting stages: verify, revoke, then the report, then tickets; a failed action is exit 2 with the report written", async () => {
    const log: string[] = [];
    const out = jsonl(log);
    const result = await runPipeline(scanning, {
      config,
      known: await knownFirst(),
      sinks: [out.sink],
      stages: {
        verify: async (fs) => {
          log.push(`verify ${fs.length}`);
          for (const f of fs) f.verification = { status: f.path === "f1.env" ? "live" : "invalid", provider: "github" };
        },
        revoke: async (fs) => {
          log.push(`revoke ${fs.filter((f) => f.verification?.status === "live").length}`);
          return 1;
        },
        tickets: async (fs) => {
          log.push(`tickets ${fs.length}`);
          return 0;
        },
      },
    });
    expect(log).toEqual(["verify 2", "revoke 1", "streamed", "streamed", "tickets 2", "finished"]);
    expect(out.text()).toContain('"verification":"live"');
    expect(result.actionFailures).toBe(1);
    expect(result.code).toBe(2);
  });

  it("--explain: the stages run, no report is written, the code says whether there are findings", async () => {
    const log: string[] = [];
    const out = jsonl(log);
    const result = await runPipeline(scanning, {
      config,
      known: await knownFirst(),
      sinks: [out.sink],
      stages: { verify: async () => void log.push("verify"), explainOnly: true },
      exitCode: 7,
    });
    expect(log).toEqual(["verify"]);
    expect(out.text()).toBe("");
    expect(result.code).toBe(7);
  });

  it("a sink that fails: every other sink is still finished, then the failure is thrown and every sink abandoned", async () => {
    const log: string[] = [];
    const out = jsonl(log);
    const abandoned: string[] = [];
    const failing: ReportSinkLike = {
      onFinding: () => undefined,
      finish: () => {
        throw new Error("disk full");
      },
      abandon: () => void abandoned.push("failing"),
    };
    await expect(
      runPipeline(scanning, { config, known: await knownFirst(), sinks: [failing, out.sink] }),
    ).rejects.toThrow(/disk full/);
    expect(log.at(-1)).toBe("finished");
    expect(abandoned).toEqual(["failing"]);
  });

  it("what could not be scanned is exit 2 whatever --exit-code says", async () => {
    const broken: Source = {
      kind: "test",
      unit: "file",
      run: async (run) => {
        run.stats.errors.push({ path: "locked.env", reason: "permission denied" });
      },
    };
    const out = jsonl([]);
    const result = await runPipeline((onFinding) => scan(broken, { ruleSet: config, onFinding }), {
      config,
      known: await knownFirst(),
      sinks: [out.sink],
      exitCode: 0,
    });
    expect(result.code).toBe(2);
    expect(JSON.parse(out.text().trim())).toMatchObject({
      complete: false,
      problems: [{ path: "locked.env", reason: "permission denied" }],
    });
  });
});
