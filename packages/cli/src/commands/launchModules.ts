// Staking and polls modules at launch (from the config's [staking] and [polls]).
import {defaultSalt, type LaunchModule, pollsModule, predictLaunchAddresses, stakingModule} from "@personal-token/sdk";
import type {Context} from "../context.js";
import type {LaunchSpec} from "../config.js";
import {UsageError} from "../errors.js";
import type {ModuleKind} from "../registry.js";

export async function extraModules(ctx: Context, spec: LaunchSpec): Promise<{kind: ModuleKind; module: LaunchModule}[]> {
  const modules: {kind: ModuleKind; module: LaunchModule}[] = [];
  if (spec.staking) {
    const {stakingToken, rewardToken, rewards, duration} = spec.staking;
    if (rewards > 0n && rewardToken !== undefined) {
      throw new UsageError("staking.rewards: launch funding is in the personal token: leave staking.reward_token out, or fund later with `stake fund`");
    }
    // Staking the personal token itself: its address is known before the launch.
    const chainId = (await ctx.chain()).id;
    const token =
      stakingToken ??
      predictLaunchAddresses({
        chainId,
        creator: await ctx.sender(),
        salt: spec.salt ?? defaultSalt(spec.symbol),
        ...(ctx.factory ? {factory: ctx.factory} : {}),
      }).token;
    modules.push({
      kind: "staking",
      module: stakingModule({
        tokenAmount: rewards,
        config: {stakingToken: token, ...(rewardToken ? {rewardToken} : {}), duration: Number(duration), startAtLaunch: rewards > 0n},
      }),
    });
  }
  if (spec.polls) modules.push({kind: "polls", module: pollsModule()});
  return modules;
}
