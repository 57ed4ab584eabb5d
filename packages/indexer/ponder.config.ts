// Which chains and contracts the indexer follows. Nothing is configured per token: the factory's `TokenLaunched`
// names every token and its `ModuleLaunched` every module (Ponder's factory pattern), on every chain the SDK has a
// deployment for (`deployments`, from deployments/<chainId>.json) and an RPC URL here.
//
// Environment:
//   PONDER_RPC_URL_<chainId>      RPC of each chain to index (chains without one are skipped; at least one is needed)
//   PONDER_START_BLOCK_<chainId>  first block to read (default 0: the factory's deployment block is better)
//   PONDER_POLLING_INTERVAL_MS    how often new blocks are polled (default 1000)
//   DATABASE_URL                  Postgres; without it, the embedded PGlite in PONDER_PGLITE_DIR (default .ponder/pglite)

import {deployments, personalTokenAbi, personalTokenFactoryAbi, protocolModules} from "@personal-token/sdk";
import {createConfig, factory} from "ponder";
import {getAbiItem} from "viem";

const tokenLaunched = getAbiItem({abi: personalTokenFactoryAbi, name: "TokenLaunched"});
const moduleLaunched = getAbiItem({abi: personalTokenFactoryAbi, name: "ModuleLaunched"});

type Chain = {id: number; rpc: string; pollingInterval: number};
type Source = {address: `0x${string}`; startBlock: number};

const pollingInterval = Number(process.env.PONDER_POLLING_INTERVAL_MS ?? 1_000);
const chains: Record<string, Chain> = {};
const factories: Record<string, Source> = {};
for (const [id, deployment] of Object.entries(deployments)) {
  const rpc = process.env[`PONDER_RPC_URL_${id}`];
  if (!rpc) continue;
  const name = `chain${id}`;
  chains[name] = {id: Number(id), rpc, pollingInterval};
  factories[name] = {address: deployment.factory, startBlock: Number(process.env[`PONDER_START_BLOCK_${id}`] ?? 0)};
}
if (Object.keys(chains).length === 0) {
  throw new Error(
    `no chain to index: set PONDER_RPC_URL_<chainId> for one of ${Object.keys(deployments).join(", ")} (the chains the SDK has deployments for)`,
  );
}

/** Per chain: the factory itself, or the clones one of its events announces. */
const perChain = (announce?: {event: typeof tokenLaunched | typeof moduleLaunched; parameter: "token" | "module"}) =>
  Object.fromEntries(
    Object.entries(factories).map(([name, {address, startBlock}]) => [
      name,
      announce
        ? {
            address: factory({address, event: announce.event, parameter: announce.parameter} as never),
            startBlock,
          }
        : {address, startBlock},
    ]),
  );
/** Every module clone, whatever its kind: handlers keep only the events of modules of their kind. */
const modules = perChain({event: moduleLaunched, parameter: "module"});

export default createConfig({
  ordering: "multichain",
  database: process.env.DATABASE_URL
    ? {kind: "postgres", connectionString: process.env.DATABASE_URL}
    : {kind: "pglite", directory: process.env.PONDER_PGLITE_DIR ?? ".ponder/pglite"},
  chains,
  contracts: {
    PersonalTokenFactory: {abi: personalTokenFactoryAbi, chain: perChain()},
    PersonalToken: {abi: personalTokenAbi, chain: perChain({event: tokenLaunched, parameter: "token"})},
    // Every module kind, with its ABI from the SDK's registry of modules.
    IncomeShareSplitter: {abi: protocolModules.incomeShare.abi, chain: modules},
    TimeEscrow: {abi: protocolModules.timeEscrow.abi, chain: modules},
    HolderPolls: {abi: protocolModules.polls.abi, chain: modules},
    StakingRewards: {abi: protocolModules.staking.abi, chain: modules},
    PersonalLoan: {abi: protocolModules.loan.abi, chain: modules},
    Credentials: {abi: protocolModules.credentials.abi, chain: modules},
  },
});
