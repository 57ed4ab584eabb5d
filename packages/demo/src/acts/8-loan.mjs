// Act 8: a tradable personal loan. Peter Pan lends Alex $1,500 for a conference; the debt is a token ("Alex Masmej
// Loan 2026") that Peter can sell. He lists part of it on Uniswap V2, a buyer takes some, and Alex's installments, with
// interest, go to whoever holds the claim when each arrives.

import {
  claimLoanRepayments,
  fundLoan,
  getLoan,
  getLoanPosition,
  launchModule,
  loanModule,
  repayLoan,
  withdrawLoanPrincipal,
} from "@personal-token/sdk";
import {erc20Abi} from "viem";
import {abiOf} from "../artifacts.mjs";
import {
  DAY,
  LOAN_BUYER,
  LOAN_BUYER_PAYS,
  LOAN_FUNDING_DAYS,
  LOAN_GRACE_DAYS,
  LOAN_INSTALLMENT,
  LOAN_INSTALLMENTS,
  LOAN_NAME,
  LOAN_POOL_CLAIMS,
  LOAN_POOL_USDC,
  LOAN_PRINCIPAL,
  LOAN_SYMBOL,
  USD_DECIMALS,
} from "../figures.mjs";
import {amount} from "../report.mjs";
import {addLiquidity, getPair, swapExactTokensForTokens, syncPair} from "../uniswap.mjs";

const usdAmount = (value) => amount(value, USD_DECIMALS, 6);

/** Plays the loan from now; returns the loan and the claim-USDC pair. */
export async function lendToAlex(
  {publicClient, report, names, alex, buyers, peter, step, balanceOf, now, warpTo},
  {token, usdc, uniswap},
) {
  report.act("Act 8. Peter Pan's $1,500 loan: the debt trades on Uniswap V2, the installments follow the claim");
  const buyer = buyers[LOAN_BUYER];
  const buyerName = names.get(buyer.account.address);
  const start = await now();
  const fundingDeadline = start + LOAN_FUNDING_DAYS * DAY;
  const installments = Array.from({length: Number(LOAN_INSTALLMENTS)}, (_, i) => ({
    dueDate: fundingDeadline + BigInt(i + 1) * 30n * DAY,
    amount: LOAN_INSTALLMENT,
  }));
  let loan;
  await step(
    `Alex launches the loan beside ALEX (launchModule): ${LOAN_NAME}, 1,500 USDC, 3 × 525 USDC back`,
    async () => {
      const launched = await launchModule(alex, {
        token,
        module: loanModule({
          terms: {
            name: LOAN_NAME,
            symbol: LOAN_SYMBOL,
            asset: usdc,
            principal: LOAN_PRINCIPAL,
            fundingDeadline,
            gracePeriod: Number(LOAN_GRACE_DAYS * DAY),
            installments,
          },
        }),
      });
      loan = launched.module;
      return launched.hash;
    },
  );
  names.set(loan, "personal loan");
  await step("Peter Pan and the debt's buyer take USDC from the local faucet", () => [
    peter.writeContract({
      address: usdc,
      abi: abiOf("usdc"),
      functionName: "mint",
      args: [peter.account.address, LOAN_PRINCIPAL + LOAN_POOL_USDC],
    }),
    buyer.writeContract({
      address: usdc,
      abi: abiOf("usdc"),
      functionName: "mint",
      args: [buyer.account.address, LOAN_BUYER_PAYS],
    }),
  ]);
  await step("Peter Pan lends the whole 1,500 USDC (approve, then fund): 1,500 AML26 claim tokens", async () => [
    await fundLoan(peter, {loan, amount: LOAN_PRINCIPAL, approve: true}),
  ]);
  await step("Alex withdraws the principal", () => withdrawLoanPrincipal(alex, {loan}));
  const funded = await getLoan(publicClient, {loan});
  report.line(
    `loan ${loan}: ${funded.status}, ${usdAmount(funded.principal)} USDC funded, ${usdAmount(funded.totalOwed)} USDC owed back`,
  );

  await step("Alex approves the loan for the 1,575 USDC he will repay", () =>
    alex.writeContract({
      address: usdc,
      abi: erc20Abi,
      functionName: "approve",
      args: [loan, LOAN_INSTALLMENT * LOAN_INSTALLMENTS],
    }),
  );
  await warpTo(installments[0].dueDate, "installment 1 is due");
  await step("Alex repays installment 1 (525 USDC): all of it to Peter, the only holder", () =>
    repayLoan(alex, {loan, amount: LOAN_INSTALLMENT}),
  );

  await step("Peter claims installment 1: 525 USDC", () => claimLoanRepayments(peter, {loan}));

  // Peter sells part of the remaining debt on Uniswap V2, against USDC.
  const {router, factory} = uniswap;
  await step("Peter approves the router for 600 AML26", () =>
    peter.writeContract({address: loan, abi: erc20Abi, functionName: "approve", args: [router, LOAN_POOL_CLAIMS]}),
  );
  await step("Peter approves the router for 390 USDC", () =>
    peter.writeContract({address: usdc, abi: erc20Abi, functionName: "approve", args: [router, LOAN_POOL_USDC]}),
  );
  await step("Peter lists 600 AML26 against 390 USDC on Uniswap V2 (0.65 a claim; 0.70 is still owed on each)", () =>
    addLiquidity(peter, {router, tokenA: loan, tokenB: usdc, amountA: LOAN_POOL_CLAIMS, amountB: LOAN_POOL_USDC}),
  );
  const pair = await getPair(publicClient, {factory, tokenA: loan, tokenB: usdc});
  names.set(pair, "AML26-USDC pair (pool)");
  await step(`${buyerName} approves the router for 130 USDC`, () =>
    buyer.writeContract({address: usdc, abi: erc20Abi, functionName: "approve", args: [router, LOAN_BUYER_PAYS]}),
  );
  await step(`${buyerName} buys AML26 with 130 USDC (swapExactTokensForTokens)`, () =>
    swapExactTokensForTokens(buyer, {router, tokenIn: usdc, tokenOut: loan, amountIn: LOAN_BUYER_PAYS}),
  );
  const holders = [
    ["Peter Pan (lender)", peter.account.address],
    [buyerName, buyer.account.address],
    ["AML26-USDC pair (pool)", pair],
  ];
  const claims = await Promise.all(holders.map(([, address]) => balanceOf(loan, address)));
  report.line(`claims now: ${holders.map(([name], i) => `${name} ${usdAmount(claims[i])}`).join(", ")}`);

  for (const i of [1, 2]) {
    await warpTo(installments[i].dueDate, `installment ${i + 1} is due`);
    await step(`Alex repays installment ${i + 1} (525 USDC): split by who holds AML26 now`, () =>
      repayLoan(alex, {loan, amount: LOAN_INSTALLMENT}),
    );
  }
  const before = await Promise.all(holders.map(([, address]) => balanceOf(usdc, address)));
  const owed = await Promise.all(holders.map(([, address]) => getLoanPosition(publicClient, {loan, account: address})));
  await step("Peter claims", () => claimLoanRepayments(peter, {loan}));
  await step(`${buyerName} claims`, () => claimLoanRepayments(buyer, {loan}));
  await step("anyone pushes the pool's share to the pair (claimFor)", () =>
    claimLoanRepayments(buyer, {loan, for: pair}),
  );
  await step("anyone syncs the pair: the pushed USDC joins its reserves (Peter's LP shares)", () =>
    syncPair(buyer, {pair}),
  );
  const received = await Promise.all(
    holders.map(async ([, address], i) => (await balanceOf(usdc, address)) - before[i]),
  );
  report.table(
    ["holder", "AML26 after the sale", "USDC from installments 2-3"],
    holders.map(([name], i) => [name, usdAmount(claims[i]), usdAmount(owed[i].claimable)]),
  );
  const done = await getLoan(publicClient, {loan});
  report.line(
    `buyer's share of installments 2-3: ${usdAmount(owed[1].claimable)} USDC for ${usdAmount(claims[1])} AML26 bought with 130 USDC; Peter's own claims earned ${usdAmount(owed[0].claimable)}`,
  );
  report.table(
    ["installment", "due", "paid", "paid at", "late"],
    done.installments.map((inst, i) => [
      String(i + 1),
      new Date(Number(inst.dueDate) * 1_000).toISOString().slice(0, 10),
      usdAmount(inst.paid),
      new Date(Number(inst.paidAt) * 1_000).toISOString().slice(0, 10),
      inst.late ? "yes" : "no",
    ]),
  );
  const left = await balanceOf(usdc, loan);
  report.line(
    `loan ${done.status}: ${usdAmount(done.totalRepaid)} USDC repaid, ${usdAmount(done.totalClaimed)} claimed, ${left} base unit${left === 1n ? "" : "s"} of USDC left in the loan (sub-unit rounding carried; ${received.every((r, i) => r === owed[i].claimable) ? "everyone got exactly what claimable showed" : "MISMATCH"})`,
  );
  return {loan, loanPair: pair};
}
