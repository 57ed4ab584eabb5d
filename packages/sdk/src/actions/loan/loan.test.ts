import {type Address, erc20Abi, parseEther, zeroAddress} from "viem";
import {describe, expect, test} from "vitest";
import {
  alice,
  bob,
  creator,
  DAY,
  launchAlex,
  mined,
  mintUsdc,
  noRpcClient,
  now,
  publicClient,
  stranger,
  transferToken,
  usd,
  usdc,
  warp,
  warpTo,
} from "../../../test/utils.js";
import {
  ContractRevertedError,
  claimLoanRepayments,
  errorMessages,
  fundLoan,
  getLoan,
  getLoanPosition,
  InvalidAddressError,
  InvalidAmountError,
  InvalidParameterError,
  isContractRevertedError,
  type LoanTerms,
  launchModule,
  loanModule,
  recoverLoanSurplus,
  refundLoan,
  repayLoan,
  transferLoanClaim,
  withdrawLoanPrincipal,
} from "../../index.js";

const PRINCIPAL = usd("1500");
const INSTALLMENT = usd("525");
const OWED = 3n * INSTALLMENT;

const balanceOf = (token: Address, account: Address) =>
  publicClient.readContract({address: token, abi: erc20Abi, functionName: "balanceOf", args: [account]});

/** Peter Pan's loan: 1,500 USDC funded within 14 days, 3 monthly installments of 525, a week's grace. */
function peterPanTerms(start: bigint, asset: Address = usdc, principal = PRINCIPAL, each = INSTALLMENT): LoanTerms {
  const fundingDeadline = start + 14n * DAY;
  return {
    name: "Peter Pan Loan 2026",
    symbol: "PPL26",
    asset,
    principal,
    fundingDeadline,
    gracePeriod: 7 * 86_400,
    installments: [1n, 2n, 3n].map((month) => ({dueDate: fundingDeadline + month * 30n * DAY, amount: each})),
  };
}

/** $ALEX, then the loan beside it (launchModule), funded `funded` USDC by alice and the rest by bob when asked. */
async function launchLoan(terms?: LoanTerms) {
  const {token} = await launchAlex({symbol: "LOAN"});
  const {module: loan, hash} = await launchModule(creator, {
    token,
    module: loanModule({terms: terms ?? peterPanTerms(await now())}),
  });
  await mined(hash); // launchModule returns once sent: the loan has no code until its transaction is mined
  return {token, loan};
}

async function fundedLoan() {
  const {token, loan} = await launchLoan();
  await mintUsdc(alice.account.address, usd("1000"));
  await mintUsdc(bob.account.address, usd("500"));
  await mined(fundLoan(alice, {loan, amount: usd("1000"), approve: true}));
  await mined(fundLoan(bob, {loan, amount: usd("500"), approve: true}));
  return {token, loan};
}

describe("loanModule", () => {
  test("encodes the terms and launches no personal tokens", () => {
    const module = loanModule({terms: peterPanTerms(1_000_000n)});
    expect(module.implementation).toBe("personalLoanImplementation");
    expect(module.tokenAmount).toBe(0n);
    expect(module.data).toContain(usdc.slice(2).toLowerCase());
  });

  test("refuses bad terms offline", () => {
    const terms = peterPanTerms(1_000_000n);
    expect(() => loanModule({terms: {...terms, name: ""}})).toThrow(/name/);
    expect(() => loanModule({terms: {...terms, symbol: ""}})).toThrow(/symbol/);
    expect(() => loanModule({terms: {...terms, principal: 0n}})).toThrow(/principal/);
    expect(() => loanModule({terms: {...terms, gracePeriod: 366 * 86_400}})).toThrow(/gracePeriod/);
    expect(() => loanModule({terms: {...terms, installments: []}})).toThrow(/1 to 120/);
    expect(() => loanModule({terms: {...terms, principal: usd("2000")}})).toThrow(/less than the principal/);
    const [first, second, third] = terms.installments as [LoanTerms["installments"][0], ...LoanTerms["installments"]];
    expect(() => loanModule({terms: {...terms, installments: [second!, first, third!]}})).toThrow(
      /installments\[1\]\.dueDate/,
    );
    expect(() => loanModule({terms: {...terms, installments: [{...first, amount: 0n}]}})).toThrow(
      InvalidParameterError,
    );
    expect(() => loanModule({terms: {...terms, installments: [{...first, dueDate: terms.fundingDeadline}]}})).toThrow(
      /after the funding deadline/,
    );
    expect(() => loanModule({terms: {...terms, asset: "0x1234" as Address}})).toThrow(InvalidAddressError);
  });
});

describe("a personal loan in USDC", () => {
  test("fund by two lenders, withdraw, repay by anyone, sell part of the claim, claim pro rata; the record reads back", async () => {
    const {token, loan} = await launchLoan();
    const launched = await getLoan(publicClient, {loan});
    expect(launched).toMatchObject({
      token,
      creator: creator.account.address,
      name: "Peter Pan Loan 2026",
      symbol: "PPL26",
      decimals: 6,
      asset: usdc,
      status: "funding",
      principal: PRINCIPAL,
      totalOwed: OWED,
      owed: OWED,
      totalFunded: 0n,
      principalWithdrawn: false,
      nextInstallment: 0n,
      lateInstallmentCount: 0n,
    });
    expect(launched.installments).toHaveLength(3);

    await mintUsdc(alice.account.address, usd("1000"));
    await mintUsdc(bob.account.address, usd("600"));
    await mined(fundLoan(alice, {loan, amount: usd("1000"), approve: true}));
    // Bob offers 600; the loan takes the 500 it lacks.
    await mined(fundLoan(bob, {loan, amount: usd("600"), approve: true}));
    expect(await getLoanPosition(publicClient, {loan, account: bob.account.address})).toMatchObject({
      balance: usd("500"),
      shareBps: 3333n,
      claimable: 0n,
    });
    expect(await balanceOf(usdc, bob.account.address)).toBe(usd("100"));
    expect((await getLoan(publicClient, {loan})).status).toBe("active");

    const before = await balanceOf(usdc, creator.account.address);
    await mined(withdrawLoanPrincipal(creator, {loan}));
    expect((await balanceOf(usdc, creator.account.address)) - before).toBe(PRINCIPAL);

    // A stranger pays the first installment on the creator's behalf, on its due date.
    await warpTo(launched.installments[0]!.dueDate);
    await mintUsdc(stranger.account.address, OWED);
    await mined(repayLoan(stranger, {loan, amount: INSTALLMENT, approve: true}));
    expect((await getLoanPosition(publicClient, {loan, account: alice.account.address})).claimable).toBe(usd("350"));

    // Alice sells 400 claims to bob: the next installment follows the claims.
    await mined(transferLoanClaim(alice, {loan, to: bob.account.address, amount: usd("400")}));
    await mined(repayLoan(stranger, {loan, amount: INSTALLMENT, approve: true}));
    expect((await getLoanPosition(publicClient, {loan, account: alice.account.address})).claimable).toBe(
      usd("350") + usd("210"),
    );
    expect((await getLoanPosition(publicClient, {loan, account: bob.account.address})).claimable).toBe(
      usd("175") + usd("315"),
    );

    // The last installment, late.
    await warpTo(launched.installments[2]!.dueDate + 8n * DAY);
    expect((await getLoan(publicClient, {loan})).lateInstallmentCount).toBe(1n);
    await mined(repayLoan(stranger, {loan, amount: INSTALLMENT, approve: true}));
    const repaid = await getLoan(publicClient, {loan});
    expect(repaid).toMatchObject({status: "repaid", owed: 0n, totalRepaid: OWED, nextInstallment: 3n});
    expect(repaid.repaidAt).toBeGreaterThan(0n);
    expect(repaid.installments.map((i) => i.late)).toEqual([false, false, true]);
    expect(repaid.installments.every((i) => i.paid === i.amount && i.paidAt > 0n)).toBe(true);

    await mined(claimLoanRepayments(alice, {loan}));
    await mined(claimLoanRepayments(stranger, {loan, for: bob.account.address}));
    expect(await balanceOf(usdc, alice.account.address)).toBe(usd("350") + usd("210") + usd("210"));
    expect(await balanceOf(usdc, bob.account.address)).toBe(usd("100") + usd("175") + usd("315") + usd("315"));
    expect((await getLoan(publicClient, {loan})).totalClaimed).toBe(OWED);
  });

  test("typed errors: funding a funded loan, a stranger taking the principal, repaying too much, nothing to claim", async () => {
    const {loan} = await fundedLoan();
    await mintUsdc(stranger.account.address, OWED + 1n);
    const wrongStatus = await fundLoan(stranger, {loan, amount: 1n, approve: true}).catch((e: unknown) => e);
    expect(isContractRevertedError(wrongStatus, "PersonalLoan_WrongStatus")).toBe(true);
    expect((wrongStatus as ContractRevertedError).shortMessage).toMatch(/active, which does not allow this/);

    const notCreator = await withdrawLoanPrincipal(stranger, {loan}).catch((e: unknown) => e);
    expect(isContractRevertedError(notCreator, "PersonalLoan_NotCreator")).toBe(true);
    expect((notCreator as ContractRevertedError).args).toEqual([stranger.account.address]);

    const tooMuch = await repayLoan(stranger, {loan, amount: OWED + 1n, approve: true}).catch((e: unknown) => e);
    expect(isContractRevertedError(tooMuch, "PersonalLoan_RepaymentExceedsDebt")).toBe(true);
    expect((tooMuch as ContractRevertedError).shortMessage).toMatch(/repay at most what is owed/);

    const nothing = await claimLoanRepayments(alice, {loan}).catch((e: unknown) => e);
    expect(nothing).toBeInstanceOf(ContractRevertedError);
    expect((nothing as ContractRevertedError).errorName).toBe("PersonalLoan_NothingToClaim");

    // A plain transfer is not a repayment: it is surplus, which only ever goes to the creator.
    await transferToken(stranger, usdc, loan, usd("1"));
    const before = await balanceOf(usdc, creator.account.address);
    await mined(recoverLoanSurplus(stranger, {loan, asset: usdc}));
    expect((await balanceOf(usdc, creator.account.address)) - before).toBe(usd("1"));
  });

  test("bad inputs fail before any RPC", async () => {
    const {client, calls} = noRpcClient();
    const loan = alice.account.address;
    await expect(fundLoan(client, {loan, amount: 0n})).rejects.toThrow(InvalidAmountError);
    await expect(repayLoan(client, {loan: "0x12" as Address, amount: 1n})).rejects.toThrow(InvalidAddressError);
    await expect(refundLoan(client, {loan, to: "0x12" as Address})).rejects.toThrow(InvalidAddressError);
    await expect(withdrawLoanPrincipal(client, {loan, to: "0x12" as Address})).rejects.toThrow(InvalidAddressError);
    await expect(claimLoanRepayments(client, {loan, to: loan, for: loan})).rejects.toThrow(InvalidParameterError);
    await expect(transferLoanClaim(client, {loan, to: "0x12" as Address, amount: 1n})).rejects.toThrow(
      InvalidAddressError,
    );
    await expect(recoverLoanSurplus(client, {loan, asset: "0x12" as Address})).rejects.toThrow(InvalidAddressError);
    await expect(getLoan(client, {loan: "0x12" as Address})).rejects.toThrow(InvalidAddressError);
    await expect(getLoanPosition(client, {loan, account: "0x12" as Address})).rejects.toThrow(InvalidAddressError);
    expect(calls).toEqual([]);
  });
});

describe("a personal loan in ETH", () => {
  test("funding below the principal at the deadline: every lender takes back exactly what it lent", async () => {
    const start = await now();
    const {loan} = await launchLoan(peterPanTerms(start, zeroAddress, parseEther("1"), parseEther("0.35")));
    expect((await getLoan(publicClient, {loan})).decimals).toBe(18);
    await mined(fundLoan(alice, {loan, amount: parseEther("0.4")}));
    await mined(fundLoan(bob, {loan, amount: parseEther("0.2")}));
    const early = await refundLoan(alice, {loan}).catch((e: unknown) => e);
    expect(isContractRevertedError(early, "PersonalLoan_WrongStatus")).toBe(true);

    await warp(15n * DAY);
    expect((await getLoan(publicClient, {loan})).status).toBe("failed");
    const aliceBefore = await publicClient.getBalance({address: alice.account.address});
    const receipt = await mined(refundLoan(alice, {loan}));
    const aliceAfter = await publicClient.getBalance({address: alice.account.address});
    expect(aliceAfter - aliceBefore + receipt.gasUsed * receipt.effectiveGasPrice).toBe(parseEther("0.4"));
    await mined(refundLoan(bob, {loan, to: stranger.account.address}));
    expect(await publicClient.getBalance({address: loan})).toBe(0n);
    expect((await getLoan(publicClient, {loan})).totalRefunded).toBe(parseEther("0.6"));
  });

  test("every PersonalLoan error has a message", () => {
    const names = Object.keys(errorMessages).filter((name) => name.startsWith("PersonalLoan_"));
    expect(names.length).toBeGreaterThanOrEqual(24);
  });
});
