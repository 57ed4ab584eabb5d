/** Serves dist/, proxies POST /rpc to `rpcUrl` and /indexer/* to `indexerUrl`; resolves with its URL and `close()`. */
export declare function serveApp(options: {
  rpcUrl: string;
  /** The indexer to proxy /indexer/* to; without one, /indexer/* is a 404 (the app then reads the chain's logs). */
  indexerUrl?: string | undefined;
  port?: number;
  host?: string;
  dist?: string;
}): Promise<{url: string; close: () => Promise<void>}>;
