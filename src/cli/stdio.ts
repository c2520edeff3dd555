// Writes the CLI's output to stdout and stderr with plain synchronous writes. Touching
// process.stdout or process.stderr loads tty, net and the stream machinery (about 2 ms), which
// a clean pre-commit run would spend on its one line of output.
import { writeSync } from "node:fs";

/** fds that went over to Node's stream after a write would have blocked; they stay with it, in order. */
const streamed = new Set<number>();

function write(fd: 1 | 2, text: string): void {
  const stream = fd === 1 ? () => process.stdout : () => process.stderr;
  // Windows writes to pipes and terminals asynchronously: the stream alone keeps them in order
  if (process.platform === "win32" || streamed.has(fd)) {
    stream().write(text);
    return;
  }
  let rest = Buffer.from(text, "utf8");
  while (rest.length > 0) {
    try {
      rest = rest.subarray(writeSync(fd, rest));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EPIPE") return; // the reader has gone (`leakhound ... | head`): nothing to write to
      if (code !== "EAGAIN") throw err;
      // a non-blocking pipe is full: Node's stream waits for it without spinning
      streamed.add(fd);
      stream().write(rest);
      return;
    }
  }
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
