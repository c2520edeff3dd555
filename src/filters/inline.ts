// Inline ignore comments: a line containing one of these markers is never reported.

const MARKERS = ["leakhound:allow", "gitleaks:allow"];

export function hasInlineAllow(line: string): boolean {
  return MARKERS.some((m) => line.includes(m));
}
