// The copy, for the pre-commit diff that bin/leakhound.js starts before any TypeScript loads, of
// the git hardening in src/sources/git-hardening.ts (README, "Security model: git hardening").
// test/hostile-git.test.ts checks that both give the same arguments and environment: the bundle
// takes the early diff over only when they match, and otherwise runs git again.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const CONFIG = [
  "core.fsmonitor=false",
  "core.hooksPath=/dev/null",
  "core.pager=cat",
  "core.editor=false",
  "sequence.editor=false",
  "core.askPass=",
  "core.alternateRefsCommand=",
  "diff.external=",
  "log.showSignature=false",
  "gpg.program=false",
  "gpg.ssh.program=false",
  "gpg.x509.program=false",
  "submodule.recurse=false",
  "fetch.recurseSubmodules=false",
  "gc.auto=0",
  "maintenance.auto=false",
  "protocol.allow=never",
  "protocol.ext.allow=never",
  "protocol.file.allow=never",
  "core.sshCommand=ssh",
  "credential.helper=",
];

const ENV = {
  GIT_OPTIONAL_LOCKS: "0",
  GIT_TERMINAL_PROMPT: "0",
  GIT_PAGER: "cat",
  GIT_ASKPASS: "",
  SSH_ASKPASS: "",
  SSH_ASKPASS_REQUIRE: "never",
  GIT_PROXY_COMMAND: "",
  GIT_NO_LAZY_FETCH: "1",
  LC_ALL: "C",
};

function realPath(p) {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

/** `git -C REPO` and the hardening, as scannedRepoArgs in src/sources/git-hardening.ts. */
function scannedRepoArgs(repo) {
  const here = realPath(path.resolve(repo));
  let top = here;
  for (let d = here; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, ".git"))) {
      top = realPath(d);
      break;
    }
    if (path.dirname(d) === d) break;
  }
  const safe = top === here ? [here] : [here, top];
  return [
    "-C",
    repo,
    "--no-pager",
    ...CONFIG.flatMap((c) => ["-c", c]),
    ...safe.flatMap((d) => ["-c", `safe.directory=${d}`]),
  ];
}

/** The pre-commit diff, as stagedDiffArgs in src/sources/git.ts. */
function stagedDiffArgs(repo) {
  return [
    ...scannedRepoArgs(repo),
    "-c",
    "core.quotePath=true",
    "diff",
    "--cached",
    "-U0",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--find-renames",
    "--ignore-submodules",
    "--",
  ];
}

module.exports = { ENV, stagedDiffArgs };
