// One `repos` run at a time per state: an exclusive lock file holding the pid of its holder, next
// to the state. A lock whose pid is gone (a run killed with kill -9) is taken over.
import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { LeakhoundError, reasonOf } from "../errors.js";

export interface StateLock {
  release(): void;
}

/** The pid a lock file names, or undefined while it is being written or if it holds anything else. */
function holderOf(file: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  // strictly a positive number: process.kill(0 or -n) would signal a whole process group
  return /^[1-9][0-9]{0,9}\n$/.test(text) ? Number(text) : undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Creates the lock with its pid in one step: the pid is written to a file of this process's own,
 * which is then linked to the lock's name (a link fails if the name exists). A lock created empty
 * and written after would name no pid for ever if the run were killed in between.
 */
function tryCreate(file: string): boolean {
  const own = `${file}.${process.pid}.new`;
  if (!writePid(own, "w")) return false;
  try {
    linkSync(own, file);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    // a file system without hard links: created empty, then written (the old way)
    if (code === "EPERM" || code === "ENOTSUP" || code === "EOPNOTSUPP") return writePid(file, "wx");
    throw cannotCreate(file, err);
  } finally {
    unlinkSync(own);
  }
}

/** Writes this process's pid to `path` (created with `flag`); false if "wx" finds it there already. */
function writePid(path: string, flag: "w" | "wx"): boolean {
  let fd: number;
  try {
    fd = openSync(path, flag, 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw cannotCreate(path, err);
  }
  try {
    writeSync(fd, `${process.pid}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

const cannotCreate = (file: string, err: unknown) =>
  new LeakhoundError("UNREADABLE", `cannot create the lock file ${file}: ${reasonOf(err)}`);

/**
 * Moves a stale lock (its pid gone) out of the way. The lock is first renamed to a name only this
 * process uses, so of two runs taking over at once only one gets the stale file; if what it got is
 * a live lock after all (the other run took over first), it is put back.
 */
function takeOver(file: string, stalePid: number): void {
  const aside = `${file}.${process.pid}.stale`;
  try {
    renameSync(file, aside);
  } catch {
    return; // already gone: someone else took it over
  }
  if (holderOf(aside) === stalePid) {
    unlinkSync(aside);
    return;
  }
  try {
    linkSync(aside, file);
  } catch {
    // a third run made a new lock meanwhile; it holds the state now
  }
  unlinkSync(aside);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes the lock of `stateFile`, waiting up to `waitSeconds` for a live holder to finish; then exits
 * the run with a line naming the state and the holder's pid.
 */
export async function lockState(stateFile: string, waitSeconds: number): Promise<StateLock> {
  const file = `${stateFile}.lock`;
  const deadline = Date.now() + waitSeconds * 1000;
  for (;;) {
    if (tryCreate(file)) {
      return {
        release: () => {
          if (holderOf(file) === process.pid) unlinkSync(file);
        },
      };
    }
    const pid = holderOf(file);
    if (pid !== undefined && !alive(pid)) {
      takeOver(file, pid);
      continue;
    }
    if (Date.now() >= deadline) {
      const who =
        pid === undefined
          ? `another process (the lock file ${file} names no pid: remove it if no run is going on)`
          : `process ${pid}`;
      throw new LeakhoundError(
        "STATE_BUSY",
        `the state ${stateFile} is in use by ${who}: one run at a time per state (wait for it, use --lock-wait SECONDS, or give this run its own --state)`,
      );
    }
    await sleep(Math.min(200, Math.max(0, deadline - Date.now())));
  }
}
