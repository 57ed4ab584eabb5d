/// <reference types="vite/client" />

/** True only in a build for the local chain (vite.config.ts): the dev wallet is compiled in. */
declare const __DEV_WALLET__: boolean;

interface ImportMetaEnv {
  readonly VITE_CHAIN_ID?: string;
  readonly VITE_RPC_URL?: string;
  readonly VITE_INDEXER_URL?: string;
  /** Tests only: rows per indexer request (default 1,000, the indexer's largest page). */
  readonly VITE_INDEXER_PAGE?: string;
  readonly VITE_IPFS_GATEWAY?: string;
}
