// Builds long synthetic histories for the scale benchmarks, through `git fast-import`:
// - default: N commits (default 100,000) on three branches, each editing two lines of one of 2,000
//   source-like files, with a secret planted (and deleted again) every 10,000 commits;
// - --lockfile: N commits (default 1,000) each changing three lines of a 750 KB package-lock.json
//   (the case where scanning whole file versions would read 1,000 times more than a diff).
// Usage: node bench/make-big-history.mjs [DEST] [--commits N] [--lockfile]   then: node bench/git.mjs DEST
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const lockfile = args.includes("--lockfile");
if (lockfile) args.splice(args.indexOf("--lockfile"), 1);
const at = args.indexOf("--commits");
const commits = at === -1 ? (lockfile ? 1000 : 100_000) : Number(args.splice(at, 2)[1]);
const dest = resolve(
  args[0] ?? join(fileURLToPath(new URL(".", import.meta.url)), ".work", lockfile ? "lockfile" : "big"),
);
const FILES = 2000;
const base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const rand = (n) => Array.from({ length: n }, () => base62[Math.floor(Math.random() * 62)]).join("");

rmSync(dest, { recursive: true, force: true });
mkdirSync(dest, { recursive: true });
await run("git", ["init", "-q", "-b", "main", dest]);
const importer = spawn("git", ["-C", dest, "fast-import", "--quiet"], { stdio: ["pipe", "inherit", "inherit"] });
const done = new Promise((ok, fail) =>
  importer.on("close", (code) => (code === 0 ? ok() : fail(new Error(`fast-import exited ${code}`)))),
);

// every file is 40 lines of code-like text; a commit rewrites 2 of its lines
const files = Array.from({ length: FILES }, (_, f) =>
  Array.from(
    { length: 40 },
    (_, i) =>
      `export function handler${f}_${i}(request, options) { return process(request, { retries: ${i}, token: options.token }); }`,
  ),
);
const branches = ["main", "feature/a", "feature/b"];
let buffered = [];
let size = 0;
async function write(text) {
  buffered.push(text);
  size += text.length;
  if (size > 1 << 20) await flush();
}
async function flush() {
  const chunk = buffered.join("");
  buffered = [];
  size = 0;
  if (!importer.stdin.write(chunk)) await new Promise((ok) => importer.stdin.once("drain", ok));
}
const lock = Array.from(
  { length: 5000 },
  (_, i) =>
    `    "node_modules/pkg-${i}": { "version": "1.${i % 50}.${i % 7}", "resolved": "https://registry.npmjs.org/pkg-${i}/-/pkg-${i}-1.0.0.tgz", "integrity": "sha512-${Buffer.from(String(i * 7919)).toString("base64")}" },`,
);
for (let c = 0; lockfile && c < commits; c++) {
  for (let k = 0; k < 3; k++) {
    const i = (c * 37 + k * 101) % lock.length;
    lock[i] = lock[i].replace(/"version": "[^"]*"/, `"version": "2.${c}.${k}"`);
  }
  const body = `{\n${lock.join("\n")}\n}\n`;
  const message = `bump ${c}`;
  await write(
    `commit refs/heads/main\ncommitter Bench <bench@example.com> ${1_600_000_000 + c * 60} +0000\ndata ${message.length}\n${message}\n`,
  );
  await write(`M 100644 inline package-lock.json\ndata ${Buffer.byteLength(body)}\n${body}\n`);
  await write(`M 100644 inline src/index${c % 10}.js\ndata <<END\nexport const version = ${c};\nEND\n\n`);
}
for (let c = 0; !lockfile && c < commits; c++) {
  const branch = branches[c % 3];
  const f = (c * 7919) % FILES;
  const lines = files[f];
  lines[c % 40] = `export const setting${c} = compute(${c}, "value ${c}"); // revised in commit ${c}`;
  lines[(c + 17) % 40] = `export function handler${f}_${c % 40}(request) { return request.id * ${c}; }`;
  const message = `edit module ${f} (${c})`;
  let changes = `M 100644 inline src/module${f}.js\ndata ${Buffer.byteLength(lines.join("\n") + "\n")}\n${lines.join("\n")}\n\n`;
  if (c % 10_000 === 5000)
    changes += `M 100644 inline deploy/${c}.env\ndata <<END\nSTRIPE_KEY=${"sk_" + "live_" + rand(32)}\nEND\n\n`;
  if (c % 10_000 === 5003) changes += `D deploy/${c - 3}.env\n`;
  const from = c < 3 ? (c === 0 ? "" : "from refs/heads/main\n") : "";
  await write(
    `commit refs/heads/${branch}\ncommitter Bench <bench@example.com> ${1_600_000_000 + c * 60} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n${from}${changes}`,
  );
}
await flush();
importer.stdin.end();
await done;
console.log(
  lockfile
    ? `${dest}: ${commits} commits changing a 750 KB lockfile`
    : `${dest}: ${commits} commits on ${branches.length} branches, ${FILES} files`,
);

function run(cmd, argv) {
  return new Promise((ok, fail) =>
    spawn(cmd, argv, { stdio: "inherit" }).on("close", (code) =>
      code === 0 ? ok() : fail(new Error(`${cmd} exited ${code}`)),
    ),
  );
}
