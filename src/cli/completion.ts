// `leakhound completion bash|zsh|fish`: a completion script for the shell, completing commands,
// subcommands, their flags and the values of flags with a fixed set of choices — all read from the
// same table the parser and --help use (main.ts, args.ts), so a new flag is completed without a word here.
import { flagsOf, type Command, type Flag, type Program } from "./args.js";

export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

/** A command of the table with the words that name it: `["rules", "list"]`. */
interface Entry {
  words: string[];
  command: Command;
  flags: Flag[];
}

function entries(program: Program): Entry[] {
  const out: Entry[] = [];
  const walk = (path: Command[]) => {
    const command = path[path.length - 1]!;
    out.push({
      words: path.slice(1).map((c) => c.name),
      command,
      flags: flagsOf(program, path).filter((f) => !f.hidden),
    });
    for (const sub of command.subcommands ?? []) walk([...path, sub]);
  };
  for (const command of program.subcommands ?? []) walk([program, command]);
  return out;
}

/** Every spelling of a command's flags that completion offers: long names, aliases and `--no-x`. */
function flagWords(flags: readonly Flag[]): string[] {
  return flags.flatMap((f) =>
    [f.name, ...(f.aliases ?? []), ...(f.negatable ? [`no-${f.name}`] : [])].map((n) => `--${n}`),
  );
}

export function completionScript(shell: Shell, program: Program): string {
  if (shell === "bash") return bash(program);
  // zsh runs the bash function through its bash compatibility layer (compinit must be loaded first)
  if (shell === "zsh") {
    return `# leakhound completion for zsh: source <(leakhound completion zsh) in ~/.zshrc\n(( $+functions[compdef] )) || { autoload -U +X compinit && compinit; }\nautoload -U +X bashcompinit && bashcompinit\n${bash(program)}`;
  }
  return fish(program);
}

/** Commands that take paths: the shell completes file names there. */
const takesPaths = (command: Command) => (command.positionals ?? []).some((p) => !p.choices);

function bash(program: Program): string {
  const list = entries(program);
  const cases = list
    .map(
      (e) =>
        `    "${e.words.join(" ")}") words="${[...(e.command.subcommands ?? []).map((c) => c.name), ...(e.command.positionals ?? []).flatMap((p) => p.choices ?? []), ...flagWords(e.flags)].join(" ")}" ;;`,
    )
    .join("\n");
  const choices = list
    .flatMap((e) =>
      e.flags
        .filter((f) => f.choices)
        .map((f) => {
          const spellings = [f.name, ...(f.aliases ?? [])].map((n) => `--${n}`).concat(f.short ? [`-${f.short}`] : []);
          return `    ${spellings.map((s) => `"${e.words.join(" ")} ${s}"`).join("|")}) COMPREPLY=($(compgen -W "${f.choices!.join(" ")}" -- "$cur")); return ;;`;
        }),
    )
    .join("\n");
  const subcommandWords = list.filter((e) => e.words.length > 1).map((e) => `"${e.words.join(" ")}"`);
  return `# leakhound completion for bash: source <(leakhound completion bash)
_leakhound() {
  local cur prev command words i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  # the command (and subcommand) typed so far: the first words that are not flags
  command=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      -*) ;;
      *)
        if [ -z "$command" ]; then command="\${COMP_WORDS[i]}"
        else case "$command \${COMP_WORDS[i]}" in ${subcommandWords.join("|") || '""'}) command="$command \${COMP_WORDS[i]}" ;; esac; break
        fi ;;
    esac
  done
  case "$command $prev" in
${choices}
  esac
  case "$command" in
    "") words="${(program.subcommands ?? []).map((c) => c.name).join(" ")} ${flagWords(flagsOf(program, [program])).join(" ")}" ;;
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

function fish(program: Program): string {
  const lines = [
    "# leakhound completion for fish: leakhound completion fish > ~/.config/fish/completions/leakhound.fish",
    "complete -c leakhound -f",
  ];
  const top = (program.subcommands ?? []).map((c) => c.name);
  for (const command of program.subcommands ?? []) {
    lines.push(
      `complete -c leakhound -n "not __fish_seen_subcommand_from ${top.join(" ")}" -a ${command.name} -d ${quote(command.describe)}`,
    );
  }
  for (const entry of entries(program)) {
    const [first, second] = entry.words;
    const subs = entry.command.subcommands?.map((c) => c.name) ?? [];
    // a subcommand's own completions once it is typed; its parent's until then
    const when =
      second !== undefined
        ? `__fish_seen_subcommand_from ${first}; and __fish_seen_subcommand_from ${second}`
        : subs.length > 0
          ? `__fish_seen_subcommand_from ${first}; and not __fish_seen_subcommand_from ${subs.join(" ")}`
          : `__fish_seen_subcommand_from ${first}`;
    for (const sub of entry.command.subcommands ?? [])
      lines.push(`complete -c leakhound -n "${when}" -a ${sub.name} -d ${quote(sub.describe)}`);
    for (const p of entry.command.positionals ?? [])
      if (p.choices) lines.push(`complete -c leakhound -n "${when}" -a "${p.choices.join(" ")}"`);
    for (const flag of entry.flags) {
      const names = [flag.name, ...(flag.aliases ?? []), ...(flag.negatable ? [`no-${flag.name}`] : [])];
      for (const name of names) {
        const value =
          flag.choices && !name.startsWith("no-")
            ? ` -x -a "${flag.choices.join(" ")}"`
            : flag.type !== "boolean" && !name.startsWith("no-")
              ? " -r"
              : "";
        const short = flag.short && name === flag.name ? ` -s ${flag.short}` : "";
        lines.push(
          `complete -c leakhound -n "${when}" -l ${name}${short}${value}${flag.describe ? ` -d ${quote(flag.describe)}` : ""}`,
        );
      }
    }
    if (takesPaths(entry.command)) lines.push(`complete -c leakhound -n "${when}" -F`);
  }
  return lines.join("\n") + "\n";
}

/** A fish single-quoted string (\\ and \' are its only escapes), cut to one short line. */
function quote(text: string): string {
  const short = text.length > 70 ? `${text.slice(0, 69)}…` : text;
  return `'${short.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}
