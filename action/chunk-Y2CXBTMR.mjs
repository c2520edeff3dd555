// src/filters/glob.ts
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
function globMatcher(patterns) {
  if (!patterns?.length) return void 0;
  const anchored = patterns.map((p) => p.includes("/") ? p.replace(/^\.?\//, "") : `**/${p}`);
  const picomatch = require2("picomatch");
  return picomatch(anchored, { dot: true });
}

export {
  globMatcher
};
