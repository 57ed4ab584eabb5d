// isa buy|report|pay|claim|withdraw|refund|status: the income-share agreement, by its address or its token's.
import {
  buyTokens,
  claimIncome,
  getClaimable,
  getPeriodRecord,
  getSale,
  payIncome,
  purchaseCost,
  refundPayment,
  reportIncome,
  withdrawProceeds,
} from "@personal-token/sdk";
import type {Command} from "commander";
import {type Address, type Hex, isHex, zeroAddress} from "viem";
import {assetInfo, balanceOf} from "../assets.js";
import type {Context} from "../context.js";
import {CliError, UsageError} from "../errors.js";
import {formatDuration, formatTime, formatTokens, show} from "../format.js";
import {checkAmountText, parseAddress, parseAmount, parseId, TOKEN_DECIMALS} from "../parse.js";
import {moduleArg} from "../registry.js";
import {run} from "../run.js";
import {ensureAllowance, send, sentHash} from "../transactions.js";

export function register(cli: Command): void {
  const isa = cli
    .command("isa")
    .description(
      "income-share agreement: buy, report, pay, claim, status, withdraw, refund (address of the agreement or its token)",
    );
  isa
    .command("buy")
    .argument("<isa>", "the income-share agreement: its address, or its token's")
    .argument("<tokens>", "tokens to buy (whole tokens)")
    .description("buy in the primary sale (approves the payment first when needed)")
    .action(run(isaBuy));
  isa
    .command("report")
    .argument("<isa>", "the income-share agreement: its address, or its token's")
    .argument("<period>")
    .argument("<gross-income>", "in the payment asset")
    .description("report a period's gross income (creator)")
    .option("--evidence-uri <uri>")
    .option("--evidence-hash <bytes32>")
    .action(run(isaReport));
  isa
    .command("pay")
    .argument("<isa>", "the income-share agreement: its address, or its token's")
    .argument("<period>")
    .argument("<amount>")
    .description("pay income against a period (creator; approves first)")
    .option("--asset <address>", "pay in another asset (or ETH); needs --value")
    .option("--value <amount>", "what the payment is worth in the payment asset")
    .action(run(isaPay));
  isa
    .command("claim")
    .argument("<isa>", "the income-share agreement: its address, or its token's")
    .description("claim your income share")
    .option("--asset <address...>", "only these assets")
    .option("--to <address>", "send to another address")
    .action(run(isaClaim));
  isa
    .command("withdraw")
    .argument("<isa>", "the income-share agreement: its address, or its token's")
    .description("take the sale proceeds once the soft cap is reached (creator)")
    .option("--to <address>")
    .action(run(async (ctx, target: string, o: {to?: string}) => isaWithdraw(ctx, target, "proceeds", o)));
  isa
    .command("refund")
    .argument("<isa>", "the income-share agreement: its address, or its token's")
    .description("take your payment back after a failed sale (buyer)")
    .option("--to <address>")
    .action(run(async (ctx, target: string, o: {to?: string}) => isaWithdraw(ctx, target, "refund", o)));
  isa
    .command("status")
    .argument("<isa>", "the income-share agreement: its address, or its token's")
    .description("sale, terms, periods and (with --account) claimable income")
    .option("--account <address>")
    .action(run(isaStatus));
}

async function isaBuy(ctx: Context, target: string, tokensText: string) {
  const tokens = parseAmount(tokensText, TOKEN_DECIMALS, {field: "tokens", raw: ctx.options.raw === true});
  const {client, module: splitter} = await moduleArg(ctx, target, "incomeShare", "splitter");
  const sale = await getSale(client, {splitter});
  if (sale.status !== "active") throw new CliError(`the sale is ${sale.status}, not open for purchases`);
  const left = sale.tokensOffered - sale.tokensSold;
  if (tokens > left)
    throw new CliError(`only ${formatTokens(left)} tokens are left in the sale, asked for ${formatTokens(tokens)}`);
  const asset = await assetInfo(client, sale.terms.paymentAsset);
  const cost = purchaseCost(tokens, sale.terms.price);
  if (asset.address !== zeroAddress) await ensureAllowance(ctx, asset, splitter, cost);
  const receipt = await send(ctx, `buy ${formatTokens(tokens)} tokens for ${show(cost, asset)}`, (w) =>
    buyTokens(w, {splitter, tokens}),
  );
  ctx.print({splitter, tokens, cost, paymentAsset: asset.address, ...sentHash(receipt)}, [
    `${ctx.dryRun ? "would buy" : "bought"} ${formatTokens(tokens)} tokens for ${show(cost, asset)} from ${splitter}`,
  ]);
}

async function isaReport(
  ctx: Context,
  target: string,
  periodText: string,
  grossText: string,
  options: {evidenceUri?: string; evidenceHash?: string},
) {
  const period = parseId(periodText, "period");
  if (options.evidenceHash !== undefined && (!isHex(options.evidenceHash) || options.evidenceHash.length !== 66)) {
    throw new UsageError(`--evidence-hash: must be 32 bytes of 0x-prefixed hex`);
  }
  checkAmountText(grossText, "gross income");
  const {client, module: splitter} = await moduleArg(ctx, target, "incomeShare", "splitter");
  const sale = await getSale(client, {splitter});
  const asset = await assetInfo(client, sale.terms.paymentAsset);
  const grossIncome = parseAmount(grossText, asset.decimals, {
    field: "gross income",
    raw: ctx.options.raw === true,
    allowZero: true,
  });
  const owed = (grossIncome * BigInt(sale.terms.shareBps)) / 10_000n;
  const receipt = await send(ctx, `report period ${period}: ${show(grossIncome, asset)} gross`, (w) =>
    reportIncome(w, {
      splitter,
      period,
      grossIncome,
      evidenceURI: options.evidenceUri ?? "",
      ...(options.evidenceHash ? {evidenceHash: options.evidenceHash as Hex} : {}),
    }),
  );
  ctx.print({splitter, period, grossIncome, owed, ...sentHash(receipt)}, [
    `${ctx.dryRun ? "would report" : "reported"} period ${period}: ${show(grossIncome, asset)} gross, ${show(owed, asset)} owed to holders`,
  ]);
}

async function isaPay(
  ctx: Context,
  target: string,
  periodText: string,
  amountText: string,
  options: {asset?: string; value?: string},
) {
  const period = parseId(periodText, "period");
  checkAmountText(amountText, "amount");
  if (options.value !== undefined) checkAmountText(options.value, "--value");
  const assetOverride =
    options.asset === undefined
      ? undefined
      : options.asset.toUpperCase() === "ETH"
        ? zeroAddress
        : parseAddress(options.asset, "--asset");
  const {client, module: splitter} = await moduleArg(ctx, target, "incomeShare", "splitter");
  const sale = await getSale(client, {splitter});
  const paymentAsset = await assetInfo(client, sale.terms.paymentAsset);
  const asset = assetOverride === undefined ? paymentAsset : await assetInfo(client, assetOverride);
  const raw = ctx.options.raw === true;
  const amount = parseAmount(amountText, asset.decimals, {field: "amount", raw});
  const value =
    options.value === undefined
      ? undefined
      : parseAmount(options.value, paymentAsset.decimals, {field: "--value", raw, allowZero: true});
  if (asset.address !== paymentAsset.address && value === undefined) {
    throw new UsageError(
      `--value: required when paying in ${asset.symbol}: what the payment is worth in ${paymentAsset.symbol}`,
    );
  }
  if (asset.address !== zeroAddress) await ensureAllowance(ctx, asset, splitter, amount);
  const receipt = await send(ctx, `pay ${show(amount, asset)} for period ${period}`, (w) =>
    payIncome(w, {splitter, period, asset: asset.address, amount, ...(value === undefined ? {} : {value})}),
  );
  ctx.print({splitter, period, asset: asset.address, amount, value: value ?? amount, ...sentHash(receipt)}, [
    `${ctx.dryRun ? "would pay" : "paid"} ${show(amount, asset)} against period ${period}`,
  ]);
}

async function isaClaim(ctx: Context, target: string, options: {asset?: string[]; to?: string}) {
  const assets = options.asset?.map((a, i) =>
    a.toUpperCase() === "ETH" ? zeroAddress : parseAddress(a, `--asset[${i}]`),
  );
  const to = options.to === undefined ? undefined : parseAddress(options.to, "--to");
  const {client, module: splitter} = await moduleArg(ctx, target, "incomeShare", "splitter");
  const account = await ctx.sender();
  const claimable = await getClaimable(client, {splitters: [splitter], account, ...(assets ? {assets} : {})});
  const owed = claimable.filter((c) => c.amount > 0n);
  if (owed.length === 0) throw new CliError(`${account} has nothing to claim from ${splitter}`);
  const amounts = (await Promise.all(owed.map(async (c) => show(c.amount, await assetInfo(client, c.asset))))).join(
    " + ",
  );
  const receipt = await send(ctx, `claim ${amounts}`, (w) =>
    claimIncome(w, {splitter, assets: owed.map((c) => c.asset), ...(to ? {to} : {})}),
  );
  ctx.print(
    {splitter, to: to ?? account, claimed: owed.map(({asset, amount}) => ({asset, amount})), ...sentHash(receipt)},
    [`${ctx.dryRun ? "would claim" : "claimed"} ${amounts} to ${to ?? account}`],
  );
}

async function isaStatus(ctx: Context, target: string, options: {account?: string}) {
  const account: Address | undefined =
    options.account === undefined ? undefined : parseAddress(options.account, "--account");
  const {client, module: splitter} = await moduleArg(ctx, target, "incomeShare", "splitter");
  const sale = await getSale(client, {splitter});
  const asset = await assetInfo(client, sale.terms.paymentAsset);
  const periods = await Promise.all(
    Array.from({length: Number(sale.periodCount)}, (_, i) => getPeriodRecord(client, {splitter, period: BigInt(i)})),
  );
  const claimable = account ? await getClaimable(client, {splitters: [splitter], account}) : undefined;
  const t = sale.terms;
  ctx.print({splitter, ...sale, periods, ...(claimable ? {account, claimable} : {})}, [
    `income-share agreement ${splitter} (token ${sale.token})`,
    `sale:     ${sale.status}, ${formatTokens(sale.tokensSold)} of ${formatTokens(sale.tokensOffered)} sold at ${show(t.price, asset)} per token (soft cap ${formatTokens(t.softCap)}), ${formatTime(t.saleStart)} → ${formatTime(t.saleEnd)}`,
    `terms:    ${Number(t.shareBps) / 100}% of income, ${sale.periodCount} periods of ${formatDuration(t.periodLength)} from ${formatTime(t.termStart)}, ${formatDuration(t.gracePeriod)} grace`,
    `paid:     ${show(sale.totalPaid, asset)} in total; ${sale.latePeriodCount} late period(s)${sale.isComplete ? "; complete" : ""}`,
    ...periods
      .filter((p) => p.reported || p.late)
      .map(
        (p) =>
          `period ${p.period}: ${p.reported ? `${show(p.grossIncome, asset)} gross, ${show(p.owed, asset)} owed, ${show(p.paid, asset)} paid${p.declaredValue > 0n ? ` + ${show(p.declaredValue, asset)} declared in other assets` : ""}` : "LATE (not reported)"}`,
      ),
    ...(claimable ? claimable.map((c) => `claimable by ${account}: ${c.amount} (base units of ${c.asset})`) : []),
  ]);
}

/** The creator takes the sale proceeds (soft cap reached); a buyer takes a refund (sale failed). */
async function isaWithdraw(ctx: Context, target: string, kind: "proceeds" | "refund", options: {to?: string}) {
  const to = options.to === undefined ? undefined : parseAddress(options.to, "--to");
  const {client, module: splitter} = await moduleArg(ctx, target, "incomeShare", "splitter");
  const sale = await getSale(client, {splitter});
  const asset = await assetInfo(client, sale.terms.paymentAsset);
  const recipient = to ?? (await ctx.sender());
  const before = await balanceOf(client, asset.address, recipient);
  const receipt = await send(ctx, kind === "proceeds" ? "withdraw the sale proceeds" : "take a refund", (w) =>
    kind === "proceeds" ? withdrawProceeds(w, {splitter, to: recipient}) : refundPayment(w, {splitter, to: recipient}),
  );
  const amount = receipt ? (await balanceOf(client, asset.address, recipient)) - before : undefined;
  ctx.print({splitter, to: recipient, amount, ...sentHash(receipt)}, [
    amount !== undefined
      ? `${kind === "proceeds" ? "withdrew" : "refunded"} ${show(amount, asset)} to ${recipient}`
      : `would ${kind === "proceeds" ? "withdraw the proceeds" : "take a refund"} to ${recipient}`,
  ]);
}
