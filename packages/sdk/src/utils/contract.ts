import type {Abi, AbiFunction, Account, Address, Chain, Client, Hash, Transport} from "viem";
import {estimateContractGas, readContract, simulateContract, writeContract} from "viem/actions";
import {decodeContractRevert} from "../errors/contract.js";
import {AccountNotFoundError} from "../errors/validation.js";
import {assertAbiValue} from "./validate.js";

/** Options every write action takes besides its own parameters. */
export type WriteParameters = {
  /** The sender; defaults to the client's account. */
  account?: Account | Address | undefined;
};

/**
 * The gas limit every write sends for the node's estimate. A personal token writes vote checkpoints on every transfer, and rewriting a
 * checkpoint in the block that already wrote it costs ~45,000-76,000 less than a new one (README, "Gas"). A node that
 * estimates in the latest block's second (anvil does) can therefore come up short once the transaction lands in a new
 * block — and a `try permit` that runs out of gas then fails the request. The margin covers that; unused gas is not paid.
 */
export function gasWithMargin(estimate: bigint): bigint {
  return estimate + estimate / 4n + 80_000n;
}

type Call = {
  address: Address;
  abi: Abi;
  functionName: string;
  args?: readonly unknown[] | undefined;
};

/**
 * Validates the arguments against the ABI (no RPC yet), simulates the call from the sender and sends it only if the
 * simulation succeeds. A revert, in the simulation or in the node's own estimate, becomes a
 * {@link ContractRevertedError} decoded from the contract's custom error.
 */
export async function writeProtocolContract<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  call: Call & WriteParameters & {value?: bigint | undefined},
  action: string,
): Promise<Hash> {
  const sender = call.account ?? client.account;
  if (!sender) throw new AccountNotFoundError({action});
  assertCallArgs(call);
  const context = {contractAddress: call.address, functionName: call.functionName};
  try {
    const parameters = {
      address: call.address,
      abi: call.abi,
      functionName: call.functionName,
      args: call.args,
      account: sender,
      ...(call.value === undefined ? {} : {value: call.value}),
    } as unknown as Parameters<typeof simulateContract>[1];
    const {request} = await simulateContract(client as Client, parameters);
    const gas = gasWithMargin(await estimateContractGas(client as Client, parameters as never));
    return await writeContract(client as Client, {...request, gas} as never);
  } catch (error) {
    throw decodeContractRevert(error, context) ?? error;
  }
}

/** `readContract` with the arguments validated first and a revert decoded into a {@link ContractRevertedError}. */
export async function readProtocolContract<result>(client: Client<Transport, Chain | undefined>, call: Call): Promise<result> {
  assertCallArgs(call);
  try {
    return (await readContract(client, call as Parameters<typeof readContract>[1])) as result;
  } catch (error) {
    throw decodeContractRevert(error, {contractAddress: call.address, functionName: call.functionName}) ?? error;
  }
}

/** Checks every argument against the function's ABI inputs, by name, before anything is sent. */
export function assertCallArgs({abi, functionName, args = []}: Call): void {
  const fn = abi.find(
    (item): item is AbiFunction =>
      item.type === "function" && item.name === functionName && item.inputs.length === args.length,
  );
  if (!fn) throw new Error(`${functionName}/${args.length} is not in the ABI`); // a bug in this SDK, not an input
  fn.inputs.forEach((input, i) => assertAbiValue(input, args[i], input.name || `argument ${i}`));
}

/** The sender's address (the parameter's account, else the client's); throws {@link AccountNotFoundError} without one. */
export function senderAddress(client: Client, account: Account | Address | undefined, action: string): Address {
  const sender = account ?? client.account;
  if (!sender) throw new AccountNotFoundError({action});
  return typeof sender === "string" ? sender : sender.address;
}
