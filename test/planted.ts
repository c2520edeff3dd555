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
  {
    ruleId: "github-fine-grained-pat",
    file: "deploy.sh",
    line: 'export GH_TOKEN="«github_pat_{{rand:base62:22}}_{{rand:base62:59}}»"',
  },
  { ruleId: "github-oauth-token", file: "config/oauth.json", line: '  "access_token": "«{{crc32:gho_}}»",' },
  {
    ruleId: "github-app-installation-token",
    file: "ci/clone.sh",
    line: "git clone https://x-access-token:«{{crc32:ghs_}}»@github.com/acme/app",
  },
  {
    ruleId: "aws-access-key-id",
    file: "terraform/provider.tf",
    line: '  access_key = "«{{lit:AKIA}}{{rand:base32:16}}»"',
  },
  { ruleId: "aws-secret-access-key", file: ".aws/credentials", line: "aws_secret_access_key = «{{rand:base64:40}}»" },
  {
    ruleId: "slack-bot-token",
    file: "bot/index.js",
    line: "const slack = new WebClient('«{{lit:xoxb-}}{{rand:digits:12}}-{{rand:digits:13}}-{{rand:base62:24}}»');",
  },
  {
    ruleId: "slack-webhook-url",
    file: "alerts.yaml",
    line: "webhook: «https://hooks.slack.com/services/T{{rand:uppernum:10}}/B{{rand:uppernum:10}}/{{rand:base62:24}}»",
  },
  {
    ruleId: "stripe-live-secret-key",
    file: "payments/stripe.rb",
    line: "Stripe.api_key = '«{{lit:sk_live_}}{{rand:base62:99}}»'",
  },
  {
    ruleId: "stripe-webhook-secret",
    file: "payments/.env.production",
    line: "STRIPE_WEBHOOK_SECRET=«{{lit:whsec_}}{{rand:base62:32}}»",
  },
  { ruleId: "gitlab-pat", file: ".gitlab-ci.yml", line: "  GITLAB_TOKEN: «{{lit:glpat-}}{{rand:base62:20}}»" },
  { ruleId: "npm-access-token", file: ".npmrc", line: "//registry.npmjs.org/:_authToken=«{{crc32:npm_}}»" },
  { ruleId: "pypi-token", file: ".pypirc", line: "password = «{{lit:pypi-AgEIcHlwaS5vcmc}}{{rand:base64url:80}}»" },
  {
    ruleId: "openai-api-key",
    file: "ml/chat.py",
    line: 'client = OpenAI(api_key="«sk-proj-{{rand:base64url:40}}{{lit:T3BlbkFJ}}{{rand:base64url:40}}»")',
  },
  {
    ruleId: "anthropic-api-key",
    file: "ml/.env",
    line: "ANTHROPIC_API_KEY=«{{lit:sk-ant-api03-}}{{rand:base64url:93}}AA»",
  },
  {
    ruleId: "google-api-key",
    file: "web/maps.html",
    line: '<script src="https://maps.googleapis.com/maps/api/js?key=«{{lit:AIza}}{{rand:base62:35}}»"></script>',
  },
  { ruleId: "huggingface-token", file: "ml/train.sh", line: "export HF_TOKEN=«{{lit:hf_}}{{rand:base62:34}}»" },
  {
    ruleId: "sendgrid-api-key",
    file: "mail/send.js",
    line: "sgMail.setApiKey('«{{lit:SG.}}{{rand:base62:22}}.{{rand:base62:43}}»');",
  },
  { ruleId: "twilio-auth-token", file: "sms/config.yml", line: "twilio_auth_token: «{{rand:hex:32}}»" },
  {
    ruleId: "discord-webhook-url",
    file: "ops/notify.py",
    line: 'HOOK = "«https://discord.com/api/webhooks/{{rand:digits:19}}/{{rand:base64url:68}}»"',
  },
  {
    ruleId: "telegram-bot-token",
    file: "bot/telegram.env",
    line: "BOT_TOKEN=«{{rand:digits:10}}:AA{{rand:base62:33}}»",
  },
  { ruleId: "digitalocean-pat", file: "infra/do.tf", line: 'token = "«{{lit:dop_v1_}}{{rand:hex:64}}»"' },
  {
    ruleId: "azure-storage-account-key",
    file: "api/appsettings.json",
    line: '  "Storage": "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=«{{rand:base64:86}}==»;EndpointSuffix=core.windows.net",',
  },
  { ruleId: "datadog-api-key", file: "ops/datadog.yaml", line: "dd_api_key: «{{rand:hex:32}}»" },
  { ruleId: "sentry-user-token", file: "ops/sentry.properties", line: "auth.token=«{{lit:sntryu_}}{{rand:hex:64}}»" },
  { ruleId: "shopify-access-token", file: "shop/.env", line: "SHOPIFY_ACCESS_TOKEN=«{{lit:shpat_}}{{rand:hex:32}}»" },
  {
    ruleId: "square-access-token",
    file: "shop/square.rb",
    line: "client = Square::Client.new(access_token: '«{{lit:EAAA}}{{rand:base62:60}}»')",
  },
  {
    ruleId: "database-url-password",
    file: "docker-compose.yml",
    line: "      DATABASE_URL: postgres://app:«{{rand:base62:20}}»@db:5432/app",
  },
  {
    ruleId: "jdbc-password",
    file: "src/main/resources/application.properties",
    line: "spring.datasource.url=jdbc:mysql://db:3306/app?user=app&password=«{{rand:base62:18}}»",
  },
  { ruleId: "jwt", file: "tests/fixtures/session.txt", line: "Authorization: Bearer «{{jwt}}»" },
  { ruleId: "vault-service-token", file: "ci/vault.sh", line: "export VAULT_TOKEN=«{{lit:hvs.}}{{rand:base62:95}}»" },
  {
    ruleId: "docker-hub-token",
    file: "ci/docker.sh",
    line: "echo «{{lit:dckr_pat_}}{{rand:base62:27}}» | docker login -u acme --password-stdin",
  },
  { ruleId: "atlassian-api-token", file: "jira/client.py", line: 'JIRA_TOKEN = "«{{lit:ATATT3}}{{rand:base62:180}}»"' },
  { ruleId: "generic-secret-assignment", file: "app/settings.py", line: 'DATABASE_PASSWORD = "«{{rand:base62:20}}»"' },
  { ruleId: "generic-secret-assignment", file: "src/client.go", line: 'apiKey := "«{{rand:base62:32}}»"' },
];

/** Placeholders and references that must never be reported. */
export const PLACEHOLDERS: string[] = [
  "GITHUB_TOKEN=${GITHUB_TOKEN}",
  'password = "changeme"',
  "api_key: your_api_key_here",
  "token: <token>",
  "AWS_SECRET_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
  "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  "secret: {{ .Values.secret }}",
  'password: "%(db_password)s"',
  "const apiKey = process.env.API_KEY;",
  'token = os.environ["TOKEN"]',
  "DB_PASSWORD=$DB_PASSWORD",
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
  return {
    ruleId: p.ruleId,
    file: p.file,
    text: expanded.replace("«", "").replace("»", ""),
    secret,
    column: start + 1,
  };
}
