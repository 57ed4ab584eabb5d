// info: a token, its launch record, vesting and modules (reads only).
import {
  getCampaign,
  getEscrow,
  getSale,
  getTokenInfo,
  getVesting,
  holderPollsAbi,
  iCredentialsAbi,
  personalTokenFactoryAbi,
} from "@personal-token/sdk";
import type {Command} from "commander";
import type {Context} from "../context.js";
import {UsageError} from "../errors.js";
import {formatAmount, formatTime} from "../format.js";
import {TOKEN_DECIMALS} from "../parse.js";
import {KIND_NAMES, modulesOf, tokenArg} from "../registry.js";
import {run} from "../run.js";

export function register(cli: Command): void {
  cli
    .command("info")
    .description("a token, its launch record, vesting and modules")
    .argument("<token>")
    .action(run(info));
}

async function info(ctx: Context, tokenText: string) {
  const {client, factory, token} = await tokenArg(ctx, tokenText);
  const launched = await client.readContract({
    address: factory,
    abi: personalTokenFactoryAbi,
    functionName: "isLaunched",
    args: [token],
  });
  if (!launched) throw new UsageError(`${token} is not a personal token launched by the factory ${factory}`);
  const tokenInfo = await getTokenInfo(client, {token, factory});
  const [vesting, modules] = await Promise.all([
    tokenInfo.vesting ? getVesting(client, {vesting: tokenInfo.vesting}) : undefined,
    modulesOf(client, factory, token),
  ]);
  const details = await Promise.all(
    modules.map(async (m) => {
      if (m.kind === "incomeShare") {
        const sale = await getSale(client, {splitter: m.address});
        return {
          ...m,
          status: sale.status,
          tokensOffered: sale.tokensOffered,
          tokensSold: sale.tokensSold,
          shareBps: sale.terms.shareBps,
        };
      }
      if (m.kind === "timeEscrow") {
        const escrow = await getEscrow(client, {escrow: m.address});
        return {...m, offers: escrow.offers.length, requests: escrow.requestCount, totalLocked: escrow.totalLocked};
      }
      if (m.kind === "staking") {
        const c = await getCampaign(client, {campaign: m.address});
        return {
          ...m,
          stakingToken: c.stakingToken,
          rewardToken: c.rewardToken,
          totalStaked: c.totalStaked,
          active: c.active,
          periodFinish: c.periodFinish,
        };
      }
      if (m.kind === "polls") {
        const polls = await client.readContract({address: m.address, abi: holderPollsAbi, functionName: "pollCount"});
        return {...m, polls};
      }
      if (m.kind === "credentials") {
        const classes = await client.readContract({
          address: m.address,
          abi: iCredentialsAbi,
          functionName: "classCount",
        });
        return {...m, classes};
      }
      return m;
    }),
  );
  const amount = (v: bigint) => formatAmount(v, tokenInfo.decimals || TOKEN_DECIMALS);
  ctx.print({...tokenInfo, vesting: vesting ? {address: tokenInfo.vesting, ...vesting} : null, modules: details}, [
    `${tokenInfo.symbol} (${tokenInfo.name}) ${token}`,
    `supply:   ${amount(tokenInfo.totalSupply)}`,
    `creator:  ${tokenInfo.creator}`,
    `owner:    ${tokenInfo.owner}`,
    `launched: ${formatTime(tokenInfo.launchedAt)}`,
    ...(tokenInfo.contractURI ? [`profile:  ${tokenInfo.contractURI}`] : []),
    ...(tokenInfo.vesting
      ? [`vesting:  ${tokenInfo.vesting}${vesting ? describeVesting(vesting, amount) : ""}`]
      : ["vesting:  none"]),
    ...(details.length === 0
      ? ["modules:  none"]
      : details.map((m) => `module ${m.index}: ${m.kind === "unknown" ? "unknown" : KIND_NAMES[m.kind]} ${m.address}`)),
  ]);
}

function describeVesting(v: Record<string, unknown>, amount: (v: bigint) => string): string {
  const parts: string[] = [];
  if (typeof v.totalAllocation === "bigint") parts.push(`${amount(v.totalAllocation)} total`);
  if (typeof v.released === "bigint") parts.push(`${amount(v.released)} released`);
  if (typeof v.cliffEnd === "bigint") parts.push(`cliff ends ${formatTime(v.cliffEnd)}`);
  if (typeof v.end === "bigint") parts.push(`ends ${formatTime(v.end)}`);
  return parts.length ? ` (${parts.join(", ")})` : "";
}
