// Income-share agreements (IncomeShareSplitter): the sale (purchases, deliveries, refunds, withdrawals), the income
// record per period (reports, payments in the payment asset and declared values for others) and claims per holder and
// asset. The terms come from the module's launch data, decoded with the SDK's `incomeShareTermsParameter`.

import {ponder} from "ponder:registry";
import {incomeAsset, incomeClaim, incomePayment, incomePeriod, sale, saleBuyer} from "ponder:schema";
import {incomeShareTermsParameter} from "@personal-token/sdk";
import {decodeAbiParameters, maxUint256} from "viem";
import {isLate, periodSchedule} from "../incomeSchedule";
import {type AnyEvent, type Ctx, type Db, eventId, lower, moduleOf, recordModuleActivity} from "./shared";
import {moduleLaunchedHooks} from "./token";

moduleLaunchedHooks.incomeShare = async (db, chainId, args) => {
  const [terms] = decodeAbiParameters([incomeShareTermsParameter], args.data);
  await db.insert(sale).values({
    chainId,
    address: lower(args.module),
    token: lower(args.token),
    creator: args.creator,
    paymentAsset: lower(terms.paymentAsset),
    price: terms.price,
    softCap: terms.softCap,
    tokensOffered: args.tokenAmount,
    saleStart: BigInt(terms.saleStart),
    saleEnd: BigInt(terms.saleEnd),
    shareBps: terms.shareBps,
    termStart: BigInt(terms.termStart),
    termEnd: BigInt(terms.termEnd),
    periodLength: BigInt(terms.periodLength),
    gracePeriod: BigInt(terms.gracePeriod),
    payoutCap: terms.payoutCap,
    allowlistSigner: lower(terms.allowlistSigner),
    transferableShares: terms.transferableShares,
    completed: false,
  });
};

/** The agreement that emitted `event`, or null when the emitter is not an income-share module. */
async function saleOf(ctx: Ctx, event: AnyEvent) {
  if (!(await moduleOf(ctx, event, "incomeShare"))) return null;
  return ctx.db.find(sale, {chainId: ctx.chain.id, address: lower(event.log.address)});
}

/** A period's row, created with its schedule the first time it is reported or paid. */
async function periodRow(
  db: Db,
  chainId: number,
  agreement: NonNullable<Awaited<ReturnType<typeof saleOf>>>,
  period: number,
) {
  const key = {chainId, sale: agreement.address, period};
  const existing = await db.find(incomePeriod, key);
  if (existing) return existing;
  return db.insert(incomePeriod).values({...key, ...periodSchedule(agreement, period), reported: false});
}

async function buyerRow(db: Db, chainId: number, agreement: Address, account: Address) {
  const key = {chainId, sale: agreement, account};
  const existing = await db.find(saleBuyer, key);
  if (existing) return {row: existing, isNew: false};
  return {
    row: await db.insert(saleBuyer).values(key),
    isNew: true,
  };
}
type Address = `0x${string}`;

/** Adds to a sale's per-asset totals (distributed to claim holders, claimed), making the row on first sight. */
async function addToAssetTotals(
  ctx: Ctx,
  agreement: Address,
  asset: Address,
  add: {distributed?: bigint; claimed?: bigint},
) {
  const {distributed = 0n, claimed = 0n} = add;
  await ctx.db
    .insert(incomeAsset)
    .values({chainId: ctx.chain.id, sale: agreement, asset: lower(asset), distributed, claimed})
    .onConflictDoUpdate((row) => ({distributed: row.distributed + distributed, claimed: row.claimed + claimed}));
}

ponder.on("IncomeShareSplitter:TokensPurchased", async ({event, context}) => {
  const chainId = context.chain.id;
  const agreement = await saleOf(context, event);
  if (!agreement) return;
  const {buyer, tokens, cost} = event.args;
  const {row, isNew} = await buyerRow(context.db, chainId, agreement.address, lower(buyer));
  await context.db
    .update(saleBuyer, {chainId, sale: agreement.address, account: row.account})
    .set({tokens: row.tokens + tokens, paid: row.paid + cost, shares: row.shares + tokens});
  await context.db.update(sale, {chainId, address: agreement.address}).set({
    tokensSold: agreement.tokensSold + tokens,
    raised: agreement.raised + cost,
    buyerCount: agreement.buyerCount + (isNew ? 1 : 0),
  });
  await recordModuleActivity(context, event, agreement, {
    kind: "purchase",
    account: buyer,
    amount: tokens,
    detail: {cost},
  });
});

ponder.on("IncomeShareSplitter:TokensDelivered", async ({event, context}) => {
  const chainId = context.chain.id;
  const agreement = await saleOf(context, event);
  if (!agreement) return;
  const {buyer, tokens} = event.args;
  const {row} = await buyerRow(context.db, chainId, agreement.address, lower(buyer));
  await context.db
    .update(saleBuyer, {chainId, sale: agreement.address, account: row.account})
    .set({delivered: row.delivered + tokens});
  await context.db.update(sale, {chainId, address: agreement.address}).set({delivered: agreement.delivered + tokens});
  await recordModuleActivity(context, event, agreement, {kind: "delivery", account: buyer, amount: tokens});
});

ponder.on("IncomeShareSplitter:PaymentRefunded", async ({event, context}) => {
  const chainId = context.chain.id;
  const agreement = await saleOf(context, event);
  if (!agreement) return;
  const {buyer, to, amount} = event.args;
  const {row} = await buyerRow(context.db, chainId, agreement.address, lower(buyer));
  // A refund gives back the payment and cancels the purchase's claim shares.
  await context.db
    .update(saleBuyer, {chainId, sale: agreement.address, account: row.account})
    .set({refunded: row.refunded + amount, shares: 0n});
  await context.db.update(sale, {chainId, address: agreement.address}).set({refunded: agreement.refunded + amount});
  await recordModuleActivity(context, event, agreement, {kind: "refund", account: buyer, counterparty: to, amount});
});

// The creator's withdrawals from a sale: its proceeds, and the tokens it did not sell; each adds to its total and the
// feed.
for (const [name, kind] of [
  ["ProceedsWithdrawn", "proceeds"],
  ["UnsoldTokensWithdrawn", "unsold"],
] as const) {
  ponder.on(`IncomeShareSplitter:${name}`, async ({event, context}) => {
    const chainId = context.chain.id;
    const agreement = await saleOf(context, event);
    if (!agreement) return;
    const {to, amount} = event.args;
    await context.db
      .update(sale, {chainId, address: agreement.address})
      .set(
        kind === "proceeds"
          ? {proceedsWithdrawn: agreement.proceedsWithdrawn + amount}
          : {unsoldWithdrawn: agreement.unsoldWithdrawn + amount},
      );
    await recordModuleActivity(context, event, agreement, {kind, counterparty: to, amount});
  });
}

ponder.on("IncomeShareSplitter:IncomeReported", async ({event, context}) => {
  const chainId = context.chain.id;
  const agreement = await saleOf(context, event);
  if (!agreement) return;
  const {period, grossIncome, owed, evidenceURI, evidenceHash} = event.args;
  const row = await periodRow(context.db, chainId, agreement, Number(period));
  await context.db.update(incomePeriod, {chainId, sale: agreement.address, period: row.period}).set({
    reported: true,
    reportedAt: event.block.timestamp,
    grossIncome,
    owed,
    evidenceURI,
    evidenceHash,
  });
  await recordModuleActivity(context, event, agreement, {
    kind: "report",
    amount: grossIncome,
    // Whether the report came late: the period read late up to this block.
    detail: {period, owed, evidenceURI, late: isLate(agreement, {...row, reported: false}, event.block.timestamp)},
  });
});

ponder.on("IncomeShareSplitter:IncomeDistributed", async ({event, context}) => {
  const chainId = context.chain.id;
  const agreement = await saleOf(context, event);
  if (!agreement) return;
  const {asset, payer, period, received, value} = event.args;
  const attached = period !== maxUint256;
  const inPaymentAsset = lower(asset) === agreement.paymentAsset;
  await context.db.insert(incomePayment).values({
    id: eventId(chainId, event),
    chainId,
    sale: agreement.address,
    period: attached ? Number(period) : null,
    asset: lower(asset),
    payer: lower(payer),
    received,
    value,
    timestamp: event.block.timestamp,
  });
  if (attached) {
    const row = await periodRow(context.db, chainId, agreement, Number(period));
    await context.db
      .update(incomePeriod, {chainId, sale: agreement.address, period: row.period})
      .set(inPaymentAsset ? {paid: row.paid + received} : {declaredValue: row.declaredValue + value});
    if (inPaymentAsset) {
      await context.db
        .update(sale, {chainId, address: agreement.address})
        .set({totalPaid: agreement.totalPaid + received});
    }
  }
  await addToAssetTotals(context, agreement.address, asset, {distributed: received});
  await recordModuleActivity(context, event, agreement, {
    kind: "income",
    account: payer,
    amount: received,
    detail: {asset, period: attached ? period : null, value},
  });
});

ponder.on("IncomeShareSplitter:IncomeClaimed", async ({event, context}) => {
  const chainId = context.chain.id;
  const agreement = await saleOf(context, event);
  if (!agreement) return;
  const {holder, asset, to, amount} = event.args;
  await context.db
    .insert(incomeClaim)
    .values({chainId, sale: agreement.address, holder: lower(holder), asset: lower(asset), claimed: amount})
    .onConflictDoUpdate((row) => ({claimed: row.claimed + amount}));
  await addToAssetTotals(context, agreement.address, asset, {claimed: amount});
  await recordModuleActivity(context, event, agreement, {
    kind: "claim",
    account: holder,
    counterparty: to,
    amount,
    detail: {asset},
  });
});

ponder.on("IncomeShareSplitter:SharesTransferred", async ({event, context}) => {
  const chainId = context.chain.id;
  const agreement = await saleOf(context, event);
  if (!agreement) return;
  const {from, to, shares} = event.args;
  const sender = await buyerRow(context.db, chainId, agreement.address, lower(from));
  await context.db
    .update(saleBuyer, {chainId, sale: agreement.address, account: sender.row.account})
    .set({shares: sender.row.shares - shares});
  const receiver = await buyerRow(context.db, chainId, agreement.address, lower(to));
  await context.db
    .update(saleBuyer, {chainId, sale: agreement.address, account: receiver.row.account})
    .set({shares: receiver.row.shares + shares});
  await recordModuleActivity(context, event, agreement, {
    kind: "shares",
    account: from,
    counterparty: to,
    amount: shares,
  });
});

ponder.on("IncomeShareSplitter:AgreementCompleted", async ({event, context}) => {
  const chainId = context.chain.id;
  const agreement = await saleOf(context, event);
  if (!agreement) return;
  await context.db
    .update(sale, {chainId, address: agreement.address})
    .set({completed: true, capMetAt: event.block.timestamp});
  await recordModuleActivity(context, event, agreement, {kind: "completed", amount: event.args.totalPaid});
});

ponder.on("IncomeShareSplitter:SurplusRecovered", async ({event, context}) => {
  const agreement = await saleOf(context, event);
  if (!agreement) return;
  const {asset, to, amount} = event.args;
  await recordModuleActivity(context, event, agreement, {kind: "surplus", account: to, amount, detail: {asset}});
});
