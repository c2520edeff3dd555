// src/scan/dedupe.ts
var HistoryDeduper = class {
  seen = /* @__PURE__ */ new Set();
  isNew(finding) {
    const key = `${finding.fingerprint}\0${finding.path}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
};

export {
  HistoryDeduper
};
