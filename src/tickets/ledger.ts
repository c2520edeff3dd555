// The ticket lifecycle, one record per secret (by fingerprint): when it was found, confirmed live,
// its ticket opened, revoked (by leakhound, or by its owner: seen when verification turns `invalid`
// without a revocation), escalated and closed. Kept in the ticket state file (`[tickets] stateFile`),
// which for webhook and command tickets is also how a ticket is known to exist. Never the secret.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { LeakhoundError, reasonOf } from "../errors.js";
import { writeWholeFile } from "../io/write-file.js";

export interface LifecycleRecord {
  fingerprint: string;
  /** the ticket provider that holds it: github, webhook or command */
  provider?: string;
  /** github: the issue number */
  issue?: number;
  repository?: string;
  rule?: string;
  file?: string;
  /** the date of the commit that introduced the secret */
  foundAt?: string;
  /** the first time verification said live */
  verifiedLiveAt?: string;
  lastVerifiedAt?: string;
  lastStatus?: string;
  openedAt?: string;
  revokedAt?: string;
  revokedBy?: "leakhound" | "owner";
  escalatedAt?: string;
  closedAt?: string;
  closeReason?: string;
}

interface StateFile {
  /** fingerprints a webhook or command ticket was sent for (the format before lifecycle records) */
  sent?: string[];
  tickets?: Record<string, LifecycleRecord>;
}

export const DEFAULT_STATE_FILE = join(homedir(), ".cache", "leakhound", "tickets-sent.json");

export class Ledger {
  private readonly records: Map<string, LifecycleRecord>;
  private readonly sent: Set<string>;

  constructor(readonly file: string) {
    let state: StateFile = {};
    if (existsSync(file)) {
      try {
        state = JSON.parse(readFileSync(file, "utf8")) as StateFile;
      } catch (err) {
        throw new LeakhoundError(
          "BAD_CONFIG",
          `ticket state ${file} cannot be read: ${reasonOf(err)} (move it aside to start afresh)`,
        );
      }
    }
    this.sent = new Set(state.sent ?? []);
    this.records = new Map(Object.entries(state.tickets ?? {}));
    // a ticket sent before lifecycle records existed: open, its dates unknown
    for (const fp of this.sent) if (!this.records.has(fp)) this.records.set(fp, { fingerprint: fp });
  }

  /** A webhook or command ticket was sent for this secret. */
  has(fingerprint: string): boolean {
    return this.sent.has(fingerprint);
  }

  get(fingerprint: string): LifecycleRecord | undefined {
    return this.records.get(fingerprint);
  }

  /** Open tickets (opened, not closed) of `provider`. */
  open(provider: string): LifecycleRecord[] {
    return [...this.records.values()].filter(
      (r) =>
        !r.closedAt &&
        (r.provider === provider ||
          (r.provider === undefined && this.sent.has(r.fingerprint) && provider !== "github")),
    );
  }

  /** Merges `changes` into the secret's record and writes the file. */
  update(fingerprint: string, changes: Partial<LifecycleRecord>, sent = false): LifecycleRecord {
    const record = { ...(this.records.get(fingerprint) ?? { fingerprint }), ...changes };
    this.records.set(fingerprint, record);
    if (sent) this.sent.add(fingerprint);
    this.save();
    return record;
  }

  private save(): void {
    try {
      mkdirSync(dirname(this.file), { recursive: true });
    } catch (err) {
      throw new LeakhoundError("OUTPUT_FAILED", `cannot write ticket state ${this.file}: ${reasonOf(err)}`, {
        cause: err,
      });
    }
    const tickets = Object.fromEntries([...this.records.entries()].sort(([a], [b]) => a.localeCompare(b)));
    writeWholeFile(
      this.file,
      JSON.stringify({ sent: [...this.sent].sort(), tickets }, null, 1) + "\n",
      "ticket state ",
    );
  }
}
