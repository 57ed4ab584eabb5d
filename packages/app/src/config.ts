// The chain this build talks to, fixed at build time (Vite env): VITE_CHAIN_ID, VITE_RPC_URL, VITE_INDEXER_URL (and,
// for tests only, VITE_INDEXER_PAGE).
// The protocol's addresses come from the SDK's deployment registry for that chain; a chain the SDK has no deployment
// for still builds (the app says so on every page) so a build can be prepared before the deployment lands.
import {MAX_PAGE} from "@personal-token/indexer/client";
import {type Deployment, deployments} from "@personal-token/sdk";
import type {Chain} from "viem";
import {base, baseSepolia, foundry, mainnet, optimism, sepolia} from "viem/chains";

/** Chains the app can be built for: the local chain and the L2s personal tokens live on. */
const knownChains: readonly Chain[] = [foundry, base, baseSepolia, optimism, mainnet, sepolia];

export const LOCAL_CHAIN_ID = foundry.id;

const chainId = Number(import.meta.env.VITE_CHAIN_ID || LOCAL_CHAIN_ID);
const known = knownChains.find((c) => c.id === chainId);
if (!known) throw new Error(`VITE_CHAIN_ID=${chainId}: not one of ${knownChains.map((c) => c.id).join(", ")}`);

/** The RPC URL: VITE_RPC_URL, else `/rpc` on this origin for the local chain (served by scripts/serve.mjs), else the chain's public RPC. */
function rpcUrl(): string {
  const configured = import.meta.env.VITE_RPC_URL;
  if (configured) return new URL(configured, globalThis.location?.href).href;
  if (chainId === LOCAL_CHAIN_ID) return new URL("rpc", globalThis.location?.href ?? "http://localhost/").href;
  return known?.rpcUrls.default.http[0] ?? "";
}

/**
 * The indexer's base URL: VITE_INDEXER_URL, else `indexer` on this origin for the local chain (scripts/serve.mjs
 * proxies it to the indexer `pnpm demo` runs, and answers 404 without one), else none. Lists fall back to the chain's
 * logs whenever the indexer is absent or not caught up (src/lib/indexer.ts).
 */
function indexerUrl(): string | undefined {
  const configured = import.meta.env.VITE_INDEXER_URL;
  if (configured) return new URL(configured, globalThis.location?.href).href;
  if (chainId === LOCAL_CHAIN_ID) return new URL("indexer", globalThis.location?.href ?? "http://localhost/").href;
  return undefined;
}

/**
 * How many rows one indexer request asks for: the indexer's largest page, unless a test build sets VITE_INDEXER_PAGE
 * (a small page, so a handful of tokens already spans several pages: test/paging.spec.ts).
 */
function indexerPage(): number {
  const configured = import.meta.env.VITE_INDEXER_PAGE;
  if (!configured) return MAX_PAGE;
  const n = Number(configured);
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE)
    throw new Error(`VITE_INDEXER_PAGE=${configured}: not an integer from 1 to ${MAX_PAGE}`);
  return n;
}

export const config = {
  chain: {...known, rpcUrls: {default: {http: [rpcUrl()]}}} as Chain,
  rpcUrl: rpcUrl(),
  /** The indexer's base URL, or undefined: lists then come from the chain's logs (src/lib/indexer.ts). */
  indexerUrl: indexerUrl(),
  /** Rows per indexer request; lists read page after page by `offset` (src/lib/indexer.ts). */
  indexerPage: indexerPage(),
  /** The protocol's deployment on this chain, if the SDK knows one. */
  deployment: (deployments as Record<number, Deployment>)[chainId] as Deployment | undefined,
  isLocal: chainId === LOCAL_CHAIN_ID,
  ipfsGateway: import.meta.env.VITE_IPFS_GATEWAY || "https://ipfs.io/ipfs/",
};
