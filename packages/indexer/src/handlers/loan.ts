// Personal loans (PersonalLoan): funding, refunds of a failed loan, the principal's withdrawal, repayments and
// installments, and claims of repayments. The claim itself is an ERC-20 whose holders change by transfer; its holders
// are not indexed yet (the loan's Transfer events would need a source of their own).

import {ponder} from "ponder:registry";
import {loan, loanHolder} from "ponder:schema";
import {zeroAddress} from "viem";
import {
  type Address,
  type AnyEvent,
  type Ctx,
  lower,
  type ModuleRef,
  moduleOf,
  moveBalance,
  recordModuleActivity,
} from "./shared";

/** The loan that emitted `event` (its row made on first sight), or null when the emitter is not a loan. */
async function loanOf(ctx: Ctx, event: AnyEvent) {
  const ref = await moduleOf(ctx, event, "loan");
  if (!ref) return null;
  await ctx.db
    .insert(loan)
    .values({
      chainId: ctx.chain.id,
      address: ref.address,
      token: ref.token,
    })
    .onConflictDoNothing();
  return ref;
}

/** The update of the loan's row. */
const updateLoan = (ctx: Ctx, ref: ModuleRef) => ctx.db.update(loan, {chainId: ctx.chain.id, address: ref.address});

ponder.on("PersonalLoan:LoanFunded", async ({event, context}) => {
  const ref = await loanOf(context, event);
  if (!ref) return;
  const {lender, amount, totalFunded} = event.args;
  await updateLoan(context, ref).set((row) => ({totalFunded, lenderCount: row.lenderCount + 1}));
  await recordModuleActivity(context, event, ref, {kind: "loan-funded", account: lender, amount});
});

ponder.on("PersonalLoan:FundingCompleted", async ({event, context}) => {
  const ref = await loanOf(context, event);
  if (!ref) return;
  await updateLoan(context, ref).set({fundedAt: event.args.completedAt});
});

ponder.on("PersonalLoan:FundingRefunded", async ({event, context}) => {
  const ref = await loanOf(context, event);
  if (!ref) return;
  const {holder, to, amount} = event.args;
  await updateLoan(context, ref).set((row) => ({totalRefunded: row.totalRefunded + amount}));
  await recordModuleActivity(context, event, ref, {kind: "loan-refund", account: holder, counterparty: to, amount});
});

ponder.on("PersonalLoan:PrincipalWithdrawn", async ({event, context}) => {
  const ref = await loanOf(context, event);
  if (!ref) return;
  const {to, amount} = event.args;
  await updateLoan(context, ref).set({principalWithdrawn: amount});
  await recordModuleActivity(context, event, ref, {kind: "loan-principal", counterparty: to, amount});
});

ponder.on("PersonalLoan:LoanRepayment", async ({event, context}) => {
  const ref = await loanOf(context, event);
  if (!ref) return;
  const {payer, amount, totalRepaid} = event.args;
  await updateLoan(context, ref).set({totalRepaid});
  await recordModuleActivity(context, event, ref, {kind: "loan-repayment", account: payer, amount});
});

ponder.on("PersonalLoan:InstallmentPaid", async ({event, context}) => {
  const ref = await loanOf(context, event);
  if (!ref) return;
  const late = event.args.late ? 1 : 0;
  await updateLoan(context, ref).set((row) => ({
    installmentsPaid: row.installmentsPaid + 1,
    installmentsLate: row.installmentsLate + late,
  }));
});

ponder.on("PersonalLoan:LoanRepaid", async ({event, context}) => {
  const ref = await loanOf(context, event);
  if (!ref) return;
  await updateLoan(context, ref).set({repaidAt: event.args.repaidAt});
});

ponder.on("PersonalLoan:RepaymentClaimed", async ({event, context}) => {
  const ref = await loanOf(context, event);
  if (!ref) return;
  const {account, to, amount} = event.args;
  await updateLoan(context, ref).set((row) => ({totalClaimed: row.totalClaimed + amount}));
  await recordModuleActivity(context, event, ref, {kind: "loan-claim", account, counterparty: to, amount});
});

ponder.on("PersonalLoan:Transfer", async ({event, context}) => {
  const ref = await loanOf(context, event);
  if (!ref) return;
  const chainId = context.chain.id;
  const from = lower(event.args.from);
  const to = lower(event.args.to);
  const {value} = event.args;
  const balances = {table: loanHolder, key: (account: Address) => ({chainId, loan: ref.address, account})};
  const {supply, holders} = await moveBalance(context.db, balances, {from, to, value}, event.block.number);
  await updateLoan(context, ref).set((row) => ({
    claimSupply: row.claimSupply + supply,
    holderCount: row.holderCount + holders,
  }));
  // Funding's mint and a refund's burn have their own feed rows (loan-funded, loan-refund): only moves are added.
  if (from !== zeroAddress && to !== zeroAddress) {
    await recordModuleActivity(context, event, ref, {
      kind: "loan-transfer",
      account: from,
      counterparty: to,
      amount: value,
    });
  }
});
