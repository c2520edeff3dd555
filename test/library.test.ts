// The library: scanPaths, scanBuffer, scanHistory and scanStaged return findings that go straight
// into every reporter; the published declarations need no development dependency; the README's
// example type-checks against them.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { sarifSchemaErrors } from "./sarif-validate.js";
import { describe, expect, it } from "vitest";
import {
  buildSarif,
  formatReport,
  FORMATS,
  scanBuffer,
  scanHistory,
  scanPaths,
  scanStaged,
  toJson,
} from "../src/index.js";
import { TestRepo } from "./git-helpers.js";
import { fake, ROOT, tempDir, writeTree } from "./helpers.js";

const validSarif = (log: unknown) => {
  expect(sarifSchemaErrors(log)).toEqual([]);
};
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");

describe("the library", () => {
  it("buildSarif(scanPaths(...).findings): valid SARIF, the secret redacted", async () => {
    const dir = tempDir();
    const token = fake("{{crc32:ghp_}}");
    writeTree(dir, { "app/.env": `GITHUB_TOKEN=${token}\n`, ".leakhound.toml": "" });
    const result = await scanPaths([dir]);
    expect(result.findings.map((f) => f.ruleId)).toEqual(["github-pat"]);
    const log = buildSarif(result.findings);
    validSarif(log);
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toContain("app/.env");
    expect(JSON.stringify(log)).not.toContain(token);
    // what the JSON report gives back goes in too
    expect(buildSarif(toJson(result.findings)).runs[0]!.results).toHaveLength(1);
    for (const format of FORMATS) {
      const text = formatReport(format, result);
      expect(text, format).toContain("github-pat");
      expect(text, format).not.toContain(token);
    }
  });

  it("scanBuffer, scanHistory and scanStaged return the same shape", async () => {
    const token = fake("{{crc32:ghp_}}");
    expect(scanBuffer(`TOKEN=${token}`, "snippet.env").findings.map((f) => [f.ruleId, f.path, f.secret])).toEqual([
      ["github-pat", "snippet.env", token],
    ]);
    const repo = new TestRepo();
    const commit = repo.commit("add token", { "a.env": `TOKEN=${token}\n` });
    const history = await scanHistory(repo.dir);
    expect(history.findings.map((f) => [f.path, f.git?.commit])).toEqual([["a.env", commit]]);
    expect(history.commits).toBe(1);
    expect(formatReport("text", history)).toMatch(/scanned 1 commit/);
    const other = fake("{{lit:gsk_}}{{rand:base62:52}}");
    repo.write({ "b.env": `GROQ_API_KEY=${other}\n` });
    repo.git("add", "b.env");
    const staged = await scanStaged(repo.dir);
    expect(staged.findings.map((f) => [f.ruleId, f.path])).toEqual([["groq-api-key", "b.env"]]);
    validSarif(buildSarif(staged.findings, { rules: staged.rules }));
  });

  it("the published declarations import no development dependency, and the README's example type-checks against them", () => {
    const work = tempDir("leakhound-types-");
    const decl = join(work, "dist");
    execFileSync(
      process.execPath,
      [TSC, "-p", join(ROOT, "tsconfig.json"), "--declaration", "--emitDeclarationOnly", "--outDir", decl],
      { stdio: "pipe" },
    );
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    const deps = new Set(Object.keys(pkg.dependencies));
    const dts: string[] = [];
    const walk = (d: string) =>
      readdirSync(d, { withFileTypes: true }).forEach((e) =>
        e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith(".d.ts") && dts.push(join(d, e.name)),
      );
    walk(decl);
    expect(dts.length).toBeGreaterThan(20);
    const foreign: string[] = [];
    for (const file of dts) {
      for (const [, spec] of readFileSync(file, "utf8").matchAll(/(?:from|import\()\s*["']([^"']+)["']/g)) {
        if (spec!.startsWith(".") || spec!.startsWith("node:")) continue;
        const name = spec!.startsWith("@") ? spec!.split("/").slice(0, 2).join("/") : spec!.split("/")[0]!;
        if (!deps.has(name) && !deps.has(`@types/${name}`)) foreign.push(`${relative(decl, file)}: ${spec}`);
      }
    }
    expect(foreign).toEqual([]);

    // a project that installed leakhound: its declarations and dependencies, none of its dev dependencies
    const project = join(work, "project");
    const modules = join(project, "node_modules");
    mkdirSync(join(modules, "leakhound"), { recursive: true });
    mkdirSync(join(modules, "@types"), { recursive: true });
    writeFileSync(
      join(modules, "leakhound", "package.json"),
      JSON.stringify({ name: "leakhound", type: "module", exports: pkg.exports, types: pkg.types }),
    );
    // copied, not linked: TypeScript resolves a link to its real place, where no node_modules is above it
    cpSync(decl, join(modules, "leakhound", "dist"), { recursive: true });
    for (const dep of [...deps, "@types/node"]) {
      if (dep.includes("/")) mkdirSync(join(modules, dep.split("/")[0]!), { recursive: true });
      symlinkSync(join(ROOT, "node_modules", dep), join(modules, dep));
    }
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const example = /## Library\n[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toContain('from "leakhound"');
    writeFileSync(join(project, "example.ts"), example!);
    writeFileSync(join(project, "package.json"), JSON.stringify({ type: "module" }));
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: ["node"],
        },
        files: ["example.ts"],
      }),
    );
    const check = spawnSync(process.execPath, [TSC, "-p", join(project, "tsconfig.json")], {
      encoding: "utf8",
      cwd: project,
    });
    expect(check.stdout + check.stderr).toBe("");
    expect(check.status).toBe(0);
  }, 120_000);
});
