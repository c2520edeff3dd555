// Path globs (picomatch), with .gitignore-like anchoring, for include/exclude and path allowlists.
import { createRequire } from "node:module";

// loaded on first use: most scans have no globs at all
const require = createRequire(import.meta.url);

/** Matches paths below a root; as in .gitignore, a pattern without `/` matches a name at any depth. */
export function globMatcher(patterns: string[] | undefined): ((path: string) => boolean) | undefined {
  if (!patterns?.length) return undefined;
  const anchored = patterns.map((p) => (p.includes("/") ? p.replace(/^\.?\//, "") : `**/${p}`));
  const picomatch = require("picomatch") as typeof import("picomatch");
  return picomatch(anchored, { dot: true });
}
