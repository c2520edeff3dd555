// src/errors.ts
var LeakhoundError = class extends Error {
  code;
  constructor(code, message, options) {
    super(message, options);
    this.name = "LeakhoundError";
    this.code = code;
  }
};
function reasonOf(err) {
  if (err instanceof Error) {
    const code = err.code;
    if (code === "ENOENT") return "no such file or directory";
    if (code === "EACCES" || code === "EPERM") return "permission denied";
    if (code === "EISDIR") return "is a directory";
    return err.message.split("\n")[0] ?? String(err);
  }
  return String(err);
}

export {
  LeakhoundError,
  reasonOf
};
