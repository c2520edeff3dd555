// Which URLs an operator may point verification and tickets at: https anywhere, plain http only to
// this machine (a test server, a local proxy), because a secret or a token must not cross a network
// in clear text.

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** Why `url` is refused, or undefined when it is acceptable. */
export function checkOperatorUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `not a URL: ${JSON.stringify(url.slice(0, 100))}`;
  }
  if (parsed.protocol === "https:") return undefined;
  if (parsed.protocol === "http:")
    return LOOPBACK.test(parsed.hostname)
      ? undefined
      : `plain http is allowed only to a loopback address (use https): ${parsed.host}`;
  return `must be an https URL, not ${parsed.protocol}`;
}
