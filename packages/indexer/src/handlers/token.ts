// The factory and the tokens: launches (profile, supply, creator), modules, every Transfer (balances, holder count,
// supply) and balance snapshots (token v2's SnapshotTaken, taken by the token's polls module). The factory mints the allocations before it emits TokenLaunched, so a token's first Transfers arrive
// before its launch: both sides upsert the token row.

import {ponder} from "ponder:registry";
import {holder, module, token, tokenSnapshot} from "ponder:schema";
import {zeroAddress} from "viem";
import {type Address, type AnyEvent, type Db, lower, moduleKindOf, moveBalance, recordActivity} from "./shared";

const ZERO = zeroAddress as Address;

/** A token row before its TokenLaunched: its counters and totals start at zero (the schema's defaults). */
const placeholder = (chainId: number, address: Address) => ({
  chainId,
  address,
  creator: ZERO,
  name: "",
  symbol: "",
  contractURI: "",
  initialSupply: 0n,
  vesting: ZERO,
  salt: ZERO,
  launchBlock: 0n,
  launchTimestamp: 0n,
  launchTx: ZERO,
});

ponder.on("PersonalTokenFactory:TokenLaunched", async ({event, context}) => {
  const chainId = context.chain.id;
  const {params} = event.args;
  const launch = {
    creator: lower(event.args.creator),
    name: params.name,
    symbol: params.symbol,
    contractURI: params.contractURI,
    initialSupply: params.totalSupply,
    vesting: lower(event.args.vesting),
    salt: params.salt,
    launchBlock: event.block.number,
    launchTimestamp: event.block.timestamp,
    launchTx: event.transaction.hash,
  };
  const address = lower(event.args.token);
  await context.db
    .insert(token)
    .values({...placeholder(chainId, address), ...launch})
    .onConflictDoUpdate(launch);
  await recordActivity(context.db, chainId, event, {
    token: address,
    kind: "launch",
    account: event.args.creator,
    amount: params.totalSupply,
    detail: {
      name: params.name,
      symbol: params.symbol,
      vesting: event.args.vesting,
      vestingAmount: params.vesting.amount,
    },
  });
});

ponder.on("PersonalTokenFactory:ModuleLaunched", async ({event, context}) => {
  const chainId = context.chain.id;
  const {token: tokenAddress, module: moduleAddress, implementation, index, tokenAmount, data} = event.args;
  const kind = moduleKindOf(chainId, implementation);
  await context.db.insert(module).values({
    chainId,
    address: lower(moduleAddress),
    token: lower(tokenAddress),
    implementation: lower(implementation),
    kind,
    index: Number(index),
    tokenAmount,
    data,
    block: event.block.number,
    timestamp: event.block.timestamp,
  });
  const launched = await context.db
    .update(token, {chainId, address: lower(tokenAddress)})
    .set((row) => ({moduleCount: row.moduleCount + 1}));
  await recordActivity(context.db, chainId, event, {
    token: tokenAddress,
    module: moduleAddress,
    kind: "module",
    amount: tokenAmount,
    detail: {kind, implementation, index},
  });
  // Each module kind decodes its own data (its terms or config) in its handler file.
  await moduleLaunchedHooks[kind]?.(context.db, chainId, {...event.args, creator: launched.creator}, event);
});

/** Per module kind: what its handler file does when such a module is launched (registered by that file). */
export const moduleLaunchedHooks: Partial<
  Record<
    string,
    (
      db: Db,
      chainId: number,
      args: {token: Address; module: Address; creator: Address; tokenAmount: bigint; data: `0x${string}`},
      event: AnyEvent,
    ) => Promise<void>
  >
> = {};

ponder.on("PersonalToken:Transfer", async ({event, context}) => {
  const chainId = context.chain.id;
  const address = lower(event.log.address);
  const from = lower(event.args.from);
  const to = lower(event.args.to);
  const {value} = event.args;
  const db = context.db;
  const balances = {table: holder, key: (account: Address) => ({chainId, token: address, account})};
  const {supply, holders} = await moveBalance(db, balances, {from, to, value}, event.block.number);
  await db
    .insert(token)
    .values({...placeholder(chainId, address), holderCount: holders, totalSupply: supply, transferCount: 1})
    .onConflictDoUpdate((row) => ({
      holderCount: row.holderCount + holders,
      totalSupply: row.totalSupply + supply,
      transferCount: row.transferCount + 1,
    }));
  await recordActivity(db, chainId, event, {
    token: address,
    kind: from === ZERO ? "mint" : to === ZERO ? "burn" : "transfer",
    account: from === ZERO ? to : from,
    counterparty: from === ZERO ? null : to,
    amount: value,
  });
});

ponder.on("PersonalToken:ContractURIUpdated", async ({event, context}) => {
  const chainId = context.chain.id;
  const address = lower(event.log.address);
  const uri = await context.client.readContract({
    abi: context.contracts.PersonalToken.abi,
    address,
    functionName: "contractURI",
    blockNumber: event.block.number,
  });
  await context.db.update(token, {chainId, address}).set({contractURI: uri});
  await recordActivity(context.db, chainId, event, {token: address, kind: "profile"});
});

ponder.on("PersonalToken:SnapshotTaken", async ({event, context}) => {
  const chainId = context.chain.id;
  const address = lower(event.log.address);
  const {id, time, snapshotter} = event.args;
  await context.db.insert(tokenSnapshot).values({
    chainId,
    token: address,
    snapshotId: Number(id),
    time,
    snapshotter: lower(snapshotter),
    block: event.block.number,
  });
  await context.db.update(token, {chainId, address}).set({snapshotCount: Number(id)});
  await recordActivity(context.db, chainId, event, {
    token: address,
    kind: "snapshot",
    account: snapshotter,
    detail: {id, time},
  });
});
