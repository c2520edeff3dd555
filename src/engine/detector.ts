// The detector: a fragment of text in, findings out. Pure: no files, no processes, no clock.
//
// Speed comes from the keyword prefilter: one RE2.Set pass over the bytes finds which rules'
// keywords occur, and only those rules' regexes run, each over the whole fragment (so matches
// may span lines, as private key blocks do). The set of some 750 keywords takes about 6 ms to
// compile, longer than a pre-commit hook's whole scan of a small change: the first bytes a detector
// sees (LITERAL_PREFILTER_BYTES of ASCII text) are searched for each keyword as a plain string
// instead, which finds exactly the same keywords, and the set is compiled only when more come.
import { isAscii } from "node:buffer";
import RE2 from "re2";
import type { Finding, Fragment, Rule } from "../model.js";
import { Allowlist, compileRegex } from "../filters/allowlist.js";
import { inlineAllowed } from "../filters/inline.js";
import { isDocumentationExample, isNonSecretName, isPlaceholder } from "../filters/placeholder.js";
import { CHECKSUMS } from "./checksum.js";
import { shannonEntropy } from "./entropy.js";
import { fingerprint } from "./fingerprint.js";
import { LineIndex } from "./lines.js";

const MAX_REMEMBERED_PATHS = 20_000;

interface CompiledRule {
  rule: Rule;
  /** undefined for a rule that reports files by path alone */
  regex: RE2 | undefined;
  allowlist: Allowlist;
  specificity: Specificity;
}

/**
 * How much a rule's finding says, when two rules find the same text: a provider's token format
 * (PROVIDER) over a file format's field (FILE_FORMAT, tag "config-file") over a credential's
 * written form (GENERIC: an Authorization header, a URL's userinfo) over a name = value guess
 * (NAME_VALUE, tag "name-value").
 */
type Specificity = 0 | 1 | 2 | 3;
const PROVIDER = 0;
const FILE_FORMAT = 1;
const GENERIC = 2;
const NAME_VALUE = 3;

function specificityOf(rule: Rule): Specificity {
  if (rule.tags.includes("name-value")) return NAME_VALUE;
  if (rule.tags.includes("config-file")) return FILE_FORMAT;
  return rule.tags.includes("generic") ? GENERIC : PROVIDER;
}

/**
 * Text a rule matched and judged not to be a secret (a placeholder, an allowlisted value): a less
 * specific rule that matches the same text does not report it either (`Basic dXNlcjpwYXNzd29yZA==`
 * is user:password whatever the name before it says).
 */
interface Veto {
  startByte: number;
  endByte: number;
  specificity: Specificity;
}

function compileRule(rule: Rule): CompiledRule {
  const where = `${rule.source}: rule "${rule.id}"`;
  return {
    rule,
    regex: rule.regex ? compileRegex(rule.regex, "gd", where) : undefined,
    allowlist: new Allowlist(rule.allowlists, where),
    specificity: specificityOf(rule),
  };
}

export interface DetectorOptions {
  /** allowlist applied to every rule (from the user's config) */
  allowlist?: Allowlist;
  /** bytes searched keyword by keyword before the keyword set is compiled (default LITERAL_PREFILTER_BYTES) */
  literalPrefilterBytes?: number;
}

/**
 * ASCII text a detector searches keyword by keyword before it compiles its keyword set: searching
 * some 750 keywords one by one costs about 0.24 µs a byte here, compiling the set about 4 ms, so
 * the set pays from about 16 KB on.
 */
export const LITERAL_PREFILTER_BYTES = 16 * 1024;

interface Located extends Finding {
  startByte: number;
  endByte: number;
  specificity: Specificity;
  /** the rule decoded what it matched (base64) */
  decoded: boolean;
}

export class Detector {
  /** compiled on first use: most rules never run on a small input, and start-up time matters */
  private readonly compiled: (CompiledRule | undefined)[];
  /** compiled on first need (see the top of this file) */
  private keywordSet: ReturnType<typeof RE2.Set> | undefined;
  /** the keywords in keywordSet's order, lower-cased, while they can be searched as strings */
  private readonly keywords: string[];
  /** ASCII bytes still to be searched keyword by keyword before the set is compiled */
  private literalBudget: number;
  /** keyword index in keywordSet → indexes of the rules that use it */
  private readonly keywordRules: number[][] = [];
  /** rules without keywords: they run on every fragment */
  private readonly unconditional: number[] = [];
  private readonly allowlist: Allowlist | undefined;
  /** the path regexes of file-format rules, compiled on first use */
  private readonly pathRules: (RE2 | undefined)[];
  /** per path: which file-format rules apply to it */
  private readonly pathVerdicts = new Map<string, Map<number, boolean>>();
  /** rulesFor's mark per rule (see there) */
  private readonly marks: Uint32Array;
  private stamp = 0;

  constructor(
    readonly rules: readonly Rule[],
    options: DetectorOptions = {},
  ) {
    this.allowlist = options.allowlist && !options.allowlist.isEmpty ? options.allowlist : undefined;
    this.compiled = new Array<CompiledRule | undefined>(rules.length);
    this.pathRules = new Array<RE2 | undefined>(rules.length);
    this.marks = new Uint32Array(rules.length);
    const keywordIndex = new Map<string, number>();
    rules.forEach((rule, ruleIndex) => {
      if (rule.keywords.length === 0) this.unconditional.push(ruleIndex);
      for (const keyword of rule.keywords) {
        let k = keywordIndex.get(keyword);
        if (k === undefined) {
          k = keywordIndex.size;
          keywordIndex.set(keyword, k);
          this.keywordRules.push([]);
        }
        this.keywordRules[k]!.push(ruleIndex);
      }
    });
    this.keywords = [...keywordIndex.keys()].map((k) => k.toLowerCase());
    // a keyword outside ASCII folds case by Unicode's rules, which only the set applies
    this.literalBudget = this.keywords.every((k) => /^[\x00-\x7f]*$/.test(k))
      ? (options.literalPrefilterBytes ?? LITERAL_PREFILTER_BYTES)
      : 0;
  }

  /** Indexes (in keywordRules) of the keywords that occur in `bytes`, case-insensitively. */
  private keywordsIn(bytes: Buffer): number[] {
    if (this.keywords.length === 0) return [];
    if (!this.keywordSet && bytes.length <= this.literalBudget && isAscii(bytes)) {
      this.literalBudget -= bytes.length;
      // ASCII only: lower-casing it and the keywords is exactly the set's case-insensitive match
      const text = bytes.toString("latin1").toLowerCase();
      const found: number[] = [];
      this.keywords.forEach((keyword, k) => {
        if (text.includes(keyword)) found.push(k);
      });
      return found;
    }
    this.keywordSet ??= new RE2.Set(this.keywords.map(escapeLiteral), "i");
    return this.keywordSet.match(bytes);
  }

  /** Findings in one fragment, after every filter (allowlists, inline allows, placeholders). */
  detect(fragment: Fragment): Finding[] {
    const relPath = fragment.relPath ?? fragment.path;
    const ruleIndexes = this.rulesFor(fragment);
    if (ruleIndexes.length === 0) return [];
    let lines: LineIndex | undefined;
    const found: Located[] = [];
    const vetoes: Veto[] = [];
    for (const index of ruleIndexes) {
      const compiled = (this.compiled[index] ??= compileRule(this.rules[index]!));
      if (compiled.allowlist.allowsPath(relPath)) continue;
      lines ??= new LineIndex(fragment.bytes);
      if (compiled.regex) this.runRule(compiled, compiled.regex, fragment, lines, vetoes, found);
      else for (const finding of this.fileFinding(compiled, fragment, lines)) found.push(finding);
    }
    if (found.length === 0) return [];
    return dropLessSpecific(found, vetoes).map(
      ({ startByte: _s, endByte: _e, specificity: _g, decoded: _d, ...finding }) => finding,
    );
  }

  /**
   * Findings of the rules that report a file by its path alone (a `.p12` key store), for a file whose
   * content is not scanned (binary): its text is never read, only `fragment.path`.
   */
  detectByPath(fragment: Omit<Fragment, "bytes">): Finding[] {
    const relPath = fragment.relPath ?? fragment.path;
    if (this.allowlist?.allowsPath(relPath)) return [];
    const whole: Fragment = { ...fragment, bytes: Buffer.alloc(0) };
    const found: Finding[] = [];
    this.rules.forEach((rule, index) => {
      if (rule.regex || !rule.pathRegex || !this.appliesTo(index, relPath)) return;
      const compiled = (this.compiled[index] ??= compileRule(rule));
      if (compiled.allowlist.allowsPath(relPath)) return;
      for (const { startByte: _s, endByte: _e, specificity: _g, decoded: _d, ...finding } of this.fileFinding(
        compiled,
        whole,
        new LineIndex(whole.bytes),
      ))
        found.push(finding);
    });
    return found;
  }

  /** Whether any rule would run on the fragment (its keywords occur, its path fits): the cheap first pass of detect. */
  mayFind(fragment: Fragment): boolean {
    return this.rulesFor(fragment).length > 0;
  }

  private rulesFor(fragment: Fragment): number[] {
    const relPath = fragment.relPath ?? fragment.path;
    if (this.allowlist?.allowsPath(relPath)) return [];
    // a rule about one file format costs nothing on other files: its path is checked before anything is compiled
    const verdicts = this.verdictsFor(relPath);
    const selected: number[] = [];
    for (const r of this.unconditional) if (this.appliesTo(r, relPath, verdicts)) selected.push(r);
    // a rule that two of the keywords found select is taken once: a mark per rule, new for each fragment
    if (++this.stamp === 0xffffffff) this.marks.fill(0), (this.stamp = 1);
    const { marks, stamp, rules } = this;
    for (const k of this.keywordsIn(fragment.bytes)) {
      for (const r of this.keywordRules[k]!) {
        if (marks[r] === stamp) continue;
        marks[r] = stamp;
        if (!rules[r]!.pathRegex || this.appliesTo(r, relPath, verdicts)) selected.push(r);
      }
    }
    return selected.length > 1 ? selected.sort((a, b) => a - b) : selected;
  }

  /** Which file-format rules apply to a path, remembered: a history meets the same paths in version after version. */
  private verdictsFor(relPath: string): Map<number, boolean> {
    let verdicts = this.pathVerdicts.get(relPath);
    if (!verdicts) {
      if (this.pathVerdicts.size >= MAX_REMEMBERED_PATHS) this.pathVerdicts.clear();
      verdicts = new Map();
      this.pathVerdicts.set(relPath, verdicts);
    }
    return verdicts;
  }

  private appliesTo(index: number, relPath: string, verdicts = this.verdictsFor(relPath)): boolean {
    const rule = this.rules[index]!;
    if (!rule.pathRegex) return true;
    let applies = verdicts.get(index);
    if (applies === undefined) {
      const path = (this.pathRules[index] ??= compileRegex(rule.pathRegex, "", `${rule.source}: rule "${rule.id}"`));
      applies = path.test(relPath);
      verdicts.set(index, applies);
    }
    return applies;
  }

  /** A rule with a path and no regex reports the file itself (e.g. a keystore committed by mistake). */
  private *fileFinding(compiled: CompiledRule, fragment: Fragment, lines: LineIndex): Generator<Located> {
    const path = fragment.relPath ?? fragment.path;
    const candidate = {
      path,
      secret: "",
      match: "",
      line: "",
      ...(fragment.git ? { commit: fragment.git.commit } : {}),
    };
    if (compiled.allowlist.allows(candidate) || this.allowlist?.allows(candidate)) return;
    const context = lines.context(0, 0, 0);
    yield located(
      compiled,
      fragment,
      {
        startLine: 0,
        startColumn: 1,
        endLine: 0,
        endColumn: lines.columnOf(0, lines.end(0)),
        startByte: 0,
        endByte: 0,
      },
      {
        secret: "",
        match: `file detected: ${path}`,
        context: context.text,
        contextColumn: context.column,
        entropy: 0,
        fingerprint: fingerprint(compiled.rule.id, `path:${path}`),
      },
    );
  }

  /** Runs one rule's regex over the fragment: its findings are pushed onto `out`. */
  private runRule(
    compiled: CompiledRule,
    regex: RE2,
    fragment: Fragment,
    lines: LineIndex,
    vetoes: Veto[],
    out: Located[],
  ): void {
    const { rule } = compiled;
    const veto = (startByte: number, endByte: number) => {
      if (compiled.specificity < NAME_VALUE) vetoes.push({ startByte, endByte, specificity: compiled.specificity });
    };
    regex.lastIndex = 0;
    for (let m = regex.exec(fragment.bytes); m !== null; m = regex.exec(fragment.bytes)) {
      if (m[0].length === 0) {
        regex.lastIndex++; // an empty match must not stall the loop
        continue;
      }
      // a named `secret` group wins over the group number; a `field` group names where it was found
      const indices = (
        m as unknown as {
          indices: ([number, number] | undefined)[] & { groups?: Record<string, [number, number] | undefined> };
        }
      ).indices;
      const named = indices.groups
        ? Object.keys(indices.groups).find((k) => k.startsWith("secret") && indices.groups![k])
        : undefined;
      const span = named ? indices.groups![named] : indices[rule.secretGroup];
      if (!span) continue;
      const [startByte, endByte] = span;
      const raw = fragment.bytes.toString("utf8", startByte, endByte);
      const secret = rule.decode ? decodeBase64Text(raw) : raw;
      if (!secret) continue;
      const fieldSpan = indices.groups?.field;
      const field = fieldSpan ? fragment.bytes.toString("utf8", fieldSpan[0], fieldSpan[1]) : undefined;
      // the name a generic rule found the value under (`name` group), or a file format's field
      const nameSpan = indices.groups?.name;
      const name = nameSpan ? fragment.bytes.toString("utf8", nameSpan[0], nameSpan[1]) : field;
      const entropy = shannonEntropy(secret);
      if (rule.entropy !== undefined && entropy < rule.entropy) continue;
      if (rule.checksum && !CHECKSUMS[rule.checksum](secret)) {
        // the provider's shape without its checksum: a made-up value, not a token anyone issued
        veto(startByte, endByte);
        continue;
      }
      if (isDocumentationExample(secret)) continue;
      if (rule.placeholderCheck) {
        // a generic rule's name; a file format's field holds a password by definition (index-url's userinfo)
        if (nameSpan && name !== undefined && isNonSecretName(name)) continue;
        // of a decoded user:password, the password is what may be a stand-in (`_token:…` is a real token)
        const judged = rule.decode ? passwordOf(secret) : secret;
        const after = rule.decode ? "" : fragment.bytes.toString("latin1", endByte, endByte + 2);
        if (
          isPlaceholder(judged, after, {
            ...(nameSpan ? { name } : {}),
            fileFormat: compiled.specificity === FILE_FORMAT,
          })
        ) {
          veto(startByte, endByte);
          continue;
        }
      }

      const startLine = lines.lineOf(startByte);
      const endLine = lines.lineOf(Math.max(startByte, endByte - 1));
      // a decoded secret stands where its encoded form was, so that redaction hides both
      const decoded = (text: string) => (rule.decode ? text.split(raw).join(secret) : text);
      const match = decoded(String(m[0]).trimEnd());
      // judged on the whole line while it is in the buffer; the finding keeps only its context.
      // The line is decoded only if an allowlist asks for it (regexTarget = "line").
      const candidate = {
        path: fragment.relPath ?? fragment.path,
        secret,
        match,
        get line() {
          return decoded(lines.text(startLine));
        },
        ...(fragment.git ? { commit: fragment.git.commit } : {}),
      };
      if (
        inlineAllowed(fragment.bytes, lines, startLine) ||
        compiled.allowlist.allows(candidate) ||
        this.allowlist?.allows(candidate)
      ) {
        veto(startByte, endByte);
        continue;
      }
      const context = lines.context(startLine, startByte, endByte);

      const where = {
        startLine,
        startColumn: lines.columnOf(startLine, startByte),
        endLine,
        endColumn: lines.columnOf(endLine, endByte),
        startByte,
        endByte,
      };
      out.push(
        located(compiled, fragment, where, {
          secret,
          match,
          context: decoded(context.text),
          contextColumn: context.column,
          entropy: Math.round(entropy * 1000) / 1000,
          fingerprint: fingerprint(rule.id, secret),
          ...(field ? { field } : {}),
        }),
      );
    }
  }
}

/** A finding of `compiled` in `fragment`; lines in `where` are 0-based lines of the fragment. */
function located(
  compiled: CompiledRule,
  fragment: Fragment,
  where: {
    startLine: number;
    startColumn: number;
    endLine: number;
    endColumn: number;
    startByte: number;
    endByte: number;
  },
  what: Pick<Finding, "secret" | "match" | "context" | "contextColumn" | "entropy" | "fingerprint" | "field">,
): Located {
  const { rule } = compiled;
  return {
    ruleId: rule.id,
    description: rule.description,
    severity: rule.severity,
    tags: rule.tags,
    path: fragment.path,
    ...where,
    startLine: fileLine(fragment, where.startLine),
    endLine: fileLine(fragment, where.endLine),
    ...what,
    ...(fragment.git ? { git: fragment.git } : {}),
    specificity: compiled.specificity,
    decoded: compiled.rule.decode !== undefined,
  };
}

/** The password of a decoded `user:password`, or the whole value when it has no user part. */
function passwordOf(decoded: string): string {
  const colon = decoded.indexOf(":");
  return colon > 0 && colon < decoded.length - 1 ? decoded.slice(colon + 1) : decoded;
}

/** Base64 that decodes to printable text (a password, user:password), or undefined. */
function decodeBase64Text(value: string): string | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 === 1) return undefined;
  // `echo pw | base64` encodes the newline too (FileZilla's Pass, Kubernetes Secret data)
  const text = Buffer.from(value, "base64")
    .toString("utf8")
    .replace(/\r?\n$/, "");
  return text.length > 0 && /^[\x20-\x7e\u00a0-\uffff]+$/.test(text) && !text.includes("\ufffd") ? text : undefined;
}

function fileLine(fragment: Fragment, line: number): number {
  if (fragment.lineMap) return fragment.lineMap[line] ?? line + 1;
  return (fragment.firstLine ?? 0) + line + 1;
}

/**
 * One finding per secret: a finding that overlaps one of a more specific rule, or text a more
 * specific rule judged not a secret (a veto), says less and is dropped (a provider's token over a
 * file format's field over a credential's written form over a name = value guess), and of two
 * findings of the same tier on the same text one is kept (sameSpanWins). Two providers' rules that
 * match the same text both report it.
 */
function dropLessSpecific(found: Located[], vetoes: readonly Veto[]): Located[] {
  if (found.every((f) => f.specificity === PROVIDER) || (found.length < 2 && vetoes.length === 0)) return found;
  return found.filter(
    (f, i) =>
      f.specificity === PROVIDER ||
      (!vetoes.some((v) => v.specificity < f.specificity && v.startByte < f.endByte && f.startByte < v.endByte) &&
        !found.some(
          (other, j) =>
            other.startByte < f.endByte &&
            f.startByte < other.endByte &&
            (other.specificity < f.specificity ||
              (other.specificity === f.specificity &&
                other.startByte === f.startByte &&
                other.endByte === f.endByte &&
                sameSpanWins(other, j, f, i))),
        )),
  );
}

/** Of two findings of one tier on the same text: the one that decoded it (it shows more), else the first rule's. */
function sameSpanWins(other: Located, otherIndex: number, f: Located, index: number): boolean {
  if (other.decoded !== f.decoded) return other.decoded;
  return otherIndex < index;
}

function escapeLiteral(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
}
