// The command-line parser: one table of commands and their flags (main.ts) read three ways — to parse
// argv, to print `--help`, and to write the shell completion scripts (completion.ts) — so they cannot
// drift apart. A hand tokenizer rather than node:util parseArgs alone: Node 20's parseArgs has no
// `--no-x` negation, no subcommands (the flags a word takes depend on the command before it), no
// choices or numbers, and its errors are not the ones users and tests already know (README, design notes).
import { LeakhoundError } from "../errors.js";

export interface Flag {
  /** the long name, in kebab-case; the parsed value is under its camelCase form */
  name: string;
  type: "boolean" | "string" | "number";
  /** one-letter form, `-c` */
  short?: string;
  /** other long names, e.g. gitleaks' spellings */
  aliases?: readonly string[];
  /** repeatable: each `--x V` adds V */
  array?: boolean;
  default?: unknown;
  choices?: readonly string[];
  /** turns the text (or the default) into the value; throws a usage error for a bad one */
  coerce?: (value: unknown) => unknown;
  describe?: string;
  hidden?: boolean;
  /** `--no-x` gives false (always so for booleans); shown in help and completion */
  negatable?: boolean;
  /** the value's name in help: `--config FILE` */
  placeholder?: string;
}

export interface Positional {
  name: string;
  /** takes every remaining word */
  variadic?: boolean;
  required?: boolean;
  default?: unknown;
  choices?: readonly string[];
  describe?: string;
}

export type Args = Record<string, unknown> & { command: string[] };

export interface Command {
  name: string;
  describe: string;
  positionals?: readonly Positional[];
  flags?: readonly Flag[];
  /** pairs of flags that cannot be given together */
  conflicts?: readonly [string, string][];
  examples?: readonly [command: string, what: string][];
  subcommands?: readonly Command[];
  /** what to say when a command with subcommands and no run of its own is given none */
  missingSubcommand?: string;
  run?: (args: Args) => number | Promise<number>;
}

/** The whole program: its own flags apply to every command. */
export interface Program extends Command {
  version: string;
}

export const HELP_FLAG: Flag = { name: "help", short: "h", type: "boolean", describe: "show help" };
export const VERSION_FLAG: Flag = { name: "version", type: "boolean", describe: "show the version" };

const usage = (message: string) => new LeakhoundError("USAGE", message);

export const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** What argv asked for: a command to run with its arguments, or a help or version text to print. */
export type Parsed =
  | { kind: "run"; path: Command[]; args: Args }
  | { kind: "help"; path: Command[] }
  | { kind: "version" };

/** The flags a command takes: its own, then the program's. */
export function flagsOf(program: Program, path: readonly Command[]): Flag[] {
  const own = path.length > 1 ? (path[path.length - 1]!.flags ?? []) : [];
  return [...own, ...(program.flags ?? []), HELP_FLAG, VERSION_FLAG];
}

export function parse(program: Program, argv: readonly string[]): Parsed {
  const path: Command[] = [program];
  const current = () => path[path.length - 1]!;
  const values = new Map<Flag, unknown[]>();
  const negated = new Set<Flag>();
  const positionals: string[] = [];
  const unknown: string[] = [];
  let help = false;
  let version = false;

  const lookup = (name: string, short: boolean) => {
    const flags = flagsOf(program, path);
    if (short) return flags.find((f) => f.short === name);
    return flags.find((f) => f.name === name || f.aliases?.includes(name));
  };
  const give = (flag: Flag, value: unknown, shown: string) => {
    if (flag === HELP_FLAG) help = true;
    else if (flag === VERSION_FLAG) version = true;
    const list = values.get(flag) ?? [];
    // a boolean given twice: the last wins (--redact … --no-redact); a value given twice is a mistake
    if (flag.type !== "boolean" && !flag.array && list.length > 0) throw usage(`${shown} is given more than once`);
    if (flag.type === "boolean") list.length = 0;
    list.push(value);
    values.set(flag, list);
  };
  /** the value of a flag that takes one: `=V`, the rest of a short group, or the next word */
  const valueFor = (_flag: Flag, shown: string, inline: string | undefined, i: number): [string, number] => {
    if (inline !== undefined) return [inline, i];
    const next = argv[i + 1];
    const isFlag = next?.startsWith("-") && next !== "-" && !/^-\d/.test(next);
    if (next === undefined || isFlag) throw usage(`${shown} needs a value`);
    return [next, i + 1];
  };

  let rest = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (rest || arg === "-" || !arg.startsWith("-") || /^-\d/.test(arg)) {
      // the first word after a command with subcommands names one of them (or is that command's own positional)
      const sub = positionals.length === 0 && !rest ? current().subcommands?.find((c) => c.name === arg) : undefined;
      if (sub) path.push(sub);
      // `leakhound help [command]`, as git has it
      else if (path.length === 1 && arg === "help" && !rest) help = true;
      else if (path.length === 1 && !rest) throw unknownCommand(program.subcommands ?? [], arg, "");
      else if (current().subcommands && !current().run) {
        throw unknownCommand(current().subcommands!, arg, current().name);
      } else positionals.push(arg);
      continue;
    }
    if (arg === "--") {
      rest = true;
      continue;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      const inline = eq < 0 ? undefined : arg.slice(eq + 1);
      const flag = lookup(name, false);
      if (!flag && name.startsWith("no-")) {
        const positive = lookup(name.slice(3), false);
        if (positive && (positive.type === "boolean" || positive.negatable)) {
          if (inline !== undefined) throw usage(`--${name} takes no value`);
          negated.add(positive);
          give(positive, false, `--${name}`);
          continue;
        }
      }
      if (!flag) {
        unknown.push(name);
        // the word after it is most likely its value: not a path, and not a second unknown argument
        if (inline === undefined && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith("-")) i++;
        continue;
      }
      negated.delete(flag);
      if (flag.type === "boolean") {
        if (inline !== undefined && inline !== "true" && inline !== "false") {
          throw usage(`--${name} takes no value (or =true, =false), not ${JSON.stringify(inline)}`);
        }
        give(flag, inline !== "false", `--${name}`);
      } else {
        const [value, at] = valueFor(flag, `--${name}`, inline, i);
        i = at;
        give(flag, value, `--${name}`);
      }
      continue;
    }
    // -q, -qf json, -fjson, -f=json
    const letters = arg.slice(1);
    for (let k = 0; k < letters.length; k++) {
      const letter = letters[k]!;
      const flag = lookup(letter, true);
      if (!flag) {
        unknown.push(letter);
        continue;
      }
      if (flag.type === "boolean") {
        give(flag, true, `-${letter}`);
        continue;
      }
      const attached = letters.slice(k + 1);
      const [value, at] = valueFor(flag, `-${letter}`, attached === "" ? undefined : attached.replace(/^=/, ""), i);
      i = at;
      give(flag, value, `-${letter}`);
      break;
    }
  }

  if (help) return { kind: "help", path };
  if (version) return { kind: "version" };
  const command = current();
  if (path.length === 1) throw usage(program.missingSubcommand ?? "name a command (see --help)");
  if (command.subcommands && !command.run) {
    const names = listOr(command.subcommands.map((c) => c.name));
    throw usage(command.missingSubcommand ?? `name a ${command.name} subcommand: ${names}`);
  }

  // positionals, in order; what is left over is as unknown as an unknown flag
  const args: Args = { command: path.slice(1).map((c) => c.name) };
  const slots = command.positionals ?? [];
  let next = 0;
  for (const slot of slots) {
    const taken = slot.variadic ? positionals.slice(next) : positionals.slice(next, next + 1);
    next += taken.length;
    if (taken.length === 0) {
      const wanted = `<${slot.name}${slot.variadic ? ".." : ""}>${slot.choices ? `: ${listOr(slot.choices)}` : ""}`;
      if (slot.required) throw usage(`${args.command.join(" ")} needs ${wanted}`);
      if (slot.default !== undefined) args[camel(slot.name)] = slot.default;
      continue;
    }
    for (const value of taken) {
      if (slot.choices && !slot.choices.includes(value)) throw invalid(slot.name, value, slot.choices);
    }
    args[camel(slot.name)] = slot.variadic ? taken : taken[0];
  }
  unknown.push(...positionals.slice(next));
  if (unknown.length > 0) {
    throw usage(`Unknown ${unknown.length === 1 ? "argument" : "arguments"}: ${unknown.join(", ")}`);
  }

  for (const flag of flagsOf(program, path)) {
    if (flag === HELP_FLAG || flag === VERSION_FLAG) continue;
    const given = values.get(flag);
    let value: unknown;
    if (given === undefined) {
      if (flag.default === undefined) continue;
      value = flag.default;
    } else if (negated.has(flag)) {
      value = false;
    } else {
      const typed = given.map((v) => (flag.type === "number" ? toNumber(flag, v as string) : v));
      for (const v of typed) {
        if (flag.choices && !flag.choices.includes(v as string)) throw invalid(flag.name, String(v), flag.choices);
      }
      value = flag.array ? typed : typed[0];
    }
    args[camel(flag.name)] = flag.coerce && value !== false ? flag.coerce(value) : value;
  }
  for (const [a, b] of command.conflicts ?? []) {
    const given = (name: string) => values.has(flagNamed(program, path, name)!);
    if (given(a) && given(b)) throw usage(`Arguments ${a} and ${b} are mutually exclusive`);
  }
  return { kind: "run", path, args };
}

function flagNamed(program: Program, path: readonly Command[], name: string): Flag | undefined {
  return flagsOf(program, path).find((f) => f.name === name);
}

function toNumber(flag: Flag, text: string): number {
  const n = text.trim() === "" ? NaN : Number(text);
  if (!Number.isFinite(n)) throw usage(`--${flag.name} takes a number, not ${JSON.stringify(text)}`);
  return n;
}

function invalid(name: string, given: string, choices: readonly string[]): LeakhoundError {
  const list = choices.map((c) => JSON.stringify(c)).join(", ");
  return usage(`Invalid values: Argument: ${name}, Given: ${JSON.stringify(given)}, Choices: ${list}`);
}

function listOr(words: readonly string[]): string {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
}

function unknownCommand(commands: readonly Command[], word: string, parent: string): LeakhoundError {
  const near = closest(
    word,
    commands.map((c) => c.name),
  );
  const what = parent ? `${parent} subcommand` : "command";
  return usage(`Unknown ${what}: ${word}${near ? ` (did you mean ${near}?)` : ""}`);
}

/** The name nearest to a mistyped word, if near enough (optimal string alignment: a swap is one edit). */
export function closest(word: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of names) {
    const d = editDistance(word.toLowerCase(), name);
    const allowed = name.length <= 3 ? 1 : name.length <= 6 ? 2 : 3;
    if (d <= allowed && d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      const swapped = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      if (swapped) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

// --- help -------------------------------------------------------------------------------------

/** `leakhound dir [paths..]` */
export function synopsis(path: readonly Command[]): string {
  const command = path[path.length - 1]!;
  const words = ["leakhound", ...path.slice(1).map((c) => c.name)];
  if (command.subcommands && !command.run) words.push("<command>");
  for (const p of command.positionals ?? []) {
    const name = `${p.name}${p.variadic ? ".." : ""}`;
    words.push(p.required ? `<${name}>` : `[${name}]`);
  }
  return words.join(" ");
}

/** Text wrapped to `width` columns, every line after the first indented by `indent`. */
function wrap(text: string, width: number, indent: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width - indent) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join(`\n${" ".repeat(indent)}`);
}

function flagLabel(flag: Flag): string {
  const long = [flag.name, ...(flag.aliases ?? [])].map((n) => `--${n}`).join(", ");
  const value = flag.type === "boolean" ? "" : ` ${flag.placeholder ?? (flag.type === "number" ? "N" : "VALUE")}`;
  return `${flag.short ? `-${flag.short}, ` : "    "}${long}${value}${flag.array ? " …" : ""}`;
}

function flagNotes(flag: Flag): string {
  const notes: string[] = [];
  if (flag.choices) notes.push(`one of: ${flag.choices.join(", ")}`);
  if (flag.default !== undefined && flag.default !== false) notes.push(`default: ${flag.default}`);
  if (flag.array) notes.push("repeatable");
  return notes.length ? ` [${notes.join("; ")}]` : "";
}

/** Two columns: a name, and its description wrapped beside it (or below it, when the name is long). */
function rows(list: [string, string][], width: number): string[] {
  const column = Math.min(34, Math.max(...list.map(([name]) => name.length)) + 4);
  return list.map(([name, what]) => {
    if (name.length + 4 > column) return `  ${name}\n${" ".repeat(column)}${wrap(what, width, column)}`;
    return `  ${name.padEnd(column - 2)}${wrap(what, width, column)}`;
  });
}

export function helpText(program: Program, path: readonly Command[], width: number): string {
  const command = path[path.length - 1]!;
  const usageLine = path.length === 1 ? `${program.name} <command> [options]` : `${synopsis(path)} [options]`;
  const out: string[] = [usageLine, "", wrap(command.describe, width, 0)];
  if (command.subcommands) {
    out.push("", "Commands:");
    const name = (c: Command) => synopsis([...path, c]).slice("leakhound ".length);
    const list = command.subcommands.map((c): [string, string] => [name(c), c.describe]);
    out.push(...rows(list, width));
  }
  const positionals = (command.positionals ?? []).filter((p) => p.describe || p.choices || p.default !== undefined);
  if (path.length > 1 && positionals.length > 0) {
    out.push("", "Arguments:");
    out.push(
      ...rows(
        positionals.map((p) => {
          const notes = [
            p.choices ? `one of: ${p.choices.join(", ")}` : "",
            p.default !== undefined ? `default: ${[p.default].flat().join(" ")}` : "",
          ].filter(Boolean);
          return [p.name, `${p.describe ?? ""}${notes.length ? ` [${notes.join("; ")}]` : ""}`.trim()];
        }),
        width,
      ),
    );
  }
  const flags = flagsOf(program, path).filter((f) => !f.hidden);
  out.push("", "Options:");
  out.push(
    ...rows(
      flags.map((f) => [flagLabel(f), `${f.describe ?? ""}${flagNotes(f)}`.trim()]),
      width,
    ),
  );
  if (command.examples?.length) {
    // each example command on a line of its own, never wrapped: it can be copied whole
    out.push("", "Examples:");
    for (const [example, what] of command.examples) out.push(`  ${example}`, `      ${wrap(what, width, 6)}`);
  }
  return `${out.join("\n")}\n`;
}
