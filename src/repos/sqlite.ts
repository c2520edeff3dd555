// SQLite for the bulk-scan state: Node's own `node:sqlite` where this Node has it (22.5 and later),
// else the better-sqlite3 addon (an optional dependency, needed on Node 20 only). Both behind the
// few calls state.ts makes. LEAKHOUND_SQLITE=better-sqlite3 picks the addon (the benchmark
// compares the two: bench/repos.mjs).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export interface Statement {
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): { changes: number | bigint };
}

export interface Database {
  exec(sql: string): void;
  prepare(sql: string): Statement;
  /** runs `work` in one transaction: all of it is written, or (it threw) none of it */
  transaction<T>(work: () => T): T;
  close(): void;
}

export type Driver = "node:sqlite" | "better-sqlite3";

interface NodeSqlite {
  DatabaseSync: new (
    file: string,
    options?: { readOnly?: boolean },
  ) => {
    exec(sql: string): void;
    prepare(sql: string): Statement;
    close(): void;
  };
}

function nodeSqlite(): NodeSqlite | undefined {
  if (process.env.LEAKHOUND_SQLITE === "better-sqlite3") return undefined;
  try {
    return require("node:sqlite") as NodeSqlite;
  } catch {
    return undefined; // Node before 22.5
  }
}

/** Which driver open() uses on this Node. */
export function sqliteDriver(): Driver {
  return nodeSqlite() ? "node:sqlite" : "better-sqlite3";
}

/** Opens an existing database file (or makes one when `readonly` is false and there is none). */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): Database {
  const native = nodeSqlite();
  if (native) {
    const db = new native.DatabaseSync(file, { readOnly: options.readonly === true });
    return {
      exec: (sql) => db.exec(sql),
      prepare: (sql) => db.prepare(sql),
      transaction: (work) => {
        db.exec("BEGIN IMMEDIATE");
        try {
          const result = work();
          db.exec("COMMIT");
          return result;
        } catch (err) {
          db.exec("ROLLBACK");
          throw err;
        }
      },
      close: () => db.close(),
    };
  }
  let Addon: typeof import("better-sqlite3");
  try {
    Addon = require("better-sqlite3") as typeof import("better-sqlite3");
  } catch (err) {
    throw Object.assign(
      new Error(
        `this Node (${process.version}) has no node:sqlite and the better-sqlite3 addon did not load (${(err as Error).message.split("\n")[0]}): use Node 22.5 or later, or install better-sqlite3`,
      ),
      { code: "NO_SQLITE" },
    );
  }
  const db = new Addon(file, { readonly: options.readonly === true });
  return {
    exec: (sql) => void db.exec(sql),
    prepare: (sql) => db.prepare(sql) as unknown as Statement,
    transaction: (work) => db.transaction(work)(),
    close: () => void db.close(),
  };
}

/**
 * The SQLite result code behind a failure, as a name ("SQLITE_NOTADB"), from either driver:
 * better-sqlite3 puts it in `code`, node:sqlite its number in `errcode`.
 */
export function sqliteCode(err: unknown): string {
  const e = err as { code?: unknown; errcode?: unknown };
  if (typeof e.code === "string" && e.code.startsWith("SQLITE_")) return e.code;
  const primary = typeof e.errcode === "number" ? e.errcode & 0xff : undefined;
  return primary === 26
    ? "SQLITE_NOTADB"
    : primary === 11
      ? "SQLITE_CORRUPT"
      : primary === undefined
        ? ""
        : `SQLITE_${primary}`;
}
