// Fake provider and GitHub APIs on 127.0.0.1 (random ports), recording every request they get.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll } from "vitest";

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export interface FakeServer {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

type Handler = (req: Recorded, res: ServerResponse) => void | Promise<void>;

const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(
    servers.splice(0).map(
      (s) =>
        new Promise<void>((r) => {
          s.closeAllConnections();
          s.close(() => r());
        }),
    ),
  );
});

export async function fakeServer(handler: Handler): Promise<FakeServer> {
  const requests: Recorded[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const recorded = {
      method: req.method ?? "",
      url: req.url ?? "",
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    };
    requests.push(recorded);
    try {
      await handler(recorded, res);
    } catch (err) {
      res.writeHead(500).end(String(err));
    }
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
}

/** The secret a provider request carries, wherever the provider puts it. */
export function presentedSecret(req: Recorded): string {
  const auth = String(req.headers.authorization ?? "");
  if (auth.startsWith("Bearer ") || auth.startsWith("Bot ") || auth.startsWith("token ")) return auth.split(" ")[1]!;
  const tg = /^\/bot([^/]+)\/getMe/.exec(req.url);
  if (tg) return decodeURIComponent(tg[1]!);
  return String(req.headers["x-api-key"] ?? req.headers["private-token"] ?? req.headers["dd-api-key"] ?? "");
}

/** A fake GitHub issues API for one repository. */
export async function fakeGitHub(): Promise<
  FakeServer & {
    issues: {
      number: number;
      title: string;
      body: string;
      state: string;
      labels: string[];
      assignees: string[];
      comments: string[];
    }[];
  }
> {
  const issues: {
    number: number;
    title: string;
    body: string;
    state: string;
    labels: string[];
    assignees: string[];
    comments: string[];
  }[] = [];
  const server = await fakeServer((req, res) => {
    const path = req.url.split("?")[0]!;
    const m = /^\/repos\/([^/]+)\/([^/]+)\/issues(?:\/(\d+)(\/comments)?)?$/.exec(path);
    if (!m) return json(res, 404, { message: "Not Found" });
    if (req.headers.authorization !== "token test-token" && req.headers.authorization !== "Bearer test-token")
      return json(res, 401, { message: "Bad credentials" });
    const number = m[3] ? Number(m[3]) : undefined;
    if (req.method === "GET" && number === undefined) {
      const labels = new URL(req.url, "http://x").searchParams.get("labels");
      return json(
        res,
        200,
        issues
          .filter((i) => i.state === "open" && (!labels || i.labels.includes(labels)))
          .map(({ comments: _c, ...i }) => ({ ...i, labels: i.labels.map((name) => ({ name })) })),
      );
    }
    if (req.method === "POST" && number === undefined) {
      const body = JSON.parse(req.body);
      const issue = {
        number: issues.length + 1,
        title: body.title,
        body: body.body,
        state: "open",
        labels: body.labels ?? [],
        assignees: body.assignees ?? [],
        comments: [],
      };
      issues.push(issue);
      return json(res, 201, issue);
    }
    const issue = issues.find((i) => i.number === number);
    if (!issue) return json(res, 404, { message: "Not Found" });
    if (req.method === "POST" && m[4]) {
      issue.comments.push(JSON.parse(req.body).body);
      return json(res, 201, { id: issue.comments.length });
    }
    if (req.method === "PATCH") {
      const change = JSON.parse(req.body) as { state?: string; labels?: string[]; assignees?: string[] };
      Object.assign(issue, {
        state: change.state ?? issue.state,
        labels: change.labels ?? issue.labels,
        assignees: change.assignees ?? issue.assignees,
      });
      return json(res, 200, issue);
    }
    return json(res, 405, { message: "no" });
  });
  return Object.assign(server, { issues });
}
