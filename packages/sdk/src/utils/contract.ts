import type {
  Abi,
  AbiFunction,
  Account,
  Address,
  Chain,
  Client,
  ContractFunctionArgs,
  ContractFunctionName,
  ContractFunctionParameters,
  ContractFunctionReturnType,
  Hash,
  MulticallContracts,
  MulticallReturnType,
  Narrow,
  ReadContractReturnType,
  Transport,
} from "viem";
import {estimateContractGas, getCode, multicall, readContract, simulateContract, writeContract} from "viem/actions";
import type {ContractTarget} from "../contracts.js";
import type {ContractRevertedError} from "../errors/contract.js";
import {AccountNotFoundError} from "../errors/validation.js";
import type {WrongContractError} from "../errors/wrongContract.js";
import type {BoundContract} from "./boundContract.js";
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

type ReadMutability = "pure" | "view";
type WriteMutability = "nonpayable" | "payable";

/** The functions of `abi` a transaction calls (nonpayable or payable). */
export type WriteFunctionName<abi extends Abi | readonly unknown[]> = ContractFunctionName<abi, WriteMutability>;
/** The arguments of `abi`'s write function `functionName`, typed from its inputs. */
export type WriteFunctionArgs<
  abi extends Abi | readonly unknown[],
  functionName extends WriteFunctionName<abi>,
> = ContractFunctionArgs<abi, WriteMutability, functionName>;

/**
 * One contract call, typed from its ABI as viem types `readContract`: `functionName` must name a function of `abi` with
 * the given mutability and `args` must match its inputs, so renaming a Solidity function breaks `tsc`, not a user.
 */
export type ProtocolCall<
  abi extends Abi | readonly unknown[] = Abi,
  mutability extends ReadMutability | WriteMutability = ReadMutability | WriteMutability,
  functionName extends ContractFunctionName<abi, mutability> = ContractFunctionName<abi, mutability>,
  args extends ContractFunctionArgs<abi, mutability, functionName> = ContractFunctionArgs<
    abi,
    mutability,
    functionName
  >,
> = ContractFunctionParameters<abi, mutability, functionName, args> & {address: Address};

/** The untyped shape every typed call has at run time. */
type AnyCall = {
  address: Address;
  abi: Abi | readonly unknown[];
  functionName: string;
  args?: readonly unknown[] | undefined;
};

/** Writes in flight per chain and sender: each simulates only once the previous one was sent. */
const pending = /* @__PURE__ */ new Map<string, Promise<unknown>>();

/**
 * Runs `write` after every earlier write of the same sender on the same chain has been sent (or failed). Two
 * concurrent `claimIncome` calls used to simulate side by side, both pass, and the second mined reverted; now the
 * second simulates after the first was sent, against a node that has it (automining, or a pending block), and a
 * revert arrives as a typed error before anything is spent.
 */
async function oneAtATime<T>(key: string, write: () => Promise<T>): Promise<T> {
  const previous = pending.get(key) ?? Promise.resolve();
  const current = previous.then(write, write);
  pending.set(key, current);
  try {
    return await current;
  } finally {
    if (pending.get(key) === current) pending.delete(key);
  }
}

/**
 * Validates the arguments against the ABI (no RPC yet), checks that the address holds code (a call to a wallet would
 * "succeed" and do nothing), simulates the call from the sender and sends it only if the simulation succeeds. A
 * revert, in the simulation or in the node's own estimate, becomes a {@link ContractRevertedError} decoded from the
 * contract's custom error; a call to the wrong kind of contract, a {@link WrongContractError}.
 */
export async function writeProtocolContract<
  chain extends Chain | undefined,
  account extends Account | undefined,
  const abi extends Abi | readonly unknown[],
  functionName extends WriteFunctionName<abi>,
  const args extends WriteFunctionArgs<abi, functionName>,
>(
  client: Client<Transport, chain, account>,
  call: ProtocolCall<abi, WriteMutability, functionName, args> &
    WriteParameters & {
      /** The kind of contract expected at `address`, and its errors. */
      target: ContractTarget;
      value?: bigint | undefined;
      /** Gas added to the margin for what a simulation cannot see (e.g. ERC-1271 checks capped on-chain). */
      extraGas?: bigint | undefined;
    },
  action: string,
): Promise<Hash> {
  const untyped = call as SendCall & WriteParameters;
  const sender = senderOf(client, untyped.account, action);
  assertCallArgs(untyped);
  const from = typeof sender === "string" ? sender : sender.address;
  return oneAtATime(`${client.chain?.id}:${from.toLowerCase()}`, () => send(client as Client, untyped, sender));
}

/** A write as {@link send} takes it: a call of any ABI, its target, ETH sent and gas added to the margin. */
type SendCall = AnyCall & {target: ContractTarget; value?: bigint | undefined; extraGas?: bigint | undefined};

async function send(
  client: Client,
  {address, abi, functionName, args, value, target, extraGas = 0n}: SendCall,
  sender: Account | Address,
): Promise<Hash> {
  const code = await getCode(client, {address});
  if (!code || code === "0x") {
    const {assertContractKind} = await import("./explainFailure.js");
    await assertContractKind(client, {address, expected: target.kind}); // throws: nothing here is a contract
  }
  try {
    const parameters = {
      address,
      abi,
      functionName,
      args,
      account: sender,
      ...(value === undefined ? {} : {value}),
    } as unknown as Parameters<typeof simulateContract>[1];
    const {request} = await simulateContract(client, parameters);
    const gas = gasWithMargin(await estimateContractGas(client, parameters as never)) + extraGas;
    return await writeContract(client, {...request, gas} as never);
  } catch (error) {
    const {explainCallFailure} = await import("./explainFailure.js");
    throw await explainCallFailure(client, error, {address, target, functionName});
  }
}

/** `readContract` with the arguments validated first and a revert decoded into a {@link ContractRevertedError}. */
export async function readProtocolContract<
  const abi extends Abi | readonly unknown[],
  functionName extends ContractFunctionName<abi, ReadMutability>,
  const args extends ContractFunctionArgs<abi, ReadMutability, functionName>,
>(
  client: Client<Transport, Chain | undefined>,
  call: ProtocolCall<abi, ReadMutability, functionName, args> & {target?: ContractTarget | undefined},
): Promise<ReadContractReturnType<abi, functionName, args>> {
  const {target, ...untyped} = call as AnyCall & {target?: ContractTarget | undefined};
  assertCallArgs(untyped);
  try {
    return (await readContract(client, untyped as Parameters<typeof readContract>[1])) as ReadContractReturnType<
      abi,
      functionName,
      args
    >;
  } catch (error) {
    const {explainCallFailure} = await import("./explainFailure.js");
    throw await explainCallFailure(client, error, {
      address: untyped.address,
      target,
      functionName: untyped.functionName,
    });
  }
}

export type MulticallProtocolContractsOptions = {
  /** Read at this block instead of the latest (e.g. to pair the reads with that block's timestamp). */
  blockNumber?: bigint | undefined;
};

/**
 * Several reads in one `eth_call`, so they come from one block (they cannot straddle a transaction) in one round trip:
 * viem's `multicall` through Multicall3 with every call typed from its ABI, the arguments validated first and the
 * first revert decoded into a {@link ContractRevertedError}, like {@link readProtocolContract}. Each call names its
 * `target` as every protocol call does: the errors of the first contract listed are tried first.
 *
 * Multicall3 is used where the client's chain names it (`chain.contracts.multicall3`, as viem's chain definitions
 * do for mainnets and testnets); anywhere else — anvil and hardhat nodes, new chains — the call is deployless: the
 * Multicall3 bytecode is sent as the `eth_call`'s init code, which every EVM node runs, so no chain needs a deployment.
 * Never chunked (`batchSize: 0`): one object, one request.
 */
export async function multicallProtocolContracts<const contracts extends readonly unknown[]>(
  client: Client<Transport, Chain | undefined>,
  contracts: MulticallContracts<Narrow<contracts>, {mutability: ReadMutability; properties: {target: ContractTarget}}>,
  {blockNumber}: MulticallProtocolContractsOptions = {},
): Promise<MulticallReturnType<contracts, false>> {
  const calls = (contracts as readonly (AnyCall & {target: ContractTarget})[]).map(({target, ...call}) => call);
  for (const call of calls) assertCallArgs(call);
  try {
    return (await multicall(client, {
      contracts: calls as never,
      allowFailure: false,
      batchSize: 0,
      deployless: !client.chain?.contracts?.multicall3,
      ...(blockNumber === undefined ? {} : {blockNumber}),
    })) as MulticallReturnType<contracts, false>;
  } catch (error) {
    const {explainMulticallFailure} = await import("./explainFailure.js");
    throw await explainMulticallFailure(
      client,
      error,
      targetsOf(contracts as readonly {address: Address; target: ContractTarget}[]),
    );
  }
}

/** Each address called, once, with its target, in the order of the calls. */
function targetsOf(calls: readonly {address: Address; target: ContractTarget}[]): [Address, ContractTarget][] {
  const targets = new Map<string, [Address, ContractTarget]>();
  for (const {address, target} of calls) {
    if (!targets.has(address.toLowerCase())) targets.set(address.toLowerCase(), [address, target]);
  }
  return [...targets.values()];
}

/** Checks every argument against the function's ABI inputs, by name, before anything is sent. */
export function assertCallArgs({abi, functionName, args = []}: AnyCall): void {
  const fn = (abi as Abi).find(
    (item): item is AbiFunction =>
      item.type === "function" && item.name === functionName && item.inputs.length === args.length,
  );
  if (!fn) throw new Error(`${functionName}/${args.length} is not in the ABI`); // a bug in this SDK, not an input
  for (const [i, input] of fn.inputs.entries()) assertAbiValue(input, args[i], input.name || `argument ${i}`);
}

/** The sender's address (the parameter's account, else the client's); throws {@link AccountNotFoundError} without one. */
export function senderAddress(client: Client, account: Account | Address | undefined, action: string): Address {
  const sender = senderOf(client, account, action);
  return typeof sender === "string" ? sender : sender.address;
}

/** The sender or signer: the parameter's account, else the client's; throws {@link AccountNotFoundError} without one. */
export function senderOf(client: Client, account: Account | Address | undefined, action: string): Account | Address {
  const sender = account ?? client.account;
  if (!sender) throw new AccountNotFoundError({action});
  return sender;
}

/** Pairs each call with its result: a multicall answers every call, in order, or throws. */
export function zipResults<call, result>(calls: readonly call[], results: readonly result[]): [call, result][] {
  if (calls.length !== results.length) throw new Error(`${results.length} results for ${calls.length} calls`); // a bug
  return calls.map((c, i) => [c, results[i] as result]);
}

/** The view and pure functions of `abi`: what a read can call. */
type ReadFunctionName<abi extends Abi | readonly unknown[]> = ContractFunctionName<abi, ReadMutability>;
/** The arguments of `abi`'s read function `functionName`, typed from its inputs. */
type ReadFunctionArgs<
  abi extends Abi | readonly unknown[],
  functionName extends ReadFunctionName<abi>,
> = ContractFunctionArgs<abi, ReadMutability, functionName>;

/**
 * One read of a bound contract in {@link readNamed}: `[functionName]` for a function without inputs,
 * `[functionName, args]` otherwise, the arguments typed from the ABI.
 */
type NamedRead<abi extends Abi | readonly unknown[], read> = read extends readonly [
  infer functionName extends ReadFunctionName<abi>,
  ...unknown[],
]
  ? readonly [] extends ReadFunctionArgs<abi, functionName>
    ? readonly [functionName, (readonly [])?]
    : readonly [functionName, ReadFunctionArgs<abi, functionName>]
  : readonly [ReadFunctionName<abi>, (readonly unknown[])?];

/** What a {@link NamedRead} returns, typed from the ABI. */
type NamedReadResult<abi extends Abi | readonly unknown[], read> = read extends readonly [
  infer functionName extends ReadFunctionName<abi>,
  (infer args)?,
]
  ? ContractFunctionReturnType<
      abi,
      ReadMutability,
      functionName,
      args extends ReadFunctionArgs<abi, functionName> ? args : ReadFunctionArgs<abi, functionName>
    >
  : never;

/**
 * Several reads of one contract as one named object, in one multicall (one block, one round trip), every call and
 * result typed from the ABI: a renamed Solidity function, or wrong arguments, fail `tsc`.
 *
 * @example
 * const {balance, earned} = await readNamed(client, campaign, {balance: ["balanceOf", [account]], earned: ["earned", [account]]})
 */
export async function readNamed<
  const abi extends Abi | readonly unknown[],
  const reads extends Readonly<Record<string, readonly [ReadFunctionName<abi>, (readonly unknown[])?]>>,
>(
  client: Client<Transport, Chain | undefined>,
  contract: BoundContract<abi>,
  reads: reads & {[name in keyof reads]: NamedRead<abi, reads[name]>},
  options: MulticallProtocolContractsOptions = {},
): Promise<{-readonly [name in keyof reads]: NamedReadResult<abi, reads[name]>}> {
  const entries = Object.entries(reads as Record<string, readonly [string, (readonly unknown[])?]>);
  const calls = entries.map(([, [functionName, args]]) => ({...contract, functionName, args}));
  const values = (await multicallProtocolContracts(client, calls as never, options)) as readonly unknown[];
  return Object.fromEntries(zipResults(entries, values).map(([[name], value]) => [name, value])) as never;
}

/** The names of `abi`'s views that take no argument: the fields of the object a contract is. */
type FieldName<abi extends Abi | readonly unknown[]> = Extract<
  Extract<abi[number], {type: "function"; stateMutability: ReadMutability; inputs: readonly []}>,
  {name: string}
>["name"];

/**
 * Several argument-less views of one contract as one object, `{token, creator, terms, ...}`, read in one multicall
 * (one block, one round trip) and typed from the ABI: `readFields(client, splitter, ["token", "terms"])`, which is
 * {@link readNamed} with each view's name as its key.
 */
export async function readFields<
  const abi extends Abi | readonly unknown[],
  const names extends readonly FieldName<abi>[],
>(
  client: Client<Transport, Chain | undefined>,
  contract: BoundContract<abi>,
  names: names,
  options: MulticallProtocolContractsOptions = {},
): Promise<{
  [name in names[number]]: ContractFunctionReturnType<
    abi,
    ReadMutability,
    Extract<name, ContractFunctionName<abi, ReadMutability>>
  >;
}> {
  return readNamed(
    client,
    contract,
    Object.fromEntries(names.map((name) => [name, [name]])) as never,
    options,
  ) as never;
}
