// loan create|fund|withdraw|repay|claim|refund|transfer|status: tokenized personal loans (tradable debt).
import {
  claimLoanRepayments,
  fundLoan,
  getLoan,
  getLoanPosition,
  loanModule,
  refundLoan,
  repayLoan,
  transferLoanClaim,
  withdrawLoanPrincipal,
} from "@personal-token/sdk";
import type {Command} from "commander";
import {type Address, zeroAddress} from "viem";
import {type Asset, assetInfo, balanceOf} from "../assets.js";
import type {Context} from "../context.js";
import {CliError, UsageError} from "../errors.js";
import {formatTime, show} from "../format.js";
import {addModule} from "../modules.js";
import {checkAmountText, parseAddress, parseAmount, parseCount, parseDuration, parseTime} from "../parse.js";
import {moduleArg, tokenArg} from "../registry.js";
import {run} from "../run.js";
import {ensureAllowance, send, sentHash} from "../transactions.js";

/** The loan argument (the loan's address, or a token with one loan), its state and its asset. */
async function loanArg(ctx: Context, text: string) {
  const {client, module: loan} = await moduleArg(ctx, text, "loan", "loan");
  const state = await getLoan(client, {loan});
  const asset = await assetInfo(client, state.asset);
  const claim: Asset = {address: loan, symbol: state.symbol, decimals: state.decimals};
  return {client, loan, state, asset, claim};
}

export function register(cli: Command): void {
  const cmd = cli
    .command("loan")
    .description("personal loans (tradable debt): create, fund, withdraw, repay, claim, refund, transfer, status");

  cmd
    .command("create")
    .argument("<token>")
    .description("borrow beside your token: lenders fund the principal, the claim trades as an ERC-20 (creator)")
    .requiredOption("--name <name>", 'the claim token\'s name, e.g. "Peter Pan Loan 2026"')
    .requiredOption("--symbol <symbol>", "the claim token's symbol, e.g. PPL26")
    .requiredOption("--principal <amount>", "what lenders fund, in the asset")
    .requiredOption("--owed <amount>", "what you repay in total (principal plus interest), in the asset")
    .option("--asset <address>", "the asset lent and repaid: an ERC-20 address, or ETH", "ETH")
    .option("--installments <count>", "equal installments (the last takes the rounding)", "1")
    .option("--every <duration>", "time between installments", "30d")
    .option("--funding <time>", "funding deadline: +14d, unix seconds or an ISO date", "+14d")
    .option("--first-due <time>", "first due date (default: one --every after the funding deadline)")
    .option("--grace <duration>", "grace after each due date before it reads late", "0")
    .action(run(loanCreate));

  cmd
    .command("fund")
    .argument("<loan>")
    .argument("<amount>", "the most to lend; the loan takes only what the principal lacks")
    .description("lend to a loan that is funding (approves first for an ERC-20)")
    .action(run(loanFund));

  cmd
    .command("withdraw")
    .argument("<loan>")
    .description("take the principal of a funded loan (creator, once)")
    .option("--to <address>", "where it goes (default: you)")
    .action(run(loanWithdraw));

  cmd
    .command("repay")
    .argument("<loan>")
    .argument("<amount>")
    .description("repay on the creator's behalf (anyone; approves first for an ERC-20)")
    .action(run(loanRepay));

  cmd
    .command("claim")
    .argument("<loan>")
    .description("claim the repayments your claim tokens earned")
    .option("--to <address>", "where they go (default: you)")
    .option("--for <address>", "push another account's repayments to it (e.g. a Uniswap pair)")
    .action(run(loanClaim));

  cmd
    .command("refund")
    .argument("<loan>")
    .description("take back what you lent to a loan that missed its principal")
    .option("--to <address>", "where it goes (default: you)")
    .action(run(loanRefund));

  cmd
    .command("transfer")
    .argument("<loan>")
    .argument("<to>")
    .argument("<amount>", "claim tokens (one per asset unit lent)")
    .description("sell or give part of the debt: later repayments follow the claim tokens")
    .action(run(loanTransfer));

  cmd
    .command("status")
    .argument("<loan>")
    .description("the loan, its installments and (with --account) a position")
    .option("--account <address>")
    .action(run(loanStatus));
}

type CreateOptions = {
  name: string;
  symbol: string;
  principal: string;
  owed: string;
  asset: string;
  installments: string;
  every: string;
  funding: string;
  firstDue?: string;
  grace: string;
};

async function loanCreate(ctx: Context, tokenText: string, o: CreateOptions) {
  const assetAddress = /^eth$/i.test(o.asset.trim()) ? zeroAddress : parseAddress(o.asset, "--asset");
  checkAmountText(o.principal, "--principal");
  checkAmountText(o.owed, "--owed");
  const count = parseCount(o.installments, "--installments", {max: 120});
  const every = parseDuration(o.every, "--every");
  const grace = parseDuration(o.grace, "--grace", {allowZero: true});
  const {client, factory, token} = await tokenArg(ctx, tokenText);
  const asset = await assetInfo(client, assetAddress);
  const raw = ctx.options.raw === true;
  const principal = parseAmount(o.principal, asset.decimals, {field: "--principal", raw});
  const owed = parseAmount(o.owed, asset.decimals, {field: "--owed", raw});
  if (owed < principal) throw new UsageError(`--owed (${o.owed}) must be at least --principal (${o.principal})`);
  const now = (await client.getBlock()).timestamp;
  const fundingDeadline = parseTime(o.funding, "--funding", now);
  const firstDue = o.firstDue === undefined ? fundingDeadline + every : parseTime(o.firstDue, "--first-due", now);
  const each = owed / BigInt(count);
  const installments = Array.from({length: count}, (_, i) => ({
    dueDate: firstDue + BigInt(i) * every,
    amount: i === count - 1 ? owed - each * BigInt(count - 1) : each,
  }));
  let module: ReturnType<typeof loanModule>;
  try {
    module = loanModule({
      terms: {
        name: o.name,
        symbol: o.symbol,
        asset: assetAddress,
        principal,
        fundingDeadline,
        gracePeriod: Number(grace),
        installments,
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0] ?? String(error));
  }
  const {receipt, address} = await addModule(ctx, client, factory, token, module, `create loan ${o.symbol}`);
  ctx.print(
    {token, loan: address, asset: assetAddress, principal, owed, fundingDeadline, installments, ...sentHash(receipt)},
    [
      `${ctx.dryRun ? "would create" : "created"} loan ${o.symbol} ${address}: ${show(principal, asset)} funded until ${formatTime(fundingDeadline)}, ${show(owed, asset)} back in ${count} installment${count === 1 ? "" : "s"} from ${formatTime(firstDue)}`,
    ],
  );
}

async function loanFund(ctx: Context, target: string, amountText: string) {
  checkAmountText(amountText, "amount");
  const {loan, state, asset, claim} = await loanArg(ctx, target);
  if (state.status !== "funding") throw new CliError(`loan ${loan} is ${state.status}: funding is closed`);
  const amount = parseAmount(amountText, asset.decimals, {field: "amount", raw: ctx.options.raw === true});
  const missing = state.principal - state.totalFunded;
  let lent = amount;
  if (lent > missing) lent = missing;
  if (asset.address !== zeroAddress) await ensureAllowance(ctx, asset, loan, lent);
  const receipt = await send(ctx, `lend ${show(lent, asset)}`, (w) => fundLoan(w, {loan, amount: lent}));
  ctx.print({loan, amount: lent, ...sentHash(receipt)}, [
    `${ctx.dryRun ? "would lend" : "lent"} ${show(lent, asset)} to ${loan} for ${show(lent, claim)}${lent === missing ? " (fully funded)" : ""}`,
  ]);
}

async function loanWithdraw(ctx: Context, target: string, o: {to?: string}) {
  const to = o.to === undefined ? undefined : parseAddress(o.to, "--to");
  const {loan, state, asset} = await loanArg(ctx, target);
  if (state.principalWithdrawn) throw new CliError(`the principal of ${loan} was already withdrawn`);
  const recipient = to ?? (await ctx.sender());
  const receipt = await send(ctx, `withdraw ${show(state.principal, asset)}`, (w) =>
    withdrawLoanPrincipal(w, {loan, to: recipient}),
  );
  ctx.print({loan, to: recipient, amount: state.principal, ...sentHash(receipt)}, [
    `${ctx.dryRun ? "would withdraw" : "withdrew"} ${show(state.principal, asset)} from ${loan} to ${recipient}`,
  ]);
}

async function loanRepay(ctx: Context, target: string, amountText: string) {
  checkAmountText(amountText, "amount");
  const {loan, state, asset} = await loanArg(ctx, target);
  const amount = parseAmount(amountText, asset.decimals, {field: "amount", raw: ctx.options.raw === true});
  if (amount > state.owed)
    throw new CliError(`${show(state.owed, asset)} is owed, asked to repay ${show(amount, asset)}`);
  if (asset.address === zeroAddress) {
    const balance = await balanceOf(await ctx.client(), zeroAddress, await ctx.sender());
    if (balance < amount) throw new CliError(`${await ctx.sender()} holds ${show(balance, asset)}, needs more`);
  } else {
    await ensureAllowance(ctx, asset, loan, amount);
  }
  const receipt = await send(ctx, `repay ${show(amount, asset)}`, (w) => repayLoan(w, {loan, amount}));
  const after = ctx.dryRun ? undefined : await getLoan(await ctx.client(), {loan});
  ctx.print({loan, amount, ...(after ? {owed: after.owed, status: after.status} : {}), ...sentHash(receipt)}, [
    `${ctx.dryRun ? "would repay" : "repaid"} ${show(amount, asset)} on ${loan}${after ? (after.status === "repaid" ? ": repaid in full" : `: ${show(after.owed, asset)} still owed`) : ""}`,
  ]);
}

async function loanClaim(ctx: Context, target: string, o: {to?: string; for?: string}) {
  const to = o.to === undefined ? undefined : parseAddress(o.to, "--to");
  const account = o.for === undefined ? undefined : parseAddress(o.for, "--for");
  if (to && account) throw new UsageError("--to cannot be combined with --for: claimFor pays the account itself");
  const {client, loan, asset} = await loanArg(ctx, target);
  const holder = account ?? (await ctx.sender());
  const {claimable} = await getLoanPosition(client, {loan, account: holder});
  if (claimable === 0n) throw new CliError(`${holder} has no repayment to claim on ${loan}`);
  const recipient = account ?? to ?? holder;
  const receipt = await send(ctx, `claim ${show(claimable, asset)}`, (w) =>
    claimLoanRepayments(w, account ? {loan, for: account} : {loan, to: recipient}),
  );
  ctx.print({loan, account: holder, to: recipient, amount: claimable, ...sentHash(receipt)}, [
    `${ctx.dryRun ? "would claim" : "claimed"} ${show(claimable, asset)} from ${loan} to ${recipient}`,
  ]);
}

async function loanRefund(ctx: Context, target: string, o: {to?: string}) {
  const to = o.to === undefined ? undefined : parseAddress(o.to, "--to");
  const {client, loan, state, asset} = await loanArg(ctx, target);
  if (state.status !== "failed") throw new CliError(`loan ${loan} is ${state.status}: only a failed loan refunds`);
  const sender = await ctx.sender();
  const {balance} = await getLoanPosition(client, {loan, account: sender});
  if (balance === 0n) throw new CliError(`${sender} holds no claim tokens of ${loan}`);
  const recipient = to ?? sender;
  const receipt = await send(ctx, `refund ${show(balance, asset)}`, (w) => refundLoan(w, {loan, to: recipient}));
  ctx.print({loan, to: recipient, amount: balance, ...sentHash(receipt)}, [
    `${ctx.dryRun ? "would refund" : "refunded"} ${show(balance, asset)} from ${loan} to ${recipient}`,
  ]);
}

async function loanTransfer(ctx: Context, target: string, toText: string, amountText: string) {
  const to = parseAddress(toText, "to");
  checkAmountText(amountText, "amount");
  const {client, loan, claim} = await loanArg(ctx, target);
  const amount = parseAmount(amountText, claim.decimals, {field: "amount", raw: ctx.options.raw === true});
  const sender = await ctx.sender();
  const {balance} = await getLoanPosition(client, {loan, account: sender});
  if (balance < amount)
    throw new CliError(`${sender} holds ${show(balance, claim)}, asked to send ${show(amount, claim)}`);
  const receipt = await send(ctx, `transfer ${show(amount, claim)}`, (w) => transferLoanClaim(w, {loan, to, amount}));
  ctx.print({loan, to, amount, ...sentHash(receipt)}, [
    `${ctx.dryRun ? "would transfer" : "transferred"} ${show(amount, claim)} to ${to}`,
  ]);
}

async function loanStatus(ctx: Context, target: string, o: {account?: string}) {
  const account: Address | undefined = o.account === undefined ? undefined : parseAddress(o.account, "--account");
  const {client, loan, state, asset, claim} = await loanArg(ctx, target);
  const position = account ? await getLoanPosition(client, {loan, account}) : undefined;
  ctx.print({...state, ...(position ? {account, position} : {})}, [
    `loan ${state.name} (${state.symbol}) ${loan}, token ${state.token}: ${state.status}`,
    `principal: ${show(state.principal, asset)}; funded ${show(state.totalFunded, asset)} (deadline ${formatTime(state.fundingDeadline)})${state.principalWithdrawn ? ", withdrawn" : ""}`,
    `repaid:    ${show(state.totalRepaid, asset)} of ${show(state.totalOwed, asset)}; ${state.lateInstallmentCount} late`,
    ...state.installments.map(
      (inst, i) =>
        `  ${i}: ${show(inst.amount, asset)} due ${formatTime(inst.dueDate)}: ${inst.paidAt > 0n ? `paid ${formatTime(inst.paidAt)}` : `${show(inst.paid, asset)} paid`}${inst.late ? " (late)" : ""}`,
    ),
    ...(position
      ? [
          `${account}: ${show(position.balance, claim)} (${position.shareBps} bps), ${show(position.claimable, asset)} to claim`,
        ]
      : []),
  ]);
}
