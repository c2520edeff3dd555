// src/sources/changes.ts
var BLOCK = 4096;
var NL = 10;
function changedRegion(before, after) {
  const limit = Math.min(before.length, after.length);
  const head = commonPrefix(before, after, limit);
  if (head === after.length) return void 0;
  const tail = commonSuffix(before, after, limit - head);
  if (after.length - tail <= head) return void 0;
  const start = head === 0 ? 0 : after.lastIndexOf(NL, head - 1) + 1;
  let end = after.indexOf(NL, Math.max(start, after.length - tail - 1));
  end = end === -1 ? after.length : end + 1;
  return { start, end, firstLine: countLines(after, start) };
}
function commonPrefix(a, b, limit) {
  let i = 0;
  while (i + BLOCK <= limit && a.compare(b, i, i + BLOCK, i, i + BLOCK) === 0) i += BLOCK;
  while (i < limit && a[i] === b[i]) i++;
  return i;
}
function commonSuffix(a, b, limit) {
  let n = 0;
  while (n + BLOCK <= limit && a.compare(b, b.length - n - BLOCK, b.length - n, a.length - n - BLOCK, a.length - n) === 0) n += BLOCK;
  while (n < limit && a[a.length - n - 1] === b[b.length - n - 1]) n++;
  return n;
}
function countLines(bytes, end) {
  let lines = 0;
  for (let i = bytes.indexOf(NL); i !== -1 && i < end; i = bytes.indexOf(NL, i + 1)) lines++;
  return lines;
}

export {
  changedRegion
};
