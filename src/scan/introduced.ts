// What a change introduced, for both git paths (the git CLI and isomorphic-git): the findings in a
// new file version that the version it replaces at the same path did not hold already.
import type { Detector } from "../engine/detector.js";
import { introducedFindings } from "../filters/inherited.js";
import type { Finding, Fragment } from "../model.js";
import { changedRegion } from "../sources/changes.js";

/**
 * `whole` is the new version of a file (whole, with its path and commit); `before` the version it
 * replaces at that path in the parent, if any. Without one, everything in the file is new. With one,
 * the lines between what the two share at the start and at the end are scanned (one contiguous
 * region, so a multi-line secret is seen whole), and a secret the old version held anywhere is not
 * new (a line edited beside it, moved, or re-indented).
 */
export function introducedBy(detector: Detector, whole: Fragment, before: Buffer | undefined): Finding[] {
  if (!before) return detector.detect(whole);
  const region = changedRegion(before, whole.bytes);
  if (!region) return [];
  const slice: Fragment = { ...whole, bytes: whole.bytes.subarray(region.start, region.end), firstLine: region.firstLine };
  return introducedFindings(detector.detect(slice), before);
}
