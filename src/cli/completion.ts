// `leakhound completion bash|zsh|fish`: a completion script for the shell, completing commands,
// their flags and the values of flags with a fixed set of choices. test/cli-help.test.ts checks
// that every flag `leakhound CMD --help` lists is here.
import { FORMATS } from "../report/index.js";

export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

const SCAN_FLAGS = [
  "--config", "--config-format", "--format", "--output", "--redact", "--no-redact", "--exit-code", "--quiet", "--baseline", "--no-baseline",
  "--max-file-size", "--verify", "--explain", "--audit-log", "--verify-base-url", "--ticket", "--color", "--no-color", "--enable-rule",
  "--gitleaks-ignore-path", "--report-format", "--report-path", "--baseline-path", "--max-target-megabytes", "--revoke", "--revoke-providers",
  "--yes", "--author-email", "--debug", "--help",
];

/** Each command and the flags it takes. */
const COMMANDS: Record<string, string[]> = {
  dir: [...SCAN_FLAGS, "--include", "--exclude", "--workers", "--gitignore", "--no-gitignore"],
  git: [...SCAN_FLAGS, "--branch", "--range", "--since-commit", "--settings-from", "--log-opts"],
  staged: SCAN_FLAGS,
  baseline: [...SCAN_FLAGS, "--dir", "--prune"],
  verify: [...SCAN_FLAGS, "--dir"],
  revoke: [...SCAN_FLAGS, "--dir"],
  tickets: ["--help"],
  "install-hook": ["--force", "--chain", "--uninstall", "--debug", "--help"],
  repos: [
    "--github-org", "--github-user", "--github-api-url", "--include", "--exclude", "--skip-archived", "--skip-forks", "--cache-dir", "--state",
    "--jobs", "--shard", "--shards", "--format", "--output", "--output-dir", "--new-only", "--lock-wait", "--report", "--redact", "--config",
    "--quiet", "--max-file-size", "--debug", "--help",
  ],
  merge: ["--output", "--debug", "--help"],
  stdin: [...SCAN_FLAGS, "--label"],
  rules: ["--help"],
  version: [],
  completion: [],
};

/** Values of flags that take one of a few words. */
const CHOICES: Record<string, readonly string[]> = {
  "--format": FORMATS,
  "--report-format": FORMATS,
  "--config-format": ["leakhound", "gitleaks"],
  "--settings-from": ["worktree", "base"],
  "--ticket": ["github", "webhook", "command"],
};

const SUBCOMMANDS: Record<string, string[]> = { tickets: ["sync"], baseline: ["import", "audit"], rules: ["list", "check"], completion: [...SHELLS] };

export function completionFlags(command: string): string[] {
  return COMMANDS[command] ?? [];
}

export function completionScript(shell: Shell): string {
  if (shell === "bash") return bash();
  // zsh runs the bash function through its bash compatibility layer (compinit must be loaded first)
  if (shell === "zsh") {
    return `# leakhound completion for zsh: source <(leakhound completion zsh) in ~/.zshrc\n(( $+functions[compdef] )) || { autoload -U +X compinit && compinit; }\nautoload -U +X bashcompinit && bashcompinit\n${bash()}`;
  }
  return fish();
}

function bash(): string {
  const cases = Object.entries(COMMANDS)
    .map(([command, flags]) => `    ${command}) words="${[...(SUBCOMMANDS[command] ?? []), ...flags].join(" ")}" ;;`)
    .join("\n");
  const choices = Object.entries(CHOICES)
    .map(([flag, values]) => `    ${flag}) COMPREPLY=($(compgen -W "${values.join(" ")}" -- "$cur")); return ;;`)
    .join("\n");
  return `# leakhound completion for bash: source <(leakhound completion bash)
_leakhound() {
  local cur prev command words i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  case "$prev" in
${choices}
  esac
  command=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in -*) ;; *) command="\${COMP_WORDS[i]}"; break ;; esac
  done
  case "$command" in
    "") words="${Object.keys(COMMANDS).join(" ")} --help --version" ;;
${cases}
    *) words="" ;;
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
  # paths where no word fits (a folder to scan, a file to write)
  [ \${#COMPREPLY[@]} -eq 0 ] && COMPREPLY=($(compgen -f -- "$cur"))
  return 0
}
complete -o filenames -F _leakhound leakhound
`;
}

function fish(): string {
  const lines = ["# leakhound completion for fish: leakhound completion fish > ~/.config/fish/completions/leakhound.fish", "complete -c leakhound -f"];
  const commands = Object.keys(COMMANDS);
  for (const command of commands) lines.push(`complete -c leakhound -n "not __fish_seen_subcommand_from ${commands.join(" ")}" -a ${command}`);
  for (const [command, flags] of Object.entries(COMMANDS)) {
    for (const sub of SUBCOMMANDS[command] ?? []) lines.push(`complete -c leakhound -n "__fish_seen_subcommand_from ${command}" -a ${sub}`);
    for (const flag of flags) {
      const values = CHOICES[flag];
      lines.push(`complete -c leakhound -n "__fish_seen_subcommand_from ${command}" -l ${flag.slice(2)}${values ? ` -x -a "${values.join(" ")}"` : ""}`);
    }
    if (command === "dir" || command === "git" || command === "staged" || command === "baseline" || command === "verify") {
      lines.push(`complete -c leakhound -n "__fish_seen_subcommand_from ${command}" -F`);
    }
  }
  return lines.join("\n") + "\n";
}
