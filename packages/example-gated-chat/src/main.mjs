#!/usr/bin/env node
// `pnpm start`: serve the holders-only chat. Environment: RPC_URL, TOKEN (the personal token), DOMAIN (host[:port] the
// sign-in messages must name, default localhost:PORT), PORT (default 8787), MIN_BALANCE (whole tokens, default 1).
import {createPublicClient, http, parseEther} from "viem";
import {createChatServer} from "./server.mjs";

const port = Number(process.env.PORT ?? 8787);
const {RPC_URL, TOKEN} = process.env;
if (!RPC_URL || !TOKEN) {
  console.error("Set RPC_URL and TOKEN (the personal token's address).");
  process.exit(1);
}
const client = createPublicClient({transport: http(RPC_URL)});
const chainId = await client.getChainId();
const server = createChatServer({
  client: createPublicClient({
    chain: {
      id: chainId,
      name: "rpc",
      nativeCurrency: {name: "Ether", symbol: "ETH", decimals: 18},
      rpcUrls: {default: {http: [RPC_URL]}},
    },
    transport: http(RPC_URL),
  }),
  token: /** @type {`0x${string}`} */ (TOKEN),
  domain: process.env.DOMAIN ?? `localhost:${port}`,
  minBalance: parseEther(process.env.MIN_BALANCE ?? "1"),
});
server.listen(port, () =>
  console.log(`holders-only chat on http://localhost:${port} (token ${TOKEN}, chain ${chainId})`),
);
