// Typed reads of fields from parsed TOML tables, with one-line errors that name where the field is.
import { LeakhoundError, type ErrorCode } from "../errors.js";

export type Table = Record<string, unknown>;

export class FieldReader {
  constructor(
    private readonly table: Table,
    /** e.g. `rules/github.toml: rule "github-pat"` */
    readonly where: string,
    private readonly code: ErrorCode = "BAD_RULE",
  ) {}

  fail(message: string): never {
    throw new LeakhoundError(this.code, `${this.where}: ${message}`);
  }

  has(key: string): boolean {
    return this.table[key] !== undefined;
  }

  string(key: string): string;
  string(key: string, fallback: string): string;
  string(key: string, fallback?: string): string {
    const value = this.table[key];
    if (value === undefined) {
      if (fallback !== undefined) return fallback;
      this.fail(`missing field "${key}"`);
    }
    if (typeof value !== "string") this.fail(`field "${key}" must be a string`);
    return value;
  }

  optionalNumber(key: string): number | undefined {
    const value = this.table[key];
    if (value === undefined) return undefined;
    if (typeof value === "bigint") return Number(value);
    if (typeof value !== "number" || Number.isNaN(value)) this.fail(`field "${key}" must be a number`);
    return value;
  }

  /** A number within a range (inclusive), or undefined when absent: out of range is an error naming the key. */
  numberInRange(key: string, range: { min: number; max: number; integer?: boolean }): number | undefined {
    const value = this.optionalNumber(key);
    if (value === undefined) return undefined;
    if (range.integer && !Number.isInteger(value)) this.fail(`field "${key}" must be a whole number, not ${value}`);
    if (value < range.min || value > range.max)
      this.fail(`field "${key}" must be between ${range.min} and ${range.max}, not ${value}`);
    return value;
  }

  boolean(key: string, fallback: boolean): boolean {
    const value = this.table[key];
    if (value === undefined) return fallback;
    if (typeof value !== "boolean") this.fail(`field "${key}" must be true or false`);
    return value;
  }

  strings(key: string): string[] {
    const value = this.table[key];
    if (value === undefined) return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
      this.fail(`field "${key}" must be a list of strings`);
    }
    return value as string[];
  }

  table_(key: string): Table | undefined {
    const value = this.table[key];
    if (value === undefined) return undefined;
    if (typeof value !== "object" || value === null || Array.isArray(value))
      this.fail(`field "${key}" must be a table`);
    return value as Table;
  }

  tables(key: string): Table[] {
    const value = this.table[key];
    if (value === undefined) return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== "object" || v === null || Array.isArray(v))) {
      this.fail(`"${key}" must be an array of tables ([[${key}]])`);
    }
    return value as Table[];
  }

  /** Rejects keys this reader does not know, so a typo in a config is an error, not a silent no-op. */
  onlyKeys(known: readonly string[]): void {
    for (const key of Object.keys(this.table)) {
      if (!known.includes(key)) this.fail(`unknown field "${key}"`);
    }
  }
}
