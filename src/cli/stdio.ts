// Writes the CLI's output to stdout and stderr with plain synchronous writes. Touching
// process.stdout or process.stderr loads tty, net and the stream machinery (about 2 ms), which
// a clean pre-commit run would spend on its one line of output.
// A failed write to stdout (EPIPE, ENOSPC) is remembered, not thrown mid-scan: the report's end
// asks stdoutFailure() and makes it exit 2, since the report did not get where it was sent.
import { writeSync } from "node:fs";

/** fds that went over to Node's stream after a write would have blocked; they stay with it, in order. */
const streamed = new Set<number>();
const failures = new Map<number, Error>();

/** The stream for fd, with its errors kept (an unhandled 'error' event would crash with a stack). */
function stream(fd: 1 | 2): NodeJS.WriteStream {
  const s = fd === 1 ? process.stdout : process.stderr;
  if (s.listenerCount("error") === 0) s.on("error", (err) => failures.has(fd) || failures.set(fd, err));
  return s;
}

function write(fd: 1 | 2, text: string): void {
  // after one failure nothing more is written: a report with a hole in it is worse than none
  if (failures.has(fd)) return;
  // Windows writes to pipes and terminals asynchronously: the stream alone keeps them in order
  if (process.platform === "win32" || streamed.has(fd)) {
    stream(fd).write(text);
    return;
  }
  let rest = Buffer.from(text, "utf8");
  while (rest.length > 0) {
    try {
      rest = rest.subarray(writeSync(fd, rest));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== "EAGAIN") {
        failures.set(fd, err as Error);
        return;
      }
      // a non-blocking pipe is full: Node's stream waits for it without spinning
      streamed.add(fd);
      stream(fd).write(rest);
      return;
    }
  }
}

/** The first failed write to stdout, if any (stream writes included, once they have been tried). */
export function stdoutFailure(): Error | undefined {
  return failures.get(1);
}

export function writeStdout(text: string): void {
  write(1, text);
}

export function writeStderr(text: string): void {
  write(2, text);
}

/** Whether stdout is a terminal, asked only when it matters (it loads the tty module). */
export function stdoutIsTerminal(): boolean {
  return process.stdout.isTTY === true;
}

/** Resolves once what went through Node's stdout stream has been written (or has failed). */
export function stdoutFlushed(): Promise<void> {
  if (!streamed.has(1) || failures.has(1)) return Promise.resolve();
  return new Promise((resolve) => {
    stream(1).write("", (err) => {
      if (err && !failures.has(1)) failures.set(1, err);
      resolve();
    });
  });
}
