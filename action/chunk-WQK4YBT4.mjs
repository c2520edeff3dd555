import {
  introducedFindings
} from "./chunk-7HPCVU6K.mjs";
import {
  changedRegion
} from "./chunk-OTR36JOE.mjs";

// src/scan/introduced.ts
function introducedBy(detector, whole, before) {
  if (!before) return detector.detect(whole);
  const region = changedRegion(before, whole.bytes);
  if (!region) return [];
  const slice = { ...whole, bytes: whole.bytes.subarray(region.start, region.end), firstLine: region.firstLine };
  return introducedFindings(detector.detect(slice), before);
}

export {
  introducedBy
};
