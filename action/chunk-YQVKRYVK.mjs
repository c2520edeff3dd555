// src/tickets/settings.ts
var TICKET_PROVIDERS = ["github", "webhook", "command"];
var DEFAULT_TICKETS = { labels: ["leakhound", "secret-leak"], assignees: "codeowners", secretEnv: "LEAKHOUND_WEBHOOK_SECRET" };

export {
  TICKET_PROVIDERS,
  DEFAULT_TICKETS
};
