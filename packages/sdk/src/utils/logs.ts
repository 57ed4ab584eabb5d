import {type Address, getAddress, type Hex, type Log, parseEventLogs, toEventSelector} from "viem";
import {type Deployment, deployments, getDeployment, implementationKinds} from "../deployments.js";
import {EventNotFoundError} from "../errors/events.js";
import {UnknownChainError} from "../errors/validation.js";
import {
  creatorVestingAbi,
  holderPollsAbi,
  iCredentialsAbi,
  incomeShareSplitterAbi,
  personalTokenAbi,
  personalTokenFactoryAbi,
  stakingRewardsAbi,
  timeEscrowAbi,
} from "../generated.js";
import type {ProtocolModuleKind} from "../modules/registry.js";

const abis = [
  personalTokenFactoryAbi,
  personalTokenAbi,
  creatorVestingAbi,
  incomeShareSplitterAbi,
  timeEscrowAbi,
  stakingRewardsAbi,
  holderPollsAbi,
  // The credentials module through its interface: its ERC-721 `Transfer` shares the ERC-20 event's selector.
  iCredentialsAbi,
];

/** Every event of the protocol's contracts. */
export type ProtocolEventAbiItem = Extract<(typeof abis)[number][number], {type: "event"}>;

/**
 * One ABI with every protocol event, deduplicated by signature (`TokensReleased` exists with different arguments in
 * CreatorVesting and TimeEscrow; both are kept and told apart by their topic).
 */
export const protocolEventsAbi: readonly ProtocolEventAbiItem[] = /* @__PURE__ */ (() => {
  const bySelector = new Map<Hex, ProtocolEventAbiItem>();
  for (const abi of abis) {
    for (const item of abi) if (item.type === "event") bySelector.set(toEventSelector(item), item);
  }
  return [...bySelector.values()];
})();

type Logs = {logs: readonly Log[]} | readonly Log[];
const logsOf = (input: Logs): Log[] => [...("logs" in input ? input.logs : input)];

/**
 * Decodes every protocol event in a receipt or log list (logs from other contracts are skipped).
 *
 * @example
 * const events = parseProtocolLogs(receipt) // [{eventName: "TokenLaunched", args: {...}}, ...]
 */
export function parseProtocolLogs(input: Logs) {
  return parseEventLogs({abi: protocolEventsAbi, logs: logsOf(input)});
}

export type LaunchFromReceipt = {
  token: Address;
  creator: Address;
  /** The vesting wallet (undefined without vesting). */
  vesting: Address | undefined;
  /**
   * The modules launched with the token, in order. `kind` is what the implementation is when it is one of the
   * protocol's (on `chainId`, or on any chain in the registry), else undefined: a creator may launch any implementation.
   */
  modules: {
    module: Address;
    kind: ProtocolModuleKind | undefined;
    implementation: Address;
    index: bigint;
    tokenAmount: bigint;
    data: Hex;
  }[];
};

/** The kind of module a protocol implementation is, on `chainId` or (without one) on any chain in the registry. */
export function moduleKindOf(implementation: Address, chainId?: number | undefined): ProtocolModuleKind | undefined {
  let registry: Deployment[];
  try {
    registry = chainId === undefined ? Object.values(deployments) : [getDeployment(chainId)];
  } catch (error) {
    if (error instanceof UnknownChainError) return undefined;
    throw error;
  }
  for (const deployment of registry) {
    for (const [key, kind] of Object.entries(implementationKinds) as [keyof typeof implementationKinds, string][]) {
      if (kind === "token" || kind === "vesting") continue;
      if (deployment[key].toLowerCase() === implementation.toLowerCase()) return kind as ProtocolModuleKind;
    }
  }
  return undefined;
}

/**
 * The token, vesting wallet and modules a launch created, read from its receipt (`TokenLaunched` and
 * `ModuleLaunched`), each module with its kind. Throws {@link EventNotFoundError} if the receipt has no launch.
 *
 * @example
 * const {token, vesting, modules} = getLaunchFromReceipt(await publicClient.waitForTransactionReceipt({hash}))
 * const sale = modules.find((m) => m.kind === "incomeShare")?.module
 */
export function getLaunchFromReceipt(receipt: Logs, {chainId}: {chainId?: number | undefined} = {}): LaunchFromReceipt {
  const logs = parseEventLogs({
    abi: personalTokenFactoryAbi,
    logs: logsOf(receipt),
    eventName: ["TokenLaunched", "ModuleLaunched"],
  });
  const launched = logs.find((log) => log.eventName === "TokenLaunched");
  if (!launched) throw new EventNotFoundError({eventName: "TokenLaunched"});
  const {token, creator, vesting} = launched.args;
  return {
    token,
    creator,
    vesting: /^0x0{40}$/.test(vesting) ? undefined : vesting,
    modules: logs.flatMap((log) =>
      log.eventName === "ModuleLaunched" && log.args.token === token
        ? [
            {
              module: log.args.module,
              kind: moduleKindOf(log.args.implementation, chainId),
              implementation: log.args.implementation,
              index: log.args.index,
              tokenAmount: log.args.tokenAmount,
              data: log.args.data,
            },
          ]
        : [],
    ),
  };
}

/**
 * The request a `requestTime` transaction created (`TimeRequested`); throws {@link EventNotFoundError} without one.
 *
 * @example
 * const {requestId} = getTimeRequestFromReceipt(await publicClient.waitForTransactionReceipt({hash}))
 */
export function getTimeRequestFromReceipt(receipt: Logs): {
  requestId: bigint;
  holder: Address;
  offerId: bigint;
  units: bigint;
  amount: bigint;
  noteHash: Hex;
  escrow: Address;
} {
  const [log] = parseEventLogs({abi: timeEscrowAbi, logs: logsOf(receipt), eventName: "TimeRequested"});
  if (!log) throw new EventNotFoundError({eventName: "TimeRequested"});
  return {...log.args, escrow: getAddress(log.address)};
}
