// Inline ignore comments: a line containing one of these markers is never reported.
import type { LineIndex } from "../engine/lines.js";

const MARKER_TEXTS = ["leakhound:allow", "gitleaks:allow"];
const MARKERS = MARKER_TEXTS.map((m) => Buffer.from(m, "latin1"));

// verdicts per line of a fragment: a long line with many matches is searched once
const verdicts = new WeakMap<LineIndex, Map<number, boolean>>();

/** Whether line `line` of `bytes` holds a marker: searched in the bytes, so a long line is never decoded for it. */
export function inlineAllowed(bytes: Buffer, lines: LineIndex, line: number): boolean {
  let known = verdicts.get(lines);
  if (!known) verdicts.set(lines, (known = new Map()));
  let allowed = known.get(line);
  if (allowed === undefined) {
    const text = bytes.subarray(lines.start(line), lines.end(line));
    allowed = MARKERS.some((m) => text.includes(m));
    known.set(line, allowed);
  }
  return allowed;
}

/** Whether a line of text holds a marker. */
export function hasInlineAllow(line: string): boolean {
  return MARKER_TEXTS.some((m) => line.includes(m));
}

/** The line with its markers blanked out: what the rules would have judged without the comment. */
export function withoutInlineAllow(line: string): string {
  return MARKER_TEXTS.reduce((text, m) => text.split(m).join(" ".repeat(m.length)), line);
}
