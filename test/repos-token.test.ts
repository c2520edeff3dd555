// `leakhound repos` sends GITHUB_TOKEN only over https to the GitHub host it lists from: never to
// another host of a list, never over plain http.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { githubHost, tokenConfig } from "../src/repos/clone.js";
import { TestRepo } from "./git-helpers.js";
import { fake, runCliAsync, tempDir } from "./helpers.js";
import { fakeServer } from "./fake-servers.js";

describe("the GitHub token in `leakhound repos`", () => {
  it("is not sent to a plain-http host of the list, and the list's other repositories are scanned", async () => {
    const server = await fakeServer((_req, res) => void res.writeHead(404).end("no such repository"));
    const repo = new TestRepo();
    const secret = fake("{{crc32:ghp_}}");
    repo.commit("leak", { ".env": `GITHUB_TOKEN=${secret}\n` });
    const dir = tempDir();
    const list = join(dir, "repos.txt");
    writeFileSync(list, `${server.url}/x.git\nfile://${repo.dir}\n`);
    const token = fake("{{crc32:ghp_}}");
    for (const variable of ["GITHUB_TOKEN", "LEAKHOUND_GIT_TOKEN"]) {
      server.requests.splice(0);
      const result = await runCliAsync(["repos", list, "--cache-dir", join(dir, variable)], {
        env: { ...process.env, [variable]: token },
      });
      expect(result.code, result.stderr).toBe(2); // the http repository could not be cloned
      expect(result.stderr).toMatch(/could not scan 127\.0\.0\.1/);
      expect(server.requests.length, "git asked the fake server").toBeGreaterThan(0);
      for (const request of server.requests) {
        expect(request.headers.authorization, request.url).toBeUndefined();
        expect(JSON.stringify(request.headers)).not.toContain(
          Buffer.from(`x-access-token:${token}`).toString("base64"),
        );
      }
      // the file:// repository was scanned (repos reports secrets redacted)
      expect(result.stdout).toContain(`"secret":"${secret.slice(0, 4)}…"`);
    }
  });

  it("is scoped to https URLs on exactly the GitHub host", () => {
    const token = "t0ken";
    const header = `Authorization: Basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}`;
    expect(tokenConfig("https://github.com/acme/app.git", "github.com", token, {})).toEqual({
      GIT_CONFIG_COUNT: "1",
      GIT_CONFIG_KEY_0: "http.https://github.com/.extraHeader",
      GIT_CONFIG_VALUE_0: header,
    });
    expect(tokenConfig("https://GitHub.com/acme/app.git", "github.com", token, {}).GIT_CONFIG_KEY_0).toBe(
      "http.https://github.com/.extraHeader",
    );
    // after the operator's own GIT_CONFIG_* entries, not over them
    expect(tokenConfig("https://github.com/acme/app.git", "github.com", token, { GIT_CONFIG_COUNT: "2" })).toEqual({
      GIT_CONFIG_COUNT: "3",
      GIT_CONFIG_KEY_2: "http.https://github.com/.extraHeader",
      GIT_CONFIG_VALUE_2: header,
    });
    for (const url of [
      "http://github.com/acme/app.git",
      "https://gitlab.com/acme/app.git",
      "https://github.com.evil.example/acme/app.git",
      "https://evil.example/github.com/acme/app.git",
      "https://github.com:8443/acme/app.git",
      "ssh://git@github.com/acme/app.git",
      "git@github.com:acme/app.git",
      "file:///srv/github.com/app.git",
      "ext::sh -c touch% /tmp/x",
    ]) {
      expect(tokenConfig(url, "github.com", token, {}), url).toEqual({});
    }
    expect(tokenConfig("https://github.com/acme/app.git", "github.com", undefined, {})).toEqual({});
    expect(tokenConfig("https://ghe.acme.example/acme/app.git", "ghe.acme.example", token, {}).GIT_CONFIG_KEY_0).toBe(
      "http.https://ghe.acme.example/.extraHeader",
    );
    expect(tokenConfig("https://github.com/acme/app.git", "ghe.acme.example", token, {})).toEqual({});
  });

  it("goes to the host of --github-api-url", () => {
    expect(githubHost(undefined)).toBe("github.com");
    expect(githubHost("https://api.github.com")).toBe("github.com");
    expect(githubHost("https://ghe.acme.example/api/v3")).toBe("ghe.acme.example");
    expect(githubHost("https://api.acme.ghe.com/")).toBe("acme.ghe.com");
    expect(() => githubHost("not a url")).toThrow(/--github-api-url/);
  });
});
