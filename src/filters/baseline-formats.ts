// The files `leakhound baseline import` reads, by name: kept apart so the CLI lists them without loading the importer.
export const IMPORT_FORMATS = ["gitleaks", "gitleaksignore", "detect-secrets", "trufflehog"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
