// src/report/redact.ts
var ELLIPSIS = "\u2026";
function redact(secret) {
  const chars = [...secret];
  const keep = Math.min(4, Math.floor(chars.length / 4));
  return chars.slice(0, keep).join("") + ELLIPSIS;
}
function redactIn(text, secret) {
  return secret.length === 0 ? text : text.split(secret).join(redact(secret));
}
function redactLine(line, secret, startColumn) {
  if (line.includes(secret)) return redactIn(line, secret);
  return line.slice(0, startColumn - 1) + redact(secret);
}

export {
  redact,
  redactIn,
  redactLine
};
