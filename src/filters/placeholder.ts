// Recognises values that are not secrets but stand in for one: placeholders, templates,
// environment-variable references, code expressions and documentation example keys.

const TEMPLATE = /\$\{|\{\{|\$\(|%\(|#\{|<[^>]*>|^\$[A-Za-z_]|^%[A-Za-z_]+%$|^\[.*\]$/;
// words that mark a stand-in wherever they occur (long enough never to occur by chance in a random value)
const PLACEHOLDER_WORDS_CS = /xxxx|XXXX/;
const PLACEHOLDER_WORDS = /example|placeholder|changeme|change_me|dummy|redacted|replace|insert|sample|\*\*\*|\.\.\.|secret|passw|token|api_?key/i;
// short words that mark a stand-in only at the start ("your_key_here", "TODO", "none")
const PLACEHOLDER_START = /^(?:your|my|todo|fake|test|dummy|undefined|null|none|nil|true|false|string|value|default|enter|put|add)(?:$|[_. -])/i;
const CODE_REFERENCE =
  /^(?:process\.env|os\.environ|os\.getenv|env\.|ENV\[|config\.|settings\.|this\.|self\.|props\.|params\.|req\.|request\.|args\.|options\.|opts\.)/;
// segments joined by "/" that also use "-" or "_": a path or an AWS credential scope, never base64
// (which has "/" but not "-" or "_") nor base64url (which has "-" and "_" but not "/")
const SLASHED_PATH = /^(?=[^/]*\/[^/]*\/)(?=.*[-_])[\w.\-/]+$/;
// identifiers rather than credentials: UUIDs and git object names (SHA-1, SHA-256); providers whose
// keys look like these have rules of their own that require the provider's name
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const DOTTED_PATH = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;
const LETTERS_ONLY = /^[A-Za-z_.-]+$/;
const WORD_PARTS = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g;
const HAS_VOWEL = /[aeiouy]/i;
const ONE_CHAR_REPEATED = /^(.)\1*$/;

// a value followed by one of these is code: a call, an index, a member access; "<" a generic type
// (Foo<T>), unless it starts a closing tag (an XML value: <password>…</password>)
const CODE_FOLLOWS = new Set(["(", "[", "."]);
// paths and URLs are locations, not secrets (URLs with credentials have rules of their own)
// ("/etc/…", "./x", "~/x", "https://…"; a base64 value may start with "/", so a bare "/" is not enough)
const LOCATION = /^(?:\.{1,2}\/|~\/|\/[a-z_][a-z0-9_.-]{2,}\/|[a-z][a-z0-9+.-]*:\/\/)/i;

/**
 * True when a candidate value is clearly not a real secret. `after` is the text that follows the
 * value (two characters are enough; "" at the end).
 */
export function isPlaceholder(value: string, after = ""): boolean {
  if (value.length < 4) return true;
  if (CODE_FOLLOWS.has(after.charAt(0)) || (after.charAt(0) === "<" && after.charAt(1) !== "/")) return true;
  if (LOCATION.test(value) || SLASHED_PATH.test(value)) return true;
  if (UUID.test(value) || OBJECT_ID.test(value)) return true;
  if (ONE_CHAR_REPEATED.test(value)) return true;
  if (TEMPLATE.test(value)) return true;
  if (CODE_REFERENCE.test(value) || DOTTED_PATH.test(value)) return true;
  if (isIdentifier(value)) return true;
  if (PLACEHOLDER_WORDS.test(value) || PLACEHOLDER_WORDS_CS.test(value) || PLACEHOLDER_START.test(value)) return true;
  return false;
}

/** Documentation example keys that providers publish (AWS's `…EXAMPLE` keys and the like). */
export function isDocumentationExample(secret: string): boolean {
  return /EXAMPLE/i.test(secret) || /x{6,}|0{10,}|1234567890/i.test(secret);
}

/**
 * A name in camelCase, PascalCase, snake_case, kebab-case or CONSTANT_CASE (`passwordInputElement`,
 * `DB_PASSWORD`): letters only, made of word-like parts. Random letters fail the vowel test quickly.
 */
function isIdentifier(value: string): boolean {
  // punctuation around a name ("?Token", "name;") is not part of it; digits are
  const name = value.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "");
  if (!LETTERS_ONLY.test(name)) return false;
  // one-letter Hungarian prefixes (kEnumerable, mState, iEnd-iStart) are still names
  const parts = (name.match(WORD_PARTS) ?? []).filter((part) => part.length > 1);
  if (parts.length === 0) return false;
  const averageLength = parts.reduce((n, p) => n + p.length, 0) / Math.max(1, parts.length);
  return averageLength >= 3.5 && parts.every((part) => (part.length >= 2 && HAS_VOWEL.test(part)) || /^[A-Z]{2,5}$/.test(part));
}
