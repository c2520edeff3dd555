// src/config/urls.ts
var LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
function checkOperatorUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return `not a URL: ${JSON.stringify(url.slice(0, 100))}`;
  }
  if (parsed.protocol === "https:") return void 0;
  if (parsed.protocol === "http:") return LOOPBACK.test(parsed.hostname) ? void 0 : `plain http is allowed only to a loopback address (use https): ${parsed.host}`;
  return `must be an https URL, not ${parsed.protocol}`;
}

export {
  checkOperatorUrl
};
