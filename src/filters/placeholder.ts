// Recognises values that are not secrets but stand in for one: placeholders, templates,
// environment-variable references, code expressions and documentation example keys; and names
// that hold identifiers, addresses or public values rather than secrets.

const TEMPLATE = /\$\{|\{\{|\$\(|%\(|#\{|<[^>]*>|^\$[A-Za-z_]|^%[A-Za-z_]+%$|^\[.*\]$/;
// printf verbs (Go's %v, C's %s/%d): a format string that a value is put into later
const PRINTF_VERB = /%[sdvq]/;
// code rather than a literal: an address-of or dereference (&x, *p), a %FORMAT, a string
// concatenation ("…" +password+ "…")
const CODE_START = /^(?:[&*%]|\+[A-Za-z_$][\w$.]*\+$)/;
// words that mark a stand-in wherever they occur (long enough never to occur by chance in a random value)
const PLACEHOLDER_WORDS_CS = /xxxx|XXXX/;
const PLACEHOLDER_WORDS =
  /example|placeholder|changeme|change_me|dummy|redacted|replace|insert|sample|\*\*\*|###|\.\.\.|secret|passw|token|api_?key/i;
// runs that people type, never a random generator: the alphabet in order, digits counting up or down
const TYPED_RUNS = /abcdef|bcdefg|012345|123456|234567|345678|456789|987654|876543|765432|654321/i;
// a date or a Unix time (seconds or milliseconds) is a timestamp, not a secret
const TIMESTAMP =
  /^(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|1\d{9}|1\d{12})$/;
// short words that mark a stand-in only at the start ("your_key_here", "TODO", "none")
const PLACEHOLDER_START =
  /^(?:your|my|todo|fake|test|dummy|undefined|null|none|nil|true|false|string|value|default|enter|put|add)(?:$|[_. -])/i;
const CODE_REFERENCE =
  /^(?:process\.env|os\.environ|os\.getenv|env\.|ENV\[|config\.|settings\.|this\.|self\.|props\.|params\.|req\.|request\.|args\.|options\.|opts\.)/;
// segments joined by "/" that also use "-" or "_": a path or an AWS credential scope, never base64
// (which has "/" but not "-" or "_") nor base64url (which has "-" and "_" but not "/")
const SLASHED_PATH = /^(?=[^/]*\/[^/]*\/)(?=.*[-_])[\w.\-/]+$/;
// identifiers rather than credentials: UUIDs and git object names (SHA-1, SHA-256, either case).
// A client_secret or an api_key may well be a UUID or 64 hex digits, so these apply only under a
// name that says it holds an identifier (ID_NAME_PARTS), or when the rule captures no name.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
const DOTTED_PATH = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;
const ID_NAME_PARTS = new Set([
  "id",
  "ids",
  "sha",
  "sha1",
  "sha256",
  "sha512",
  "commit",
  "hash",
  "digest",
  "ref",
  "version",
  "uuid",
  "guid",
  "rev",
  "revision",
]);
// names of values that are not secret: identifiers, names, addresses, paths, anti-CSRF tokens
// (sent to every browser) and public keys or tokens
const NON_SECRET_LAST_PARTS = new Set([
  "id",
  "ids",
  "name",
  "names",
  "url",
  "urls",
  "uri",
  "host",
  "hostname",
  "path",
  "paths",
]);
const NON_SECRET_PARTS = /^(?:csrf|xsrf|public\w*)$/i;
const LETTERS_ONLY = /^[A-Za-z_.-]+$/;
const LETTERS_AND_DIGITS = /^[A-Za-z][A-Za-z0-9_.-]*$/;
const WORD_PARTS = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g;
const NAME_PARTS = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+/g;
const HAS_VOWEL = /[aeiouy]/i;
const CAPITAL_STARTS_WORD = /^(?:[a-z0-9_.-]|[A-Z](?=[a-z0-9_.-]|$))+$/;
const ONE_CHAR_REPEATED = /^(.)\1*$/;

// a value followed by one of these is code: a call, an index, a member access; "<" a generic type
// (Foo<T>), unless it starts a closing tag (an XML value: <password>…</password>)
const CODE_FOLLOWS = new Set(["(", "[", "."]);
// paths and URLs are locations, not secrets (URLs with credentials have rules of their own)
// ("/etc/…", "./x", "~/x", "https://…"; a base64 value may start with "/", so a bare "/" is not enough)
// (a path's first folder is lower case: one of random base64's mixed case is not a path)
const LOCATION = /^(?:\.{1,2}\/|~\/|\/[a-z_][a-z0-9_.-]{2,}\/|[A-Za-z][A-Za-z0-9+.-]*:\/\/)/;

/** What a rule knows about where a value was written. */
export interface ValueContext {
  /** the name the value is assigned to or passed to (a variable, a key, a callee), if the rule captures it */
  name?: string;
  /** the value is a file format's password field: there a dictionary word is a password, not a name */
  fileFormat?: boolean;
}

/**
 * True when a candidate value is clearly not a real secret. `after` is the text that follows the
 * value (two characters are enough; "" at the end).
 */
export function isPlaceholder(value: string, after = "", context: ValueContext = {}): boolean {
  if (value.length < 4) return true;
  if (CODE_FOLLOWS.has(after.charAt(0)) || (after.charAt(0) === "<" && after.charAt(1) !== "/")) return true;
  if (LOCATION.test(value) || SLASHED_PATH.test(value)) return true;
  const { name } = context;
  if (name === undefined || namesIdentifier(name)) {
    if (UUID.test(value) || OBJECT_ID.test(value) || DOTTED_PATH.test(value)) return true;
  }
  if (ONE_CHAR_REPEATED.test(value)) return true;
  if (TEMPLATE.test(value) || PRINTF_VERB.test(value) || CODE_START.test(value)) return true;
  if (CODE_REFERENCE.test(value) || isMemberPath(value)) return true;
  if (!context.fileFormat && (isIdentifier(value) || isPhrase(value))) return true;
  if (PLACEHOLDER_WORDS.test(value) || PLACEHOLDER_WORDS_CS.test(value) || PLACEHOLDER_START.test(value)) return true;
  if (TYPED_RUNS.test(value) || TIMESTAMP.test(value)) return true;
  return false;
}

/** Documentation example keys that providers publish (AWS's `…EXAMPLE` keys and the like). */
export function isDocumentationExample(secret: string): boolean {
  return /EXAMPLE/i.test(secret) || /x{6,}|0{10,}|1234567890/i.test(secret);
}

/**
 * A name whose value is not a secret whatever it looks like: `tokenId`, `secret_name`, `apiKeyUrl`,
 * `keyPath`, `csrf_token`, `publicKey` (but `accessId`, an access key's public half paired with a
 * secret, is left to the value test).
 */
export function isNonSecretName(name: string): boolean {
  const parts = nameParts(name);
  if (parts.length === 0) return false;
  if (parts.some((part) => NON_SECRET_PARTS.test(part))) return true;
  const last = parts[parts.length - 1]!;
  if (last === "id" && parts[parts.length - 2] === "access") return false;
  return NON_SECRET_LAST_PARTS.has(last);
}

/** The name says it holds an identifier: a UUID or 40 hex digits under it is an id, not a key. */
function namesIdentifier(name: string): boolean {
  return nameParts(name).some((part) => ID_NAME_PARTS.has(part));
}

/** `DB_PASSWORD` → ["db", "password"]; `lastCommitSha1` → ["last", "commit", "sha1"]. */
function nameParts(name: string): string[] {
  const parts = (name.match(NAME_PARTS) ?? []).map((p) => p.toLowerCase());
  // a number belongs to the word before it (sha1, sha256, v2)
  const joined: string[] = [];
  for (const part of parts) {
    if (/^[0-9]+$/.test(part) && joined.length > 0) joined[joined.length - 1] += part;
    else joined.push(part);
  }
  return joined;
}

/** `app.config.secret`, `window.env.apiKey`: a member path of names is code, whatever the name says. */
function isMemberPath(value: string): boolean {
  if (!DOTTED_PATH.test(value)) return false;
  // short and without digits (`patABC.def`, `cfg.apiKey`): written by a person
  if (value.length <= 30 && !/[0-9]/.test(value)) return true;
  return value.split(".").every((segment) => {
    const letters = segment.replace(/[$_0-9]/g, "");
    return letters.length <= 4 || isIdentifier(letters);
  });
}

/**
 * Words joined by punctuation or URL escapes (`value%23still-query#first`, `user:profile/v2`): text
 * someone wrote, not a generated value. Random base64 fails: its pieces are short and vowel-less.
 */
function isPhrase(value: string): boolean {
  const joined = value.replace(/%[0-9A-Fa-f]{2}/g, "-").replace(/[^A-Za-z0-9]+/g, "-");
  return joined !== value && /[A-Za-z]/.test(joined) && isIdentifier(joined);
}

/**
 * A name in camelCase, PascalCase, snake_case, kebab-case or CONSTANT_CASE (`passwordInputElement`,
 * `DB_PASSWORD`, `user2Name`, `sha256Sum`): made of word-like parts, and of a few short numbers.
 * Random letters fail the vowel test quickly.
 */
function isIdentifier(value: string): boolean {
  // punctuation around a name ("?Token", "name;") is not part of it; digits are
  const name = value.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "");
  const withDigits = !LETTERS_ONLY.test(name);
  if (withDigits) {
    // digits inside a name: one or two short numbers (v2, sha256, utf8) that take a small share of it
    if (!LETTERS_AND_DIGITS.test(name)) return false;
    const numbers = name.match(/[0-9]+/g) ?? [];
    const digits = numbers.reduce((n, run) => n + run.length, 0);
    if (numbers.length > 2 || numbers.some((run) => run.length > 4) || digits * 4 > name.length) return false;
    // and one case style: CONSTANT_CASE, or capitals that each start a word (not random mixed case)
    if (!/^[A-Z0-9_.-]+$/.test(name) && !CAPITAL_STARTS_WORD.test(name)) return false;
  }
  // one-letter Hungarian prefixes (kEnumerable, mState, iEnd-iStart) are still names
  const parts = (name.match(WORD_PARTS) ?? []).filter((part) => part.length > 1);
  if (parts.length === 0) return false;
  const averageLength = parts.reduce((n, p) => n + p.length, 0) / Math.max(1, parts.length);
  // with digits the words must also read as words: a quarter of their letters vowels
  const wordLike = (part: string) =>
    ((part.length >= 2 && HAS_VOWEL.test(part)) || /^[A-Z]{2,5}$/.test(part)) &&
    (!withDigits || part.length <= 3 || (part.match(/[aeiouy]/gi) ?? []).length * 4 >= part.length);
  return averageLength >= 3.5 && parts.every(wordLike);
}
