#!/usr/bin/env node
// `pnpm start`: serve the holders-only chat. Environment: RPC_URL, TOKEN (the personal token), DOMAIN (host[:port] the
// sign-in messages must name, default localhost:PORT), PORT (default 8787), MIN_BALANCE (whole tokens, default 1).
// Gate on a credential instead of (no TOKEN) or beside the balance: CREDENTIALS (the token's credentials module),
// CREDENTIAL_CLASS (the class id, default 0), CREDENTIAL_ALLOW_EXPIRED=1 to admit expired credentials too.
import {createPublicClient, http, parseEther} from "viem";
import {createChatServer} from "./server.mjs";

const port = Number(process.env.PORT ?? 8787);
const {RPC_URL, TOKEN, CREDENTIALS} = process.env;
if (!RPC_URL || (!TOKEN && !CREDENTIALS)) {
  console.error("Set RPC_URL and TOKEN (the personal token's address), CREDENTIALS (its credentials module), or both.");
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
  token: /** @type {`0x${string}` | undefined} */ (TOKEN || undefined),
  domain: process.env.DOMAIN ?? `localhost:${port}`,
  minBalance: TOKEN ? parseEther(process.env.MIN_BALANCE ?? "1") : undefined,
  credential: CREDENTIALS
    ? {
        credentials: /** @type {`0x${string}`} */ (CREDENTIALS),
        classId: BigInt(process.env.CREDENTIAL_CLASS ?? "0"),
        unexpiredOnly: process.env.CREDENTIAL_ALLOW_EXPIRED !== "1",
      }
    : undefined,
});
server.listen(port, () =>
  console.log(
    `holders-only chat on http://localhost:${port} (${[TOKEN && `token ${TOKEN}`, CREDENTIALS && `credential ${CREDENTIALS} class ${process.env.CREDENTIAL_CLASS ?? "0"}`].filter(Boolean).join(" and ")}, chain ${chainId})`,
  ),
);
