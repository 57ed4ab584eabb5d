/** Serves dist/ and proxies POST /rpc to `rpcUrl`; resolves with its URL and `close()`. */
export declare function serveApp(options: {
  rpcUrl: string;
  port?: number;
  host?: string;
  dist?: string;
}): Promise<{url: string; close: () => Promise<void>}>;
