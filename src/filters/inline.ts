// Inline ignore comments: a line containing one of these markers is never reported.

const MARKERS = ["leakhound:allow", "gitleaks:allow"];

export function hasInlineAllow(line: string): boolean {
  return MARKERS.some((m) => line.includes(m));
}

/** The line with its markers blanked out: what the rules would have judged without the comment. */
export function withoutInlineAllow(line: string): string {
  return MARKERS.reduce((text, m) => text.split(m).join(" ".repeat(m.length)), line);
}
