// Validates a SARIF log against the official OASIS schema (test/sarif-schema-2.1.0.json, a copy of
// ../shared/sarif/sarif-schema-2.1.0.json) and returns the schema errors (none when valid).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AjvModule from "ajv-draft-04";
import formatsModule from "ajv-formats";

// both are CommonJS packages whose module.exports is also their `default`: TypeScript (NodeNext)
// types the default import as the module object, the test runner hands over the export itself
type AjvClass = typeof AjvModule.default;
const Ajv: AjvClass = (AjvModule as unknown as { default?: AjvClass }).default ?? (AjvModule as unknown as AjvClass);
type AddFormats = typeof formatsModule.default;
const addFormats: AddFormats =
  (formatsModule as unknown as { default?: AddFormats }).default ?? (formatsModule as unknown as AddFormats);

const schema = JSON.parse(readFileSync(join(import.meta.dirname, "sarif-schema-2.1.0.json"), "utf8")) as object;

export function sarifSchemaErrors(log: unknown): unknown[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.validate(schema, log);
  return ajv.errors ?? [];
}
