// Makes text from a scanned repository inert where it is shown: control characters, bidi controls
// and line separators in file names, commit fields and lines become visible escapes, so that a file
// name cannot recolour the terminal, reorder what it shows, or forge lines of a report.

// C0 (tab and newline included), DEL, C1, the Arabic letter mark, LRM/RLM, the bidi embeddings,
// overrides and isolates, and the Unicode line and paragraph separators
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
// the same, less what JSON.stringify escapes already (C0): what must not be raw in JSON output
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const NAMED: Record<string, string> = { "\t": "\\t", "\n": "\\n", "\r": "\\r" };

const hex = (c: string, width: number) => c.charCodeAt(0).toString(16).padStart(width, "0");

/** `text` with every unsafe character as a visible escape: `\n`, `\x1b`, `\u202e`. */
export function inert(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? (c.charCodeAt(0) < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}

/**
 * Serialised JSON with DEL, C1, bidi controls and U+2028/9 as `\u` escapes (JSON.stringify leaves
 * them raw; it escapes only C0). They can only be inside strings, so the JSON means the same.
 */
export function inertJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c, 4)}`);
}
