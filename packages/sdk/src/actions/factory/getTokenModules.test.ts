// Issue 15, item 4: a dApp holding only a token address finds its modules, their kind and whether their code is the
// protocol's own; the receipt parser names each module's kind.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {type Address, getAddress, type Hex} from "viem";
import {describe, expect, test} from "vitest";
import {ROOT} from "../../../test/constants.js";
import {creator, launchAlex, mined, publicClient, stranger, usdc} from "../../../test/utils.js";
import {
  deployments,
  getLaunchFromReceipt,
  getTokenModules,
  launchModule,
  moduleKindOf,
  pollsModule,
} from "../../index.js";

const registry = deployments[31337];

/** A module implementation that is not the protocol's: the test suite's RecordingModule, deployed fresh. */
async function foreignImplementation(): Promise<Address> {
  const artifact = JSON.parse(readFileSync(join(ROOT, "out/RecordingModule.sol/RecordingModule.json"), "utf8"));
  const hash = await creator.deployContract({abi: artifact.abi, bytecode: artifact.bytecode.object as Hex});
  const {contractAddress} = await mined(hash);
  if (!contractAddress) throw new Error("RecordingModule has no address");
  return getAddress(contractAddress);
}

describe("getTokenModules", () => {
  test("lists launch modules and later ones with kind, address, implementation and index", async () => {
    const {token, splitter, escrow, receipt} = await launchAlex({isa: true, escrow: true});
    const polls = await launchModule(creator, {token, module: pollsModule()});
    await mined(polls.hash);
    expect(await getTokenModules(publicClient, {token})).toEqual([
      {
        kind: "incomeShare",
        address: splitter,
        implementation: registry.incomeShareSplitterImplementation,
        index: 0n,
        isProtocolImplementation: true,
      },
      {
        kind: "timeEscrow",
        address: escrow,
        implementation: registry.timeEscrowImplementation,
        index: 1n,
        isProtocolImplementation: true,
      },
      {
        kind: "polls",
        address: polls.module,
        implementation: registry.holderPollsImplementation,
        index: 2n,
        isProtocolImplementation: true,
      },
    ]);
    // The receipt parser says the same for the launch modules.
    expect(getLaunchFromReceipt(receipt).modules.map(({module, kind}) => ({module, kind}))).toEqual([
      {module: splitter, kind: "incomeShare"},
      {module: escrow, kind: "timeEscrow"},
    ]);
    expect(getLaunchFromReceipt(receipt, {chainId: 31337}).modules[1]?.kind).toBe("timeEscrow");
  });

  test("flags a module whose implementation is not the protocol's", async () => {
    const {token} = await launchAlex();
    const implementation = await foreignImplementation();
    const launched = await launchModule(creator, {token, module: {implementation, tokenAmount: 0n, data: "0x"}});
    const receipt = await mined(launched.hash);
    expect(await getTokenModules(publicClient, {token})).toEqual([
      {kind: undefined, address: launched.module, implementation, index: 0n, isProtocolImplementation: false},
    ]);
    expect(moduleKindOf(implementation)).toBeUndefined();
    expect(receipt.status).toBe("success");
  });

  test("a token without modules has none; a wallet or an ERC-20 is not a personal token", async () => {
    const {token} = await launchAlex();
    expect(await getTokenModules(publicClient, {token})).toEqual([]);
    await expect(getTokenModules(publicClient, {token: stranger.account.address})).rejects.toMatchObject({
      name: "WrongContractError",
      shortMessage: `${stranger.account.address} is not a contract (no code there: a wallet, or nothing deployed), not a personal token.`,
    });
    await expect(getTokenModules(publicClient, {token: usdc})).rejects.toMatchObject({
      name: "WrongContractError",
      shortMessage: `${usdc} is an ERC-20 token (USDC), not a personal token.`,
    });
  });
});
