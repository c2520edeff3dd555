// GitHub Actions step outputs; the annotations and the job summary are report formats (report/github.ts).
// https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions
import { appendChecked } from "../io/write-file.js";

export { annotation, cell, codeSpan, escapeData, inlineAllowAnnotation, summaryMarkdown } from "../report/github.js";

export function setOutputs(file: string | undefined, outputs: Record<string, string | number>): void {
  if (!file) return;
  appendChecked(
    file,
    Object.entries(outputs)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(""),
    "step outputs ",
  );
}
