// Serves the built app (dist/) and proxies POST /rpc to a local chain's RPC and /indexer/* to an indexer: the local
// build's default RPC is `/rpc` and its default indexer `indexer/` on its own origin, so one build works with any anvil
// and indexer port, or with no indexer at all (then /indexer/* answers 404 and the app reads lists from the chain's
// logs). For the local chain only (the demo and the browser tests); a real deployment is plain static files (any
// host, IPFS) built with VITE_RPC_URL and VITE_INDEXER_URL.
//   node scripts/serve.mjs --rpc http://127.0.0.1:8545 [--indexer http://127.0.0.1:42069] [--port 5173]
import {createReadStream, existsSync, statSync} from "node:fs";
import {createServer} from "node:http";
import {extname, join, normalize} from "node:path";
import {fileURLToPath} from "node:url";

const DIST = fileURLToPath(new URL("../dist/", import.meta.url));
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
};

/**
 * Starts the server; resolves with its URL and a `close()`.
 * @param {{rpcUrl: string, indexerUrl?: string, port?: number, host?: string, dist?: string}} options
 */
export async function serveApp({rpcUrl, indexerUrl, port = 0, host = "127.0.0.1", dist = DIST}) {
  if (!existsSync(join(dist, "index.html")))
    throw new Error(`no build in ${dist}: run \`pnpm --filter @personal-token/app build\``);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      if (url.pathname === "/rpc") {
        const chunks = [];
        for await (const chunk of req) chunks.push(chunk);
        const upstream = await fetch(rpcUrl, {
          method: "POST",
          headers: {"content-type": "application/json"},
          body: Buffer.concat(chunks),
        });
        res.writeHead(upstream.status, {"content-type": "application/json"});
        res.end(Buffer.from(await upstream.arrayBuffer()));
        return;
      }
      if (url.pathname === "/indexer" || url.pathname.startsWith("/indexer/")) {
        await proxyIndexer(req, res, url, indexerUrl);
        return;
      }
      const path = normalize(join(dist, decodeURIComponent(url.pathname)));
      const file =
        path.startsWith(dist) && existsSync(path) && statSync(path).isFile() ? path : join(dist, "index.html");
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": file.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
      });
      createReadStream(file).pipe(res);
    } catch (error) {
      res.writeHead(502, {"content-type": "text/plain"});
      res.end(String(error?.message ?? error));
    }
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const url = `http://${host}:${typeof address === "object" && address ? address.port : port}/`;
  const close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections(); // a browser's keep-alive connections would hold close() open
    });
  return {url, close};
}

/** /indexer/<path>?<query> → <indexerUrl>/<path>?<query> (GET, and POST for GraphQL); 404 without an indexer. */
async function proxyIndexer(req, res, url, indexerUrl) {
  if (!indexerUrl) {
    res.writeHead(404, {"content-type": "application/json"});
    res.end(JSON.stringify({error: "no indexer behind this server"}));
    return;
  }
  const target = `${indexerUrl.replace(/\/+$/, "")}${url.pathname.slice("/indexer".length) || "/"}${url.search}`;
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const upstream = await fetch(target, {
    method: req.method,
    headers: req.headers["content-type"] ? {"content-type": req.headers["content-type"]} : {},
    body: req.method === "GET" || req.method === "HEAD" ? undefined : Buffer.concat(chunks),
  }).catch(() => null);
  if (!upstream) {
    res.writeHead(502, {"content-type": "application/json"});
    res.end(JSON.stringify({error: "the indexer is not answering (yet)"}));
    return;
  }
  res.writeHead(upstream.status, {
    "content-type": upstream.headers.get("content-type") ?? "application/json",
    "cache-control": "no-store",
  });
  res.end(Buffer.from(await upstream.arrayBuffer()));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i === -1 ? fallback : process.argv[i + 1];
  };
  const indexerUrl = arg("indexer", undefined);
  const {url} = await serveApp({
    rpcUrl: arg("rpc", "http://127.0.0.1:8545"),
    indexerUrl,
    port: Number(arg("port", 5173)),
  });
  console.log(`app: ${url}${indexerUrl ? ` (indexer: ${url}indexer/ → ${indexerUrl})` : ""}`);
}
