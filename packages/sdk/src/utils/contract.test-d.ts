// Type tests, checked by `tsc --noEmit` (pnpm typecheck): every contract call the SDK makes is typed from the
// generated ABI, so a renamed Solidity function or a changed signature breaks the build, not a user.
import type {Address, Client, Hash} from "viem";
import {expectTypeOf, test} from "vitest";
import {credentialClaimTypes} from "../actions/credentials/signCredentialClaim.js";
import {voteTypes} from "../actions/polls/signVote.js";
import {requestCalls} from "../actions/timeEscrow/getRequest.js";
import {incomeShareTarget, stakingTarget, timeEscrowTarget} from "../contracts.js";
import {holderPollsAbi, incomeShareSplitterAbi, stakingRewardsAbi, timeEscrowAbi} from "../generated.js";
import {credentialClassesParameter} from "../modules/credentials.js";
import type {IncomeShareTerms} from "../modules/incomeShare.js";
import {contractAt} from "./boundContract.js";
import {
  multicallProtocolContracts,
  readFields,
  readNamed,
  readProtocolContract,
  type WriteFunctionArgs,
  type WriteFunctionName,
  type WriteParameters,
  writeProtocolContract,
} from "./contract.js";
import {defineProtocolContract} from "./protocolContract.js";
import {firstParameter} from "./validate.js";

declare const client: Client;
declare const address: Address;

/** The splitter's ABI as it would be generated after renaming `tokensSold()` to `sold()` in Solidity. */
type RenamedAbi = readonly [
  ...Exclude<(typeof incomeShareSplitterAbi)[number], {name: "tokensSold"}>[],
  {
    type: "function";
    name: "sold";
    stateMutability: "view";
    inputs: readonly [];
    outputs: readonly [{name: ""; type: "uint256"; internalType: "uint256"}];
  },
];
declare const renamedAbi: RenamedAbi;

test("readProtocolContract: the result is typed from the ABI; a wrong functionName or args do not compile", async () => {
  const splitter = {address, abi: incomeShareSplitterAbi} as const;
  expectTypeOf(await readProtocolContract(client, {...splitter, functionName: "tokensSold"})).toEqualTypeOf<bigint>();
  expectTypeOf(
    await readProtocolContract(client, {...splitter, functionName: "terms"}),
  ).toEqualTypeOf<IncomeShareTerms>();
  expectTypeOf(
    await readProtocolContract(client, {...splitter, functionName: "claimable", args: [address, address]}),
  ).toEqualTypeOf<bigint>();
  // @ts-expect-error no such function
  await readProtocolContract(client, {...splitter, functionName: "tokenSold"});
  // @ts-expect-error a write is not a read
  await readProtocolContract(client, {...splitter, functionName: "claim", args: [[address], address]});
  // @ts-expect-error claimable(address, address) takes two arguments
  await readProtocolContract(client, {...splitter, functionName: "claimable", args: [address]});
  // @ts-expect-error an address, not a bigint
  await readProtocolContract(client, {...splitter, functionName: "claimable", args: [address, 1n]});
});

test("a function renamed in the generated ABI breaks the call that still uses the old name", async () => {
  // @ts-expect-error `tokensSold` is gone from the regenerated ABI
  await readProtocolContract(client, {address, abi: renamedAbi, functionName: "tokensSold"});
  expectTypeOf(
    await readProtocolContract(client, {address, abi: renamedAbi, functionName: "sold"}),
  ).toEqualTypeOf<bigint>();
  await multicallProtocolContracts(client, [
    // @ts-expect-error the same inside a multicall
    {address, abi: renamedAbi, target: incomeShareTarget, functionName: "tokensSold"},
  ]);
  expectTypeOf(
    await multicallProtocolContracts(client, [
      {address, abi: renamedAbi, target: incomeShareTarget, functionName: "sold"},
    ]),
  ).toEqualTypeOf<[bigint]>();
});

test("multicallProtocolContracts: a tuple typed call by call; wrong names and args do not compile", async () => {
  const escrow = {address, abi: timeEscrowAbi, target: timeEscrowTarget} as const;
  const [token, offer, units] = await multicallProtocolContracts(client, [
    {...escrow, functionName: "token"},
    {...escrow, functionName: "offer", args: [0n]},
    {...escrow, functionName: "availableUnits", args: [0n]},
  ]);
  expectTypeOf(token).toEqualTypeOf<Address>();
  expectTypeOf(offer.pricePerUnit).toEqualTypeOf<bigint>();
  expectTypeOf(units).toEqualTypeOf<bigint>();
  await multicallProtocolContracts(client, [
    // @ts-expect-error no such function
    {...escrow, functionName: "offers", args: [0n]},
  ]);
  await multicallProtocolContracts(client, [
    // @ts-expect-error offer(uint256) needs its id
    {...escrow, functionName: "offer"},
  ]);
  await multicallProtocolContracts(client, [
    // @ts-expect-error every call names its target (the errors a revert is decoded with)
    {address, abi: timeEscrowAbi, functionName: "token"},
  ]);
});

test("writeProtocolContract: only non-view functions, with their exact arguments", async () => {
  const escrow = {address, abi: timeEscrowAbi, target: timeEscrowTarget} as const;
  expectTypeOf(
    await writeProtocolContract(client, {...escrow, functionName: "accept", args: [1n, 2n]}, "acceptRequest"),
  ).toEqualTypeOf<Hash>();
  // @ts-expect-error no such function
  await writeProtocolContract(client, {...escrow, functionName: "acceptRequest", args: [1n, 2n]}, "acceptRequest");
  // @ts-expect-error a view is not a write
  await writeProtocolContract(client, {...escrow, functionName: "offerCount"}, "x");
  // @ts-expect-error accept(uint256 requestId, uint64 scheduledAt): two arguments
  await writeProtocolContract(client, {...escrow, functionName: "accept", args: [1n]}, "acceptRequest");
  // @ts-expect-error bigints, not strings
  await writeProtocolContract(client, {...escrow, functionName: "accept", args: ["1", "2"]}, "acceptRequest");
});

test("readFields: argument-less views as one object, typed from the ABI", async () => {
  const fields = await readFields(client, {address, abi: timeEscrowAbi, target: timeEscrowTarget}, [
    "token",
    "offerCount",
  ]);
  expectTypeOf(fields).toEqualTypeOf<{token: `0x${string}`; offerCount: bigint}>();
  // @ts-expect-error getRequest takes an argument: not a field
  await readFields(client, {address, abi: timeEscrowAbi, target: timeEscrowTarget}, ["getRequest"]);
});

test("WriteFunctionName and WriteFunctionArgs: the writes of an ABI and their inputs, as ProtocolContract.write takes them", () => {
  expectTypeOf<"accept">().toExtend<WriteFunctionName<typeof timeEscrowAbi>>();
  // @ts-expect-error a view is not a write
  expectTypeOf<"offerCount">().toExtend<WriteFunctionName<typeof timeEscrowAbi>>();
  expectTypeOf<WriteFunctionArgs<typeof timeEscrowAbi, "accept">>().toEqualTypeOf<readonly [bigint, bigint]>();
});

test("requestCalls: one request's two reads, typed through the multicall", async () => {
  const [request, deadlines] = await multicallProtocolContracts(
    client,
    requestCalls(contractAt(timeEscrowAbi, timeEscrowTarget, address, "escrow"), 0n),
  );
  expectTypeOf(request.holder).toEqualTypeOf<Address>();
  expectTypeOf(deadlines).toEqualTypeOf<readonly [bigint, bigint, bigint]>();
});

test("readNamed: named reads of one bound contract, each call and result typed from the ABI", async () => {
  const escrow = contractAt(timeEscrowAbi, timeEscrowTarget, address, "escrow");
  const {token, offer, requestCount} = await readNamed(client, escrow, {
    token: ["token"],
    offer: ["offer", [0n]],
    requestCount: ["requestCount", []],
  });
  expectTypeOf(token).toEqualTypeOf<Address>();
  expectTypeOf(offer.pricePerUnit).toEqualTypeOf<bigint>();
  expectTypeOf(requestCount).toEqualTypeOf<bigint>();
  // @ts-expect-error no such function
  await readNamed(client, escrow, {offer: ["offers", [0n]]});
  // @ts-expect-error offer(uint256) needs its id
  await readNamed(client, escrow, {offer: ["offer"]});
  // @ts-expect-error a bigint, not a string
  await readNamed(client, escrow, {offer: ["offer", ["0"]]});
  // @ts-expect-error a write is not a read
  await readNamed(client, escrow, {accepted: ["accept", [1n, 2n]]});
});

test("readNamed: a function renamed in the generated ABI breaks the read that still uses the old name", async () => {
  const splitter = contractAt(renamedAbi, incomeShareTarget, address, "splitter");
  // @ts-expect-error `tokensSold` is gone from the regenerated ABI
  await readNamed(client, splitter, {sold: ["tokensSold"]});
  expectTypeOf(await readNamed(client, splitter, {sold: ["sold"]})).toEqualTypeOf<{sold: bigint}>();
});

test("ProtocolContract.write: the function and its arguments typed from the ABI, the address from the parameters", () => {
  type Request = WriteParameters & {escrow: Address; requestId: bigint};
  const escrow = defineProtocolContract("escrow", timeEscrowAbi, timeEscrowTarget);
  const cancel = escrow.write<Request>()({name: "cancel", functionName: "cancel", args: ({requestId}) => [requestId]});
  expectTypeOf(cancel).parameter(1).toEqualTypeOf<Request>();
  expectTypeOf(cancel).returns.toEqualTypeOf<Promise<Hash>>();
  // @ts-expect-error cancel(uint256) takes the request's id: `args` is required
  escrow.write<Request>()({name: "cancel", functionName: "cancel"});
  // @ts-expect-error no such function (a renamed Solidity function breaks the build)
  escrow.write<Request>()({name: "cancel", functionName: "cancelled", args: ({requestId}) => [requestId]});
  // @ts-expect-error a view is not a write
  escrow.write<Request>()({name: "offer", functionName: "offer", args: ({requestId}) => [requestId]});
  // @ts-expect-error the parameters must hold the escrow's address under its key
  escrow.write<WriteParameters & {requestId: bigint}>();
  // A function without inputs takes no `args`.
  const campaign = defineProtocolContract("campaign", stakingRewardsAbi, stakingTarget);
  campaign.write<WriteParameters & {campaign: Address}>()({name: "exitStaking", functionName: "exit"});
});

test("firstParameter: the structs the SDK encodes and signs come from the generated ABI, typed field by field", () => {
  type Field<name extends string, type extends string> = {readonly name: name; readonly type: type};
  expectTypeOf(voteTypes.Vote).toEqualTypeOf<
    readonly [
      Field<"pollId", "uint256">,
      Field<"voter", "address">,
      Field<"option", "uint256">,
      Field<"nonce", "uint256">,
    ]
  >();
  expectTypeOf(credentialClaimTypes.Claim).toEqualTypeOf<
    readonly [
      Field<"classId", "uint256">,
      Field<"recipient", "address">,
      Field<"nonce", "uint256">,
      Field<"deadline", "uint256">,
    ]
  >();
  expectTypeOf(credentialClassesParameter.components).toEqualTypeOf<
    readonly [
      Field<"uri", "string">,
      Field<"validUntil", "uint64">,
      Field<"validFor", "uint64">,
      Field<"revocable", "bool">,
    ]
  >();
  // @ts-expect-error the ABI has no such function: the type is `never`, so any use fails
  firstParameter(holderPollsAbi, "voteDigests", "inputs").components;
});
