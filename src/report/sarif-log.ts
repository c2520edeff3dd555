// The part of SARIF 2.1.0 that leakhound writes and reads, as its own types: the published
// declarations must not depend on `@types/sarif`, which is only a development dependency.

export type SarifLevel = "none" | "note" | "warning" | "error";

export interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifReportingDescriptorReference {
  id: string;
  index?: number;
  guid?: string;
  toolComponent?: { name?: string; index?: number; guid?: string };
}

export interface SarifReportingDescriptor {
  id: string;
  name?: string;
  guid?: string;
  shortDescription?: SarifMessage;
  fullDescription?: SarifMessage;
  help?: SarifMessage;
  helpUri?: string;
  defaultConfiguration?: { level?: SarifLevel; enabled?: boolean };
  relationships?: { target: SarifReportingDescriptorReference; kinds?: string[] }[];
  properties?: Record<string, unknown> & { tags?: string[] };
}

export interface SarifToolComponent {
  name: string;
  version?: string;
  semanticVersion?: string;
  informationUri?: string;
  organization?: string;
  guid?: string;
  shortDescription?: SarifMessage;
  rules?: SarifReportingDescriptor[];
  taxa?: SarifReportingDescriptor[];
  supportedTaxonomies?: { name?: string; index?: number; guid?: string }[];
}

export interface SarifRegion {
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
  snippet?: { text?: string };
}

export interface SarifLocation {
  physicalLocation?: {
    artifactLocation?: { uri?: string; uriBaseId?: string };
    region?: SarifRegion;
  };
}

export interface SarifResult {
  ruleId?: string;
  ruleIndex?: number;
  level?: SarifLevel;
  message: SarifMessage;
  locations?: SarifLocation[];
  partialFingerprints?: Record<string, string>;
  baselineState?: "new" | "unchanged" | "updated" | "absent";
  properties?: Record<string, unknown>;
}

export interface SarifNotification {
  level?: SarifLevel;
  message: SarifMessage;
  descriptor?: SarifReportingDescriptorReference;
  properties?: Record<string, unknown>;
}

export interface SarifInvocation {
  executionSuccessful: boolean;
  toolExecutionNotifications?: SarifNotification[];
  properties?: Record<string, unknown>;
}

export interface SarifRun {
  tool: { driver: SarifToolComponent };
  invocations?: SarifInvocation[];
  taxonomies?: SarifToolComponent[];
  automationDetails?: { id?: string; guid?: string };
  columnKind?: "utf16CodeUnits" | "unicodeCodePoints";
  results?: SarifResult[];
  properties?: Record<string, unknown>;
}

export interface SarifLog {
  $schema?: string;
  version: "2.1.0";
  runs: SarifRun[];
}
