import {
  approveToken,
  buyTokens,
  getSale,
  getTokenModules,
  parseAmount,
  purchaseCost,
  WrongContractError,
} from "@personal-token/sdk";
import {createWalletClient, http, publicActions} from "viem";
import {privateKeyToAccount} from "viem/accounts";
import {foundry} from "viem/chains";

// A dApp that holds only a token address: find its modules, buy 1,000 tokens from its sale (paid in an ERC-20).
const account = privateKeyToAccount(process.env.PRIVATE_KEY as `0x${string}`);
const client = createWalletClient({account, chain: foundry, transport: http(process.env.RPC_URL)}).extend(
  publicActions,
);
const token = process.env.TOKEN as `0x${string}`;

const modules = await getTokenModules(client, {token}); // [{kind, address, implementation, index, isProtocolImplementation}]
const sale = modules.find((m) => m.kind === "incomeShare" && m.isProtocolImplementation); // skip foreign code
if (!sale) throw new Error(`${token} has no income-share sale`);
const {terms} = await getSale(client, {splitter: sale.address}); // price: payment-asset units per whole token
const tokens = parseAmount("1,000", 18); // what a person typed; "1,00" would throw instead of meaning 100
const cost = purchaseCost(tokens, terms.price);
await client.waitForTransactionReceipt({
  hash: await approveToken(client, {token: terms.paymentAsset, spender: sale.address, amount: cost}),
});
await client.waitForTransactionReceipt({hash: await buyTokens(client, {splitter: sale.address, tokens})});
console.log(`bought ${tokens} for ${cost} from ${sale.address}`);

try {
  await getSale(client, {splitter: token}); // the token's own address, by mistake
} catch (error) {
  if (error instanceof WrongContractError) console.log(error.shortMessage); // "0x… is a personal token, not an income-share splitter."
}
