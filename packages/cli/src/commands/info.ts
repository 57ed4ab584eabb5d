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
import type {Address} from "viem";
import type {ChainClient, Context} from "../context.js";
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

/** What `info` adds to a module of each kind: a few figures read from it. */
const MODULE_DETAILS: Partial<Record<string, (client: ChainClient, address: Address) => Promise<object>>> = {
  incomeShare: async (client, splitter) => {
    const {status, tokensOffered, tokensSold, terms} = await getSale(client, {splitter});
    return {status, tokensOffered, tokensSold, shareBps: terms.shareBps};
  },
  timeEscrow: async (client, escrow) => {
    const {offers, requestCount, totalLocked} = await getEscrow(client, {escrow});
    return {offers: offers.length, requests: requestCount, totalLocked};
  },
  staking: async (client, campaign) => {
    const {stakingToken, rewardToken, totalStaked, active, periodFinish} = await getCampaign(client, {campaign});
    return {stakingToken, rewardToken, totalStaked, active, periodFinish};
  },
  polls: async (client, address) => ({
    polls: await client.readContract({address, abi: holderPollsAbi, functionName: "pollCount"}),
  }),
  credentials: async (client, address) => ({
    classes: await client.readContract({address, abi: iCredentialsAbi, functionName: "classCount"}),
  }),
};

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
    modules.map(async (m) => ({...m, ...(await MODULE_DETAILS[m.kind]?.(client, m.address))})),
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
