// Staking campaigns (StakingRewards): the campaign's config (decoded from its launch data with the SDK's
// `stakingConfigParameter`), stakes, withdrawals, rewards paid, emergency exits and reward notifications.

import {ponder} from "ponder:registry";
import {stakingCampaign, stakingPosition} from "ponder:schema";
import {stakingConfigParameter} from "@personal-token/sdk";
import {decodeAbiParameters, zeroAddress} from "viem";
import {type Address, type AnyEvent, type Ctx, type Db, lower, moduleOf, recordModuleActivity} from "./shared";
import {moduleLaunchedHooks} from "./token";

async function createCampaign(
  db: Db,
  chainId: number,
  args: {module: Address; token: Address; tokenAmount: bigint; data: `0x${string}`},
) {
  const [config] = decodeAbiParameters([stakingConfigParameter], args.data);
  await db
    .insert(stakingCampaign)
    .values({
      chainId,
      address: lower(args.module),
      token: lower(args.token),
      stakingToken: lower(config.stakingToken),
      // Zero means the personal token.
      rewardToken: lower(config.rewardToken === zeroAddress ? args.token : config.rewardToken),
      duration: config.duration,
      // The funding it got at launch (minted, or moved from the creator by launchModule), then every RewardAdded; a
      // campaign that starts at launch announces its funding with a RewardAdded of its own.
      rewardsCredited: config.startAtLaunch ? 0n : args.tokenAmount,
      rewardRate: 0n,
      periodFinish: 0n,
    })
    .onConflictDoNothing();
}

moduleLaunchedHooks.staking = (db, chainId, args) => createCampaign(db, chainId, args);

/**
 * The campaign that emitted `event`, or null when the emitter is not a staking campaign. A campaign that starts at
 * launch emits RewardAdded before the factory's ModuleLaunched: its row is then made here, from that log's data.
 */
async function campaignOf(ctx: Ctx, event: AnyEvent) {
  const ref = await moduleOf(ctx, event, "staking");
  if (!ref) return null;
  if (!(await ctx.db.find(stakingCampaign, {chainId: ctx.chain.id, address: ref.address}))) {
    await createCampaign(ctx.db, ctx.chain.id, {module: ref.address, ...ref});
  }
  return ref;
}

/** Applies a change of stake and rewards to an account's position and the campaign's totals. */
async function move(db: Db, chainId: number, campaign: Address, account: Address, staked: bigint, paid: bigint) {
  const key = {chainId, campaign, account: lower(account)};
  const before = await db.find(stakingPosition, key);
  const after = (before?.staked ?? 0n) + staked;
  if (before) await db.update(stakingPosition, key).set({staked: after, rewardsPaid: before.rewardsPaid + paid});
  else await db.insert(stakingPosition).values({...key, staked: after, rewardsPaid: paid});
  const joined = (before?.staked ?? 0n) === 0n && after > 0n ? 1 : 0;
  const left = (before?.staked ?? 0n) > 0n && after === 0n ? 1 : 0;
  await db.update(stakingCampaign, {chainId, address: campaign}).set((row) => ({
    totalStaked: row.totalStaked + staked,
    rewardsPaid: row.rewardsPaid + paid,
    stakerCount: row.stakerCount + joined - left,
  }));
}

ponder.on("StakingRewards:Staked", async ({event, context}) => {
  const chainId = context.chain.id;
  const campaign = await campaignOf(context, event);
  if (!campaign) return;
  const {payer, account, amount} = event.args;
  await move(context.db, chainId, campaign.address, account, amount, 0n);
  await recordModuleActivity(context, event, campaign, {kind: "stake", account, counterparty: payer, amount});
});

ponder.on("StakingRewards:Withdrawn", async ({event, context}) => {
  const chainId = context.chain.id;
  const campaign = await campaignOf(context, event);
  if (!campaign) return;
  const {account, amount} = event.args;
  await move(context.db, chainId, campaign.address, account, -amount, 0n);
  await recordModuleActivity(context, event, campaign, {kind: "unstake", account, amount});
});

ponder.on("StakingRewards:RewardPaid", async ({event, context}) => {
  const chainId = context.chain.id;
  const campaign = await campaignOf(context, event);
  if (!campaign) return;
  const {account, reward} = event.args;
  await move(context.db, chainId, campaign.address, account, 0n, reward);
  await recordModuleActivity(context, event, campaign, {kind: "reward", account, amount: reward});
});

ponder.on("StakingRewards:EmergencyWithdrawn", async ({event, context}) => {
  const chainId = context.chain.id;
  const campaign = await campaignOf(context, event);
  if (!campaign) return;
  const {account, amount, forfeited} = event.args;
  await move(context.db, chainId, campaign.address, account, -amount, 0n);
  await context.db
    .update(stakingCampaign, {chainId, address: campaign.address})
    .set((row) => ({forfeited: row.forfeited + forfeited}));
  await recordModuleActivity(context, event, campaign, {kind: "emergency-exit", account, amount, detail: {forfeited}});
});

ponder.on("StakingRewards:RewardAdded", async ({event, context}) => {
  const chainId = context.chain.id;
  const campaign = await campaignOf(context, event);
  if (!campaign) return;
  const {credited, rewardRate, periodFinish} = event.args;
  await context.db
    .update(stakingCampaign, {chainId, address: campaign.address})
    .set((row) => ({rewardsCredited: row.rewardsCredited + credited, rewardRate, periodFinish}));
  await recordModuleActivity(context, event, campaign, {
    kind: "rewards-added",
    amount: credited,
    detail: {rewardRate, periodFinish},
  });
});

ponder.on("StakingRewards:Recovered", async ({event, context}) => {
  const campaign = await campaignOf(context, event);
  if (!campaign) return;
  const {asset, to, amount} = event.args;
  await recordModuleActivity(context, event, campaign, {kind: "recovered", account: to, amount, detail: {asset}});
});
