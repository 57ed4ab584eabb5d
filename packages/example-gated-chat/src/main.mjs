#!/usr/bin/env node
// `pnpm start`: serve the holders-only chat. Environment: RPC_URL, TOKEN (the personal token), DOMAIN (host[:port] the
// sign-in messages must name, default localhost:PORT), PORT (default 8787), MIN_BALANCE (whole tokens, default 1).
// Gate on a credential instead of (no TOKEN) or beside the balance: CREDENTIALS (the token's credentials module),
// CREDENTIAL_CLASS (the class id, default 0), CREDENTIAL_ALLOW_EXPIRED=1 to admit expired credentials too.
// The configuration is checked before listening: a bad TOKEN or RPC_URL is one line and exit 1, never a 500 per login.
// Try it: `PRIVATE_KEY=0x… node src/signIn.mjs http://localhost:8787 "gm"` signs in as a holder and posts.
import {getTokenInfo} from "@personal-token/sdk";
import {createPublicClient, http, isAddress, parseEther} from "viem";
import {createChatServer} from "./server.mjs";

const fail = (message) => {
  console.error(message);
  process.exit(1);
};

const port = Number(process.env.PORT ?? 8787);
const {RPC_URL, TOKEN, CREDENTIALS} = process.env;
if (!RPC_URL || (!TOKEN && !CREDENTIALS))
  fail("Set RPC_URL and TOKEN (the personal token's address), CREDENTIALS (its credentials module), or both.");
if (TOKEN && !isAddress(TOKEN)) fail(`TOKEN=${TOKEN} is not an address (0x and 40 hex digits).`);
if (CREDENTIALS && !isAddress(CREDENTIALS))
  fail(`CREDENTIALS=${CREDENTIALS} is not an address (0x and 40 hex digits).`);
const chainId = await createPublicClient({transport: http(RPC_URL, {retryCount: 0})})
  .getChainId()
  .catch((error) => fail(`RPC_URL=${RPC_URL} does not answer: ${error.shortMessage ?? error.message}`));
const client = createPublicClient({
  chain: {
    id: chainId,
    name: "rpc",
    nativeCurrency: {name: "Ether", symbol: "ETH", decimals: 18},
    rpcUrls: {default: {http: [RPC_URL]}},
  },
  transport: http(RPC_URL),
});
// The token must be a personal token on this chain: "… is an ERC-20 token (USDC), not a personal token" at startup.
const info = TOKEN
  ? await getTokenInfo(client, {token: TOKEN}).catch((error) =>
      fail(`TOKEN=${TOKEN}: ${error.shortMessage ?? error.message}`),
    )
  : undefined;
const server = createChatServer({
  client,
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
    `holders-only chat${info ? ` for ${info.symbol} holders` : ""} on http://localhost:${port} (${[TOKEN && `token ${TOKEN}`, CREDENTIALS && `credential ${CREDENTIALS} class ${process.env.CREDENTIAL_CLASS ?? "0"}`].filter(Boolean).join(" and ")}, chain ${chainId})`,
  ),
);
