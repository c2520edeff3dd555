// src/errors.ts
var LeakhoundError = class extends Error {
  code;
  constructor(code, message, options) {
    super(message, options);
    this.name = "LeakhoundError";
    this.code = code;
  }
};
var ERRNO_REASONS = {
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
  EFBIG: "file too large",
  EROFS: "read-only file system",
  ENOTDIR: "a parent of the path is not a directory",
  EPIPE: "the reader closed the pipe",
  EIO: "input/output error"
};
function reasonOf(err) {
  if (err instanceof Error) {
    const code = err.code;
    if (code === "ENOENT") return "no such file or directory";
    if (code === "EACCES" || code === "EPERM") return "permission denied";
    if (code === "EISDIR") return "is a directory";
    const described = code ? ERRNO_REASONS[code] : void 0;
    if (described) return `${described} (${code})`;
    return err.message.split("\n")[0] ?? String(err);
  }
  return String(err);
}

export {
  LeakhoundError,
  reasonOf
};
