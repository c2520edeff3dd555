// A one-line progress display on stderr for long scans: only on a terminal, never in pipes or CI logs.
import { formatBytes } from "../report/summary.js";

const INTERVAL_MS = 250;

export class Progress {
  private readonly enabled = process.stderr.isTTY === true && !process.env.CI && process.env.TERM !== "dumb";
  private last = 0;
  private shown = false;

  constructor(private readonly started: number) {}

  readonly update = (progress: { bytes: number; commits: number }): void => {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < INTERVAL_MS) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? progress.bytes / seconds : 0;
    process.stderr.write(
      `\r\x1b[Kscanning history: ${progress.commits} commits listed, ${formatBytes(progress.bytes)} of file versions scanned, ${formatBytes(rate)}/s`,
    );
    this.shown = true;
  };

  done(): void {
    if (this.shown) process.stderr.write("\r\x1b[K");
    this.shown = false;
  }
}
