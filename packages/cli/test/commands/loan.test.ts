import {describe, expect, test} from "vitest";
import {alex, alice, bob, cli, cliJson, errorLine, launchAlex, mintUsdc, nonce, usdc, warp} from "../utils.js";

const LOAN = ["--name", "Peter Pan Loan 2026", "--symbol", "PPL26", "--principal", "1500", "--owed", "1575"];

/** $ALEX from alex.toml, then Peter Pan's 1,500 USDC loan beside it: 3 monthly installments of 525, a week's grace. */
async function createLoan(extra: string[] = ["--asset", usdc, "--installments", "3", "--grace", "7d"]) {
  const {token} = await launchAlex();
  const {loan} = await cliJson<{loan: string}>(["loan", "create", token, ...LOAN, ...extra]);
  return {token, loan};
}

describe("loan", () => {
  test("create, fund by two lenders, withdraw, repay, sell part of the claim, claim, status", async () => {
    const {token, loan} = await createLoan();
    await mintUsdc(alice.address, "1000");
    await mintUsdc(bob.address, "600");
    const first = await cli(["loan", "fund", loan, "1000"], {as: alice});
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe(`lent 1,000 USDC to ${loan} for 1,000 PPL26\n`);
    expect(first.stderr).toMatch(
      /^sending: approve 1,000 USDC to 0x[0-9a-fA-F]{40}\napprove 1,000 USDC to 0x[0-9a-fA-F]{40}: sent/,
    );
    // By the token's address: its only loan. Bob offers 600, the loan takes the 500 it lacks.
    const second = await cli(["loan", "fund", token, "600"], {as: bob});
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toBe(`lent 500 USDC to ${loan} for 500 PPL26 (fully funded)\n`);

    const withdrawn = await cli(["loan", "withdraw", loan]);
    expect(withdrawn.code, withdrawn.stderr).toBe(0);
    expect(withdrawn.stdout).toBe(`withdrew 1,500 USDC from ${loan} to ${alex.address}\n`);

    await mintUsdc(alex.address, "1575");
    const repaid = await cli(["loan", "repay", loan, "525"]);
    expect(repaid.code, repaid.stderr).toBe(0);
    expect(repaid.stdout).toBe(`repaid 525 USDC on ${loan}: 1,050 USDC still owed\n`);

    const sold = await cli(["loan", "transfer", loan, bob.address, "400"], {as: alice});
    expect(sold.code, sold.stderr).toBe(0);
    expect(sold.stdout).toBe(`transferred 400 PPL26 to ${bob.address}\n`);
    expect((await cli(["loan", "repay", loan, "525"])).code).toBe(0);

    const json = await cliJson<{
      status: string;
      totalRepaid: string;
      nextInstallment: string;
      installments: {paid: string; late: boolean}[];
      position: {balance: string; claimable: string};
    }>(["loan", "status", loan, "--account", bob.address], {as: null});
    expect(json).toMatchObject({status: "active", totalRepaid: "1050000000", nextInstallment: "2"});
    expect(json.installments.map((i) => i.paid)).toEqual(["525000000", "525000000", "0"]);
    // Bob: 175 from the first installment (500 claims), 315 from the second (900 claims).
    expect(json.position).toMatchObject({balance: "900000000", claimable: "490000000"});
    const human = await cli(["loan", "status", loan], {as: null});
    expect(human.stdout).toMatch(
      /^loan Peter Pan Loan 2026 \(PPL26\) 0x[0-9a-fA-F]{40}, token 0x[0-9a-fA-F]{40}: active\n/,
    );
    expect(human.stdout).toMatch(/repaid: {4}1,050 USDC of 1,575 USDC; 0 late/);

    const claimed = await cli(["loan", "claim", loan], {as: bob});
    expect(claimed.code, claimed.stderr).toBe(0);
    expect(claimed.stdout).toBe(`claimed 490 USDC from ${loan} to ${bob.address}\n`);
    const pushed = await cli(["loan", "claim", loan, "--for", alice.address], {as: bob});
    expect(pushed.stdout).toBe(`claimed 560 USDC from ${loan} to ${alice.address}\n`);
  });

  test("a stranger withdrawing, repaying too much, nothing to claim, bad input: one line, nothing sent", async () => {
    const {token, loan} = await createLoan();
    await mintUsdc(alice.address, "1500");
    expect((await cli(["loan", "fund", loan, "1500"], {as: alice})).code).toBe(0);
    const before = await nonce(bob.address);
    const stranger = await cli(["loan", "withdraw", loan], {as: bob});
    expect(stranger.code).toBe(1);
    expect(errorLine(stranger)).toMatch(/^error: .*not the loan's creator/);
    const tooMuch = await cli(["loan", "repay", loan, "2000"], {as: bob});
    expect(tooMuch.code).toBe(1);
    expect(errorLine(tooMuch)).toBe("error: 1,575 USDC is owed, asked to repay 2,000 USDC");
    const nothing = await cli(["loan", "claim", loan], {as: bob});
    expect(nothing.code).toBe(1);
    expect(errorLine(nothing)).toBe(`error: ${bob.address} has no repayment to claim on ${loan}`);
    const closed = await cli(["loan", "fund", loan, "1"], {as: bob});
    expect(errorLine(closed)).toBe(`error: loan ${loan} is active: funding is closed`);
    const bad = await cli(["loan", "repay", loan, "-5"], {as: bob, rpc: false});
    expect(bad.code).toBe(2);
    expect(errorLine(bad)).toBe('error: amount: "-5" is not an amount (e.g. 25000 or 0.5)');
    expect(await nonce(bob.address)).toBe(before);

    const badTerms = await cli(["loan", "create", token, ...LOAN.slice(0, 6), "--owed", "1000", "--asset", usdc]);
    expect(badTerms.code).toBe(2);
    expect(errorLine(badTerms)).toBe("error: --owed (1000) must be at least --principal (1500)");
  });

  test("an ETH loan that misses its principal: the lender takes back exactly what it lent; dry runs send nothing", async () => {
    const {loan} = await createLoan(["--funding", "+1d"]);
    const before = await nonce(alice.address);
    const dry = await cli(["loan", "fund", loan, "0.4", "--dry-run", "--json"], {as: alice});
    expect(dry.code, dry.stderr).toBe(0);
    expect(await nonce(alice.address)).toBe(before);
    expect((await cli(["loan", "fund", loan, "0.4"], {as: alice})).stdout).toBe(
      `lent 0.4 ETH to ${loan} for 0.4 PPL26\n`,
    );
    const early = await cli(["loan", "refund", loan], {as: alice});
    expect(errorLine(early)).toBe(`error: loan ${loan} is funding: only a failed loan refunds`);
    await warp(2 * 86_400);
    const refunded = await cli(["loan", "refund", loan, "--json"], {as: alice});
    expect(refunded.code, refunded.stderr).toBe(0);
    expect(refunded.json()).toMatchObject({amount: (4n * 10n ** 17n).toString(), to: alice.address});
  });
});
