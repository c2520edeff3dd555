// Text piped in (`leakhound stdin`): one fragment, read whole up to the size limit; UTF-16 is
// decoded as in files, anything else is scanned as it is (stdin has no binary skip).
import type { Fragment } from "../model.js";
import { asText } from "./encoding.js";
import type { Source, SourceRun } from "./source.js";

export function stdinSource(input: AsyncIterable<Buffer | string>, label: string): Source {
  return {
    kind: "stdin",
    unit: "file",
    async *fragments(run: SourceRun): AsyncGenerator<Fragment> {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of input) {
        const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
        chunks.push(bytes);
        size += bytes.length;
        // like a file over the limit: skipped and said so, and read no further (the loop's end closes stdin)
        if (size > run.maxFileSize) {
          run.stats.skippedLarge++;
          return;
        }
      }
      const raw = Buffer.concat(chunks);
      const text = asText(raw);
      if (text.kind === "undecodable") run.stats.errors.push({ path: label, reason: text.reason });
      yield { path: label, bytes: text.kind === "text" ? text.bytes : raw };
    },
  };
}
