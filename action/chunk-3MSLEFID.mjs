// src/filters/inherited.ts
function introducedFindings(findings, before) {
  if (!before || findings.length === 0) return findings;
  return findings.filter((f) => !(before.includes(f.secret) || f.match !== "" && before.includes(f.match)));
}

export {
  introducedFindings
};
