// Credentials that are not provider tokens (rules/http-auth.toml), scanned as real files: each is
// found where it is written, reported once (a provider's or a file format's rule wins over the
// generic one), and stand-ins are not reported.
import { describe, expect, it } from "vitest";
import { fake, runCli, tempDir, writeTree } from "./helpers.js";

interface Reported {
  ruleId: string;
  file: string;
  secret: string;
  startLine: number;
}

function scan(dir: string): string[] {
  const result = runCli(["dir", dir, "-f", "json", "--no-redact"]);
  expect(result.code, result.stderr).toBeLessThan(2);
  return (JSON.parse(result.stdout) as Reported[])
    .map((f) => `${f.file.slice(dir.length + 1)}:${f.startLine} ${f.ruleId} ${f.secret}`)
    .sort();
}

describe("credentials that are not provider tokens", () => {
  it("finds headers, command lines and URLs, and leaves a provider's token to the provider's rule", () => {
    const dir = tempDir();
    const bearer = fake("{{rand:base62:40}}{{rand:digits:2}}");
    const ghp = fake("{{crc32:ghp_}}");
    const password = fake("{{rand:base62:16}}{{rand:digits:2}}");
    const urlPassword = fake("{{rand:base62:18}}{{rand:digits:2}}");
    writeTree(dir, {
      "deploy.sh": [
        `curl -H "Authorization: Bearer ${bearer}" https://api.example.com/deploy`,
        `curl -H "Authorization: Bearer ${ghp}" https://api.github.com/user`,
        `curl -u deploy:${password} https://repo.example.com/upload`,
        'curl -H "Authorization: Bearer $API_TOKEN" https://api.example.com/',
        "",
      ].join("\n"),
      "requests.http": `GET https://api.example.com/me\nAuthorization: Basic ${Buffer.from(`svc:${password}`).toString("base64")}\n`,
      "placeholders.http": `GET https://api.example.com/me\nAuthorization: Basic ${Buffer.from("user:password").toString("base64")}\n`,
      "mirror.env": `MIRROR_URL=ftps://backup:${urlPassword}@ftp.example.com/dumps\n`,
    });
    expect(scan(dir)).toEqual(
      [
        `deploy.sh:1 http-bearer-token ${bearer}`,
        `deploy.sh:2 github-pat ${ghp}`,
        `deploy.sh:3 curl-user-password ${password}`,
        `mirror.env:1 url-userinfo-password ${urlPassword}`,
        `requests.http:2 http-basic-auth svc:${password}`,
      ].sort(),
    );
  });

  it("finds registry credentials outside their tool's file, and leaves its own file to the file-format rule", () => {
    const dir = tempDir();
    const npmToken = fake("{{rand:base62:34}}{{rand:digits:2}}");
    const npmOwnToken = fake("{{crc32:npm_}}");
    const dockerPassword = fake("{{rand:base62:18}}{{rand:digits:2}}");
    const auth = Buffer.from(`ci:${dockerPassword}`).toString("base64");
    const authsJson = JSON.stringify({ auths: { "registry.example.com": { auth } } });
    writeTree(dir, {
      ".github/workflows/publish.yml": `steps:\n  - run: echo "//npm.example.com/:_authToken=${npmToken}" > ~/.npmrc\n  - run: echo "//registry.npmjs.org/:_authToken=${npmOwnToken}" >> ~/.npmrc\n`,
      "k8s/values.yaml": `registry:\n  dockerconfig: '${authsJson}'\n`,
      ".docker/config.json": `${authsJson}\n`,
    });
    expect(scan(dir)).toEqual(
      [
        `.docker/config.json:1 docker-config-auth ci:${dockerPassword}`,
        `.github/workflows/publish.yml:2 npm-registry-auth-token ${npmToken}`,
        `.github/workflows/publish.yml:3 npm-access-token ${npmOwnToken}`,
        `k8s/values.yaml:2 docker-auths-credential ci:${dockerPassword}`,
      ].sort(),
    );
  });
});
