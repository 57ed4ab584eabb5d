import {
  creatorVestingAbi,
  incomeShareSplitterAbi,
  personalTokenAbi,
  personalTokenFactoryAbi,
  timeEscrowAbi,
  stakingRewardsAbi,
  holderPollsAbi,
} from "../generated.js";

const abis = [personalTokenAbi, personalTokenFactoryAbi, creatorVestingAbi, incomeShareSplitterAbi, timeEscrowAbi, stakingRewardsAbi, holderPollsAbi];

/** Every custom error of the protocol's contracts (with the OpenZeppelin errors they can raise), from the generated ABIs. */
export type ProtocolErrorAbiItem = Extract<(typeof abis)[number][number], {type: "error"}>;

/** A custom error's name, e.g. `"TimeEscrow_TooEarly"`. */
export type ProtocolErrorName = ProtocolErrorAbiItem["name"];

/**
 * One ABI with every protocol error, deduplicated by name. A revert from any covered contract (or from the personal
 * token it calls, e.g. `ERC20InsufficientAllowance`) decodes against it.
 */
export const protocolErrorsAbi: readonly ProtocolErrorAbiItem[] = (() => {
  const byName = new Map<string, ProtocolErrorAbiItem>();
  for (const abi of abis) {
    for (const item of abi) if (item.type === "error" && !byName.has(item.name)) byName.set(item.name, item);
  }
  return [...byName.values()];
})();
