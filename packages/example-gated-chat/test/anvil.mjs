// Test helpers: a throwaway anvil with the protocol deployed by script/Deploy.s.sol (so the SDK's deployments registry
// for chain 31337 is right), from the repo's one anvil harness (tools/anvil.mjs); its wallets, a launched $ALEX and a
// chat server listening on a free port.
import {getLaunchFromReceipt, launchToken} from "@personal-token/sdk";
import {createWalletClient, http} from "viem";
import {mnemonicToAccount} from "viem/accounts";
import {foundry} from "viem/chains";
import {ANVIL_MNEMONIC, deployProtocol, startAnvil as startHarnessAnvil} from "../../../tools/anvil.mjs";

export {ANVIL_MNEMONIC};

/** Starts anvil on a free port and deploys the protocol; returns {rpcUrl, stop}. */
export async function startAnvil() {
  const anvil = await startHarnessAnvil();
  try {
    await deployProtocol(anvil.url);
    return {rpcUrl: anvil.url, stop: anvil.stop};
  } catch (error) {
    await anvil.stop();
    throw error;
  }
}

/** A wallet client for anvil's account `index` (the public test mnemonic). */
export const wallet = (rpcUrl, index) =>
  createWalletClient({
    chain: foundry,
    transport: http(rpcUrl),
    account: mnemonicToAccount(ANVIL_MNEMONIC, {addressIndex: index}),
  });

/** Launches $ALEX: `supply` to `creator` but `held` to `holder`; resolves to the token's address once mined. */
export async function launchAlex(publicClient, creator, {supply, holder, held}) {
  const hash = await launchToken(creator, {
    name: "Alex",
    symbol: "ALEX",
    totalSupply: supply,
    allocations: [
      {recipient: creator.account.address, amount: supply - held},
      {recipient: holder, amount: held},
    ],
  });
  return getLaunchFromReceipt(await publicClient.waitForTransactionReceipt({hash})).token;
}

/** Starts `server` on a free port of 127.0.0.1; resolves to its base URL. */
export async function listen(server) {
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${server.address().port}`;
}
