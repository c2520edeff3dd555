// Recognises values that are not secrets but stand in for one: placeholders, templates,
// environment-variable references, code expressions and documentation example keys.

const TEMPLATE = /\$\{|\{\{|\$\(|%\(|#\{|<[^>]*>|^\$[A-Za-z_]|^%[A-Za-z_]+%$|^\[.*\]$/;
const PLACEHOLDER_WORDS =
  /example|placeholder|changeme|change_me|your[_-]?|dummy|redacted|replace|insert|sample|fake|xxxx|\*\*\*|\.\.\.|todo|secret|passw|token|api_?key|undefined|null|none|true|false|string|value|default/i;
const CODE_REFERENCE =
  /^(?:process\.env|os\.environ|os\.getenv|env\.|ENV\[|config\.|settings\.|this\.|self\.|props\.|params\.|req\.|request\.|args\.|options\.|opts\.)/;
const DOTTED_PATH = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;
const ONLY_LETTERS = /^[A-Za-z_\-.]+$/;
const ONE_CHAR_REPEATED = /^(.)\1*$/;

/** True when a candidate value is clearly not a real secret. */
export function isPlaceholder(value: string): boolean {
  if (value.length < 4) return true;
  if (ONE_CHAR_REPEATED.test(value)) return true;
  if (TEMPLATE.test(value)) return true;
  if (CODE_REFERENCE.test(value) || DOTTED_PATH.test(value)) return true;
  // identifiers and words: a variable name or prose, not a random secret
  if (ONLY_LETTERS.test(value)) return true;
  if (PLACEHOLDER_WORDS.test(value)) return true;
  return false;
}

/** Documentation example keys that providers publish (AWS's `…EXAMPLE` keys and the like). */
export function isDocumentationExample(secret: string): boolean {
  return /EXAMPLE/i.test(secret) || /x{6,}|0{10,}|1234567890/i.test(secret);
}
