// The wagmi config: one chain (src/config.ts), reads over its RPC, wallets discovered through EIP-6963
// (`multiInjectedProviderDiscovery`) plus the generic injected one; on the local chain only, the dev wallet first.
import {QueryClient} from "@tanstack/react-query";
import {createConfig, http, injected} from "wagmi";
import {config as appConfig} from "./config.js";
import type {DevWallet} from "./dev/devWallet.js";

export type AppWagmi = {wagmi: ReturnType<typeof createConfig>; devWallet: DevWallet | undefined};

export async function createAppWagmi(): Promise<AppWagmi> {
  let devWallet: DevWallet | undefined;
  const connectors = [injected()];
  if (__DEV_WALLET__ && appConfig.isLocal) {
    const {createDevWallet} = await import("./dev/devWallet.js");
    devWallet = await createDevWallet(appConfig.rpcUrl);
    const provider = devWallet.provider;
    connectors.unshift(injected({target: () => ({id: "devWallet", name: "Dev wallet (local chain)", provider})}));
  }
  const wagmi = createConfig({
    chains: [appConfig.chain],
    connectors,
    multiInjectedProviderDiscovery: true,
    transports: {[appConfig.chain.id]: http(appConfig.rpcUrl, {batch: true})},
    pollingInterval: 1_000,
  });
  return {wagmi, devWallet};
}

export const queryClient = new QueryClient({
  defaultOptions: {queries: {staleTime: 5_000, retry: 1, refetchOnWindowFocus: false}},
});
