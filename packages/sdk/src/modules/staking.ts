import {type AbiParameterToPrimitiveType, type Address, encodeAbiParameters, type Hex, zeroAddress} from "viem";
import {InvalidParameterError} from "../errors/validation.js";
import {stakingRewardsAbi} from "../generated.js";
import {assertAbiValue, assertAddress, assertAmount} from "../utils/validate.js";
import type {LaunchModule, ModuleDefinition} from "./types.js";

/** `IStakingRewards.Config`: the module's initialization data (`abi.encode(Config)`). */
export const stakingConfigParameter = {
  type: "tuple",
  name: "config",
  components: [
    {name: "stakingToken", type: "address"},
    {name: "rewardToken", type: "address"},
    {name: "duration", type: "uint32"},
    {name: "startAtLaunch", type: "bool"},
  ],
} as const;

/** `StakingRewards.MAX_DURATION`: ten years, in seconds. */
export const STAKING_MAX_DURATION = 10 * 365 * 86_400;

/** A staking campaign's settings (see IStakingRewards.Config). */
export type StakingConfig = {
  /** What stakers deposit: the ALEX-WETH LP share (its predicted address works before the pair exists), or the token. */
  stakingToken: Address;
  /** What is streamed; zero (the default) means the personal token. A funded module must reward the personal token. */
  rewardToken?: Address | undefined;
  /** Seconds each reward period lasts (1 s to 10 years). */
  duration: number;
  /** Start streaming the launch funding at once; otherwise it waits as `unallocated` until `notifyRewardAmount`. */
  startAtLaunch?: boolean | undefined;
};

export type StakingModuleParameters = {
  /** Personal tokens given to the campaign as rewards: minted at launch, or moved from the creator by `launchModule`. */
  tokenAmount?: bigint | undefined;
  config: StakingConfig;
  /** Override the implementation (defaults to the registry's `stakingRewardsImplementation`). */
  implementation?: Address | undefined;
};

/** The staking campaign's entry in {@link protocolModules}: deployment key, ABI and `data` encoder. */
export const stakingModuleDefinition: ModuleDefinition<
  "stakingRewardsImplementation",
  typeof stakingRewardsAbi,
  (config: AbiParameterToPrimitiveType<typeof stakingConfigParameter>) => Hex
> = {
  implementation: "stakingRewardsImplementation",
  abi: stakingRewardsAbi,
  /** `abi.encode(Config)`. */
  encode: (config: AbiParameterToPrimitiveType<typeof stakingConfigParameter>): Hex =>
    encodeAbiParameters([stakingConfigParameter], [config]),
};

/**
 * A liquidity-mining campaign (`StakingRewards`) to launch with the token ({@link launchToken}) or later
 * ({@link launchModule}). Validates the settings offline: a duration in range, and `startAtLaunch` only with funding.
 *
 * @example
 * const module = stakingModule({tokenAmount: parseEther("300000"), config: {stakingToken: pair, duration: 60 * 86_400, startAtLaunch: true}})
 */
export function stakingModule({tokenAmount = 0n, config, implementation}: StakingModuleParameters): LaunchModule {
  assertAmount(tokenAmount, "staking.tokenAmount", {bits: 96});
  assertAddress(config.stakingToken, "staking.config.stakingToken");
  if (/^0x0{40}$/i.test(config.stakingToken)) {
    throw new InvalidParameterError({field: "staking.config.stakingToken", reason: "must not be the zero address"});
  }
  const full = {rewardToken: zeroAddress, startAtLaunch: false, ...config} as {
    stakingToken: Address;
    rewardToken: Address;
    duration: number;
    startAtLaunch: boolean;
  };
  assertAbiValue(stakingConfigParameter, full, "staking.config");
  if (full.duration < 1 || full.duration > STAKING_MAX_DURATION) {
    throw new InvalidParameterError({
      field: "staking.config.duration",
      reason: `must be 1 to ${STAKING_MAX_DURATION} seconds`,
    });
  }
  if (full.startAtLaunch && tokenAmount === 0n) {
    throw new InvalidParameterError({field: "staking.config.startAtLaunch", reason: "needs a tokenAmount to stream"});
  }
  if (implementation !== undefined) assertAddress(implementation, "staking.implementation");
  return {
    implementation: implementation ?? stakingModuleDefinition.implementation,
    tokenAmount,
    data: stakingModuleDefinition.encode(full),
  };
}
