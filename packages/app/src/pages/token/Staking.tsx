import {claimStakingRewards, exitStaking, notifyRewardAmount, stake} from "@personal-token/sdk";
import type {Address} from "viem";
import {useAccount} from "wagmi";
import {AmountForm, WriteForm} from "../../components/Write.js";
import {formatAmount, formatDuration, formatTime} from "../../lib/format.js";
import {useAsset, useBalances, useCampaign, useStakingPosition} from "../../lib/queries.js";

/** A staking campaign: what it streams, at what rate, and staking, claiming and leaving it. */
export function Staking({campaign, unit}: {campaign: Address; unit: string}) {
  const c = useCampaign(campaign);
  const {address} = useAccount();
  const stakingAsset = useAsset(c.data?.stakingToken);
  const position = useStakingPosition(campaign, address);
  const wallet = useBalances(c.data?.stakingToken, [address]);
  if (!c.data || !stakingAsset.data) return <section aria-label="Staking campaign">Loading the campaign…</section>;
  const d = c.data;
  const s = stakingAsset.data;
  const held = wallet.data?.[0] ?? 0n;
  const options = {decimals: s.decimals, unit: s.symbol, max: {value: held, what: "what you hold"}};
  return (
    <section aria-labelledby={`staking-${campaign}`} data-testid="staking">
      <h2 id={`staking-${campaign}`}>Staking campaign</h2>
      <p>
        Stake {s.symbol}, earn {unit}: {formatAmount(d.rewardPerSecond * 86_400n, d.rewardDecimals, 2)} {unit} a day
        {d.active ? ` until ${formatTime(d.periodFinish)}` : " (not streaming now)"} · period{" "}
        {formatDuration(d.duration)} · {formatAmount(d.totalStaked, s.decimals)} {s.symbol} staked ·{" "}
        {formatAmount(d.unallocated, 18)} {unit} waiting to be streamed
      </p>
      {position.data ? (
        <p data-testid="stake-position">
          You stake {formatAmount(position.data.balance, s.decimals)} {s.symbol} and have earned{" "}
          {formatAmount(position.data.earned, 18)} {unit}.
        </p>
      ) : null}
      <AmountForm
        title="Stake"
        level={3}
        action="Stake"
        label="Amount to stake"
        name="stake-amount"
        options={options}
        send={(w, value) => stake(w, {campaign, amount: value, approve: true})}
      />
      {/* With nothing to take, the contract would accept the call and move nothing: say so instead of spending gas. */}
      <WriteForm
        action="Claim rewards"
        prepare={() =>
          position.data?.earned === 0n
            ? {error: "Nothing to claim yet."}
            : {send: (w) => claimStakingRewards(w, {campaign})}
        }
      />
      <WriteForm
        action="Withdraw all and claim"
        prepare={() =>
          position.data?.balance === 0n && position.data.earned === 0n
            ? {error: "Nothing staked and nothing earned."}
            : {send: (w) => exitStaking(w, {campaign})}
        }
      />
    </section>
  );
}

/** Creator: start or top up the campaign with personal tokens. */
export function StakingCreator({campaign, unit}: {campaign: Address; unit: string}) {
  const options = {decimals: 18, unit};
  return (
    <div>
      <h3>Staking campaign</h3>
      <AmountForm
        title="Start or top up the campaign"
        action="Fund campaign"
        label="Rewards to stream"
        name="rewards-amount"
        options={options}
        send={(w, value) => notifyRewardAmount(w, {campaign, amount: value, approve: true})}
      />
    </div>
  );
}
