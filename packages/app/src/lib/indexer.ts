// Lists (launched tokens, holders, activity), in one place so they can come from the indexer package when it lands.
// With VITE_INDEXER_URL set, they are fetched from it (GET /tokens, /tokens/:token/holders, /tokens/:token/activity,
// JSON with decimal strings for amounts). Without it, they are rebuilt from the chain's logs — fine on the local chain
// and for young tokens, which is where the app runs without an indexer.
import {personalTokenAbi, personalTokenFactoryAbi} from "@personal-token/sdk";
import type {Address, Hash, PublicClient} from "viem";
import {config} from "../config.js";

export type LaunchedToken = {token: Address; creator: Address; name: string; symbol: string; blockNumber: bigint};
export type Holder = {account: Address; balance: bigint};
export type Activity = {from: Address; to: Address; value: bigint; blockNumber: bigint; hash: Hash};

async function fromIndexer<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, config.indexerUrl));
  if (!response.ok) throw new Error(`indexer: ${path} answered HTTP ${response.status}`);
  return (await response.json()) as T;
}

export async function listTokens(client: PublicClient): Promise<LaunchedToken[]> {
  if (config.indexerUrl) {
    const rows = await fromIndexer<(Omit<LaunchedToken, "blockNumber"> & {blockNumber: string})[]>("tokens");
    return rows.map((r) => ({...r, blockNumber: BigInt(r.blockNumber)}));
  }
  if (!config.deployment) return [];
  const logs = await client.getContractEvents({
    address: config.deployment.factory,
    abi: personalTokenFactoryAbi,
    eventName: "TokenLaunched",
    fromBlock: 0n,
  });
  return logs
    .map((log) => ({
      token: log.args.token as Address,
      creator: log.args.creator as Address,
      name: log.args.params?.name ?? "",
      symbol: log.args.params?.symbol ?? "",
      blockNumber: log.blockNumber,
    }))
    .reverse();
}

async function transfers(client: PublicClient, token: Address) {
  return client.getContractEvents({address: token, abi: personalTokenAbi, eventName: "Transfer", fromBlock: 0n});
}

export async function getHolders(client: PublicClient, token: Address): Promise<Holder[]> {
  if (config.indexerUrl) {
    const rows = await fromIndexer<{account: Address; balance: string}[]>(`tokens/${token}/holders`);
    return rows.map((r) => ({account: r.account, balance: BigInt(r.balance)}));
  }
  const balances = new Map<Address, bigint>();
  for (const {args} of await transfers(client, token)) {
    const {from, to, value = 0n} = args;
    if (from) balances.set(from, (balances.get(from) ?? 0n) - value);
    if (to) balances.set(to, (balances.get(to) ?? 0n) + value);
  }
  return [...balances]
    .filter(([account, balance]) => balance > 0n && !/^0x0{40}$/.test(account))
    .map(([account, balance]) => ({account, balance}))
    .sort((a, b) => (b.balance > a.balance ? 1 : b.balance < a.balance ? -1 : 0));
}

export async function getActivity(client: PublicClient, token: Address, limit = 20): Promise<Activity[]> {
  if (config.indexerUrl) {
    const rows = await fromIndexer<(Omit<Activity, "value" | "blockNumber"> & {value: string; blockNumber: string})[]>(
      `tokens/${token}/activity?limit=${limit}`,
    );
    return rows.map((r) => ({...r, value: BigInt(r.value), blockNumber: BigInt(r.blockNumber)}));
  }
  return (await transfers(client, token))
    .slice(-limit)
    .reverse()
    .map((log) => ({
      from: log.args.from as Address,
      to: log.args.to as Address,
      value: log.args.value ?? 0n,
      blockNumber: log.blockNumber,
      hash: log.transactionHash,
    }));
}
