import {getLaunchFromReceipt, getTokenInfo, launchToken} from "@personal-token/sdk";
import {createWalletClient, http, parseEther, publicActions} from "viem";
import {privateKeyToAccount} from "viem/accounts";
import {foundry} from "viem/chains";

const account = privateKeyToAccount(process.env.PRIVATE_KEY as `0x${string}`);
const client = createWalletClient({account, chain: foundry, transport: http(process.env.RPC_URL)}).extend(publicActions);
const supply = parseEther("10000000");
const hash = await launchToken(client, {name: "Alex", symbol: "ALEX", totalSupply: supply, allocations: [{recipient: account.address, amount: supply}]});
const {token} = getLaunchFromReceipt(await client.waitForTransactionReceipt({hash}));
console.log(await getTokenInfo(client, {token})); // {name: "Alex", symbol: "ALEX", creator: account.address, ...}
