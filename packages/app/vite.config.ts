import react from "@vitejs/plugin-react";
import {defineConfig, loadEnv} from "vite";

/**
 * Build-time configuration (Vite env, see src/config.ts): VITE_CHAIN_ID (default 31337, the local chain),
 * VITE_RPC_URL (default `/rpc` on the local chain: scripts/serve.mjs proxies it to anvil), VITE_INDEXER_URL, and for
 * tests only VITE_INDEXER_PAGE (rows per indexer request; default 1,000).
 * The dev wallet (src/dev/) is compiled in only for the local chain: on any other chain `__DEV_WALLET__` is false and
 * its dynamic import is dead code, so no mnemonic reaches a production bundle (test/bundle.spec.ts checks).
 */
export default defineConfig(({mode}) => {
  const env = loadEnv(mode, process.cwd(), "VITE_");
  const chainId = Number(env.VITE_CHAIN_ID || 31_337);
  const devWallet = chainId === 31_337 && env.VITE_DEV_WALLET !== "0";
  return {
    base: "./",
    define: {__DEV_WALLET__: JSON.stringify(devWallet)},
    plugins: [react()],
    build: {target: "es2022", sourcemap: false, reportCompressedSize: false, chunkSizeWarningLimit: 1_000},
    server: {proxy: env.VITE_ANVIL_URL ? {"/rpc": {target: env.VITE_ANVIL_URL, rewrite: () => "/"}} : undefined},
  };
});
