// Test helper: a throwaway anvil with the protocol deployed by script/Deploy.s.sol (so the SDK's deployments registry
// for chain 31337 is right), from the repo's one anvil harness (tools/anvil.mjs).
import {deployProtocol, startAnvil as startHarnessAnvil} from "../../../tools/anvil.mjs";

export {ANVIL_MNEMONIC} from "../../../tools/anvil.mjs";

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
