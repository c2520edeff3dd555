// Planted secrets of many kinds, each in the kind of file it is usually leaked in.
// «…» marks the secret: the test strips the marks and expects a finding exactly there.
import { fake } from "./helpers.js";

export interface Planted {
  ruleId: string;
  file: string;
  /** line text with the secret between « and » */
  line: string;
}

export const PLANTED: Planted[] = [
  { ruleId: "github-pat", file: ".env", line: "GITHUB_TOKEN=«{{crc32:ghp_}}»" },
  { ruleId: "github-fine-grained-pat", file: "deploy.sh", line: 'export GH_TOKEN="«github_pat_{{rand:base62:22}}_{{rand:base62:59}}»"' },
  { ruleId: "github-oauth-token", file: "config/oauth.json", line: '  "access_token": "«{{crc32:gho_}}»",' },
  { ruleId: "github-app-installation-token", file: "ci/clone.sh", line: "git clone https://x-access-token:«{{crc32:ghs_}}»@github.com/acme/app" },
  { ruleId: "aws-access-key-id", file: "terraform/provider.tf", line: '  access_key = "«{{lit:AKIA}}{{rand:base32:16}}»"' },
  { ruleId: "aws-secret-access-key", file: ".aws/credentials", line: "aws_secret_access_key = «{{rand:base64:40}}»" },
  { ruleId: "slack-bot-token", file: "bot/index.js", line: "const slack = new WebClient('«{{lit:xoxb-}}{{rand:digits:12}}-{{rand:digits:13}}-{{rand:base62:24}}»');" },
  { ruleId: "slack-webhook-url", file: "alerts.yaml", line: "webhook: «https://hooks.slack.com/services/T{{rand:uppernum:10}}/B{{rand:uppernum:10}}/{{rand:base62:24}}»" },
  { ruleId: "stripe-live-secret-key", file: "payments/stripe.rb", line: "Stripe.api_key = '«{{lit:sk_live_}}{{rand:base62:99}}»'" },
  { ruleId: "stripe-webhook-secret", file: "payments/.env.production", line: "STRIPE_WEBHOOK_SECRET=«{{lit:whsec_}}{{rand:base62:32}}»" },
  { ruleId: "generic-secret-assignment", file: "app/settings.py", line: 'DATABASE_PASSWORD = "«{{rand:base62:20}}»"' },
  { ruleId: "generic-secret-assignment", file: "src/client.go", line: 'apiKey := "«{{rand:base62:32}}»"' },
];

/** Placeholders and references that must never be reported. */
export const PLACEHOLDERS: string[] = [
  'GITHUB_TOKEN=${GITHUB_TOKEN}',
  'password = "changeme"',
  'api_key: your_api_key_here',
  'token: <token>',
  'AWS_SECRET_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'secret: {{ .Values.secret }}',
  'password: "%(db_password)s"',
  'const apiKey = process.env.API_KEY;',
  'token = os.environ["TOKEN"]',
  'DB_PASSWORD=$DB_PASSWORD',
  "client_secret: '********'",
];

export interface Expanded {
  ruleId: string;
  file: string;
  text: string;
  secret: string;
  /** 1-based column of the secret */
  column: number;
}

export function expandPlanted(p: Planted): Expanded {
  const expanded = fake(p.line);
  const start = expanded.indexOf("«");
  const end = expanded.indexOf("»");
  const secret = expanded.slice(start + 1, end);
  return { ruleId: p.ruleId, file: p.file, text: expanded.replace("«", "").replace("»", ""), secret, column: start + 1 };
}
