import {type Address, erc20Abi, parseEther, zeroAddress} from "viem";
import {describe, expect, test} from "vitest";
import {
  alice,
  bob,
  creator,
  DAY,
  ISA_TOKENS,
  launchAlexIsa,
  mined,
  mintUsdc,
  noRpcClient,
  publicClient,
  stranger,
  usd,
  usdc,
  warp,
} from "../../../test/utils.js";
import {
  AccountNotFoundError,
  approveToken,
  buyTokens,
  claimAllIncome,
  claimIncome,
  deliverTokens,
  distributeIncome,
  distributeSurplus,
  getClaimable,
  getPeriodRecord,
  getSale,
  getSalePosition,
  InvalidAddressError,
  InvalidAmountError,
  payIncome,
  purchaseCost,
  refundPayment,
  reportIncome,
  withdrawProceeds,
} from "../../index.js";

const balanceOf = (token: Address, account: Address) =>
  publicClient.readContract({address: token, abi: erc20Abi, functionName: "balanceOf", args: [account]});

/** A sold-out sale (alice 600,000, bob 400,000), warped past quarter 0, reported (20,000 USDC earned) and paid. */
async function reportedAndPaid() {
  const isa = await launchAlexIsa([
    [alice, parseEther("600000")],
    [bob, parseEther("400000")],
  ]);
  await warp(14n * DAY + 91n * DAY);
  await mined(
    reportIncome(creator, {splitter: isa.splitter, period: 0n, grossIncome: usd("20000"), evidenceURI: "ipfs://q0"}),
  );
  await mintUsdc(creator.account.address, usd("3000"));
  await mined(approveToken(creator, {token: usdc, spender: isa.splitter, amount: usd("3000")}));
  await mined(payIncome(creator, {splitter: isa.splitter, period: 0n, asset: usdc, amount: usd("3000")}));
  return isa;
}

describe("getSale", () => {
  test("reads the terms and the sale's progress", async () => {
    const {splitter, token} = await launchAlexIsa([[alice, parseEther("100000")]]);
    const sale = await getSale(publicClient, {splitter});
    expect(sale).toMatchObject({
      token,
      creator: creator.account.address,
      status: "active",
      tokensOffered: ISA_TOKENS,
      tokensSold: parseEther("100000"),
      periodCount: 12n,
      latePeriodCount: 0n,
      payoutAssets: [],
      isComplete: false,
    });
    expect(sale.terms).toMatchObject({paymentAsset: usdc, price: 20_000n, shareBps: 1500, transferableShares: false});
  });

  test("rejects a malformed splitter before any RPC", async () => {
    const {client, calls} = noRpcClient();
    await expect(getSale(client, {splitter: "splitter" as Address})).rejects.toBeInstanceOf(InvalidAddressError);
    expect(calls).toEqual([]);
  });
});

describe("buyTokens", () => {
  test("buys at 0.02 USDC a token; crossing the soft cap delivers the tokens", async () => {
    const {splitter, token} = await launchAlexIsa([[alice, parseEther("300000")]]);
    expect(await balanceOf(token, alice.account.address)).toBe(parseEther("1300000")); // 1,000,000 at launch + bought
    expect(await balanceOf(usdc, splitter)).toBe(usd("6000"));
  });

  test("without an approval it fails with ERC20InsufficientAllowance, before any gas is spent", async () => {
    const {splitter} = await launchAlexIsa();
    await mintUsdc(bob.account.address, usd("20"));
    const nonce = await publicClient.getTransactionCount({address: bob.account.address});
    const error = await buyTokens(bob, {splitter, tokens: parseEther("1000")}).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "ContractRevertedError",
      errorName: "ERC20InsufficientAllowance",
      args: [splitter, 0n, purchaseCost(parseEther("1000"), 20_000n)],
      shortMessage: expect.stringContaining("approve the spender"),
    });
    expect(await publicClient.getTransactionCount({address: bob.account.address})).toBe(nonce);
  });

  test("zero or negative tokens fail before any RPC", async () => {
    const {client, calls} = noRpcClient();
    await expect(buyTokens(client, {splitter: usdc, tokens: 0n})).rejects.toBeInstanceOf(InvalidAmountError);
    await expect(buyTokens(client, {splitter: usdc, tokens: -1n})).rejects.toBeInstanceOf(InvalidAmountError);
    expect(calls).toEqual([]);
  });
});

describe("purchaseCost", () => {
  test("rounds up like the splitter, so a purchase is never free", () => {
    expect(purchaseCost(ISA_TOKENS, 20_000n)).toBe(usd("20000"));
    expect(purchaseCost(1n, 20_000n)).toBe(1n);
  });

  test("rejects negative inputs", () => {
    expect(() => purchaseCost(-1n, 20_000n)).toThrow(InvalidAmountError);
  });
});

describe("refundPayment", () => {
  test("after a failed sale the buyer gets exactly what they paid", async () => {
    const {splitter} = await launchAlexIsa([[bob, parseEther("100000")]]);
    await warp(15n * DAY);
    expect((await getSale(publicClient, {splitter})).status).toBe("failed");
    await mined(refundPayment(bob, {splitter}));
    expect(await balanceOf(usdc, bob.account.address)).toBe(usd("2000"));
  });

  test("while the sale is active it fails with IncomeShareSplitter_WrongSaleStatus", async () => {
    const {splitter} = await launchAlexIsa([[bob, parseEther("100000")]]);
    await expect(refundPayment(bob, {splitter})).rejects.toMatchObject({
      errorName: "IncomeShareSplitter_WrongSaleStatus",
      args: [1],
      shortMessage: expect.stringMatching(/^The sale is active, which does not allow this/),
    });
  });
});

describe("withdrawProceeds", () => {
  test("the creator takes the proceeds once the sale closed with the soft cap reached", async () => {
    const {splitter} = await launchAlexIsa([[alice, parseEther("250000")]]);
    await expect(withdrawProceeds(creator, {splitter})).rejects.toMatchObject({
      errorName: "IncomeShareSplitter_ProceedsLocked",
      shortMessage: expect.stringMatching(/^The buyers' payments stay in the sale until it closes/),
    });
    await warp(14n * DAY);
    await mined(withdrawProceeds(creator, {splitter}));
    expect(await balanceOf(usdc, creator.account.address)).toBe(usd("5000"));
  });

  test("anyone else fails with IncomeShareSplitter_NotCreator", async () => {
    const {splitter} = await launchAlexIsa([[alice, parseEther("250000")]]);
    await expect(withdrawProceeds(stranger, {splitter})).rejects.toMatchObject({
      errorName: "IncomeShareSplitter_NotCreator",
      args: [stranger.account.address],
    });
  });
});

describe("deliverTokens", () => {
  test("once the soft cap is reached anyone delivers a buyer's held tokens", async () => {
    // alice's 100,000 are held below the 250,000 soft cap; bob's 200,000 cross it.
    const {splitter, token} = await launchAlexIsa([
      [alice, parseEther("100000")],
      [bob, parseEther("200000")],
    ]);
    expect(await balanceOf(token, alice.account.address)).toBe(parseEther("1000000"));
    await mined(deliverTokens(stranger, {splitter, buyer: alice.account.address}));
    expect(await balanceOf(token, alice.account.address)).toBe(parseEther("1100000"));
  });

  test("below the soft cap it fails with IncomeShareSplitter_WrongSaleStatus; a bad buyer fails before any RPC", async () => {
    const {splitter} = await launchAlexIsa([[alice, parseEther("100000")]]);
    await expect(deliverTokens(stranger, {splitter, buyer: alice.account.address})).rejects.toMatchObject({
      errorName: "IncomeShareSplitter_WrongSaleStatus",
      args: [1],
    });
    const {client, calls} = noRpcClient();
    await expect(deliverTokens(client, {splitter, buyer: "alice" as Address})).rejects.toMatchObject({
      name: "InvalidAddressError",
      field: "buyer",
    });
    expect(calls).toEqual([]);
  });
});

describe("distributeIncome", () => {
  test("anyone pays a listed asset to the holders, unattached to a period", async () => {
    const {splitter} = await reportedAndPaid();
    await mintUsdc(stranger.account.address, usd("1000"));
    await mined(approveToken(stranger, {token: usdc, spender: splitter, amount: usd("1000")}));
    await mined(distributeIncome(stranger, {splitter, asset: usdc, amount: usd("1000")}));
    expect(await getClaimable(publicClient, {splitters: [splitter], account: alice.account.address})).toEqual([
      {splitter, asset: usdc, amount: usd("1800") + usd("600")},
    ]);
    expect((await getSale(publicClient, {splitter})).totalPaid).toBe(usd("3000")); // not counted against a period
  });

  test("an asset not yet listed fails with IncomeShareSplitter_AssetNotAccepted; zero fails before any RPC", async () => {
    const {splitter, token} = await reportedAndPaid();
    await mined(approveToken(alice, {token, spender: splitter, amount: parseEther("1")}));
    await expect(distributeIncome(alice, {splitter, asset: token, amount: parseEther("1")})).rejects.toMatchObject({
      errorName: "IncomeShareSplitter_AssetNotAccepted",
      args: [token],
    });
    const {client, calls} = noRpcClient();
    await expect(distributeIncome(client, {splitter, asset: usdc, amount: 0n})).rejects.toBeInstanceOf(
      InvalidAmountError,
    );
    await expect(
      distributeIncome(client, {splitter: "0x1" as Address, asset: usdc, amount: 1n}),
    ).rejects.toBeInstanceOf(InvalidAddressError);
    expect(calls).toEqual([]);
  });
});

describe("distributeSurplus", () => {
  test("credits a plain transfer of a listed asset to the holders", async () => {
    const {splitter} = await reportedAndPaid();
    await mintUsdc(splitter, usd("500")); // arrives without going through distribute
    await mined(distributeSurplus(stranger, {splitter, asset: usdc}));
    expect(await getClaimable(publicClient, {splitters: [splitter], account: bob.account.address})).toEqual([
      {splitter, asset: usdc, amount: usd("1200") + usd("200")},
    ]);
  });

  test("with nothing surplus it fails with IncomeShareSplitter_NothingToWithdraw; a bad asset fails before any RPC", async () => {
    const {splitter} = await reportedAndPaid();
    await expect(distributeSurplus(stranger, {splitter, asset: usdc})).rejects.toMatchObject({
      errorName: "IncomeShareSplitter_NothingToWithdraw",
    });
    const {client, calls} = noRpcClient();
    await expect(distributeSurplus(client, {splitter, asset: "usdc" as Address})).rejects.toMatchObject({
      name: "InvalidAddressError",
      field: "asset",
    });
    expect(calls).toEqual([]);
  });
});

describe("reportIncome", () => {
  test("records the period: 15% of 20,000 USDC is owed", async () => {
    const {splitter} = await reportedAndPaid();
    expect(await getPeriodRecord(publicClient, {splitter, period: 0n})).toMatchObject({
      reported: true,
      late: false,
      grossIncome: usd("20000"),
      owed: usd("3000"),
      paid: usd("3000"),
      evidenceURI: "ipfs://q0",
    });
  });

  test("before the period ends it fails with IncomeShareSplitter_PeriodNotEnded", async () => {
    const {splitter} = await launchAlexIsa([[alice, parseEther("1000000")]]);
    const error = await reportIncome(creator, {splitter, period: 0n, grossIncome: 1n, evidenceURI: ""}).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({errorName: "IncomeShareSplitter_PeriodNotEnded"});
    expect((error as Error).message).toMatch(/Period 0 ends at \d{4}-\d\d-\d\dT.*: report its income after it ended/);
  });
});

describe("payIncome", () => {
  test("the first payment lists the asset and counts against the period", async () => {
    const {splitter} = await reportedAndPaid();
    const sale = await getSale(publicClient, {splitter});
    expect(sale.payoutAssets).toEqual([usdc]);
    expect(sale.totalPaid).toBe(usd("3000"));
  });

  test("only the creator pays against a period", async () => {
    const {splitter} = await launchAlexIsa([[alice, parseEther("1000000")]]);
    await expect(payIncome(stranger, {splitter, period: 0n, asset: usdc, amount: 1n})).rejects.toMatchObject({
      errorName: "IncomeShareSplitter_NotCreator",
    });
    const {client, calls} = noRpcClient();
    await expect(payIncome(client, {splitter, period: 0n, asset: "0x12" as Address, amount: 1n})).rejects.toMatchObject(
      {
        name: "InvalidAddressError",
        field: "asset",
      },
    );
    expect(calls).toEqual([]);
  });
});

describe("claimIncome", () => {
  test("claims several assets in one transaction, pro rata (60/40)", async () => {
    const {splitter, token} = await reportedAndPaid();
    // The creator also pays 10,000 ALEX against quarter 0 (declared worth 200 USDC).
    await mined(approveToken(creator, {token, spender: splitter, amount: parseEther("10000")}));
    await mined(
      payIncome(creator, {splitter, period: 0n, asset: token, amount: parseEther("10000"), value: usd("200")}),
    );
    const alexBefore = await balanceOf(token, alice.account.address);
    await mined(claimIncome(alice, {splitter}));
    expect(await balanceOf(usdc, alice.account.address)).toBe(usd("1800"));
    expect((await balanceOf(token, alice.account.address)) - alexBefore).toBe(parseEther("6000"));
    expect(await getClaimable(publicClient, {splitters: [splitter], account: alice.account.address})).toEqual([
      {splitter, asset: usdc, amount: 0n},
      {splitter, asset: token, amount: 0n},
    ]);
  });

  test("claiming to the zero address fails with IncomeShareSplitter_ZeroAddress", async () => {
    const {splitter} = await reportedAndPaid();
    await expect(claimIncome(alice, {splitter, to: zeroAddress})).rejects.toMatchObject({
      errorName: "IncomeShareSplitter_ZeroAddress",
    });
  });
});

describe("claimAllIncome", () => {
  test("claims across several agreements, one transaction per splitter with something to claim", async () => {
    const first = await reportedAndPaid();
    const second = await launchAlexIsa([[alice, parseEther("1000000")]], "ALEX2");
    const third = await launchAlexIsa([[bob, parseEther("1000000")]], "ALEX3"); // alice holds no share here
    await warp(14n * DAY + 91n * DAY);
    await mined(
      reportIncome(creator, {splitter: second.splitter, period: 0n, grossIncome: usd("1000"), evidenceURI: ""}),
    );
    await mintUsdc(creator.account.address, usd("150"));
    await mined(approveToken(creator, {token: usdc, spender: second.splitter, amount: usd("150")}));
    await mined(payIncome(creator, {splitter: second.splitter, period: 0n, asset: usdc, amount: usd("150")}));

    const claims = await claimAllIncome(alice, {splitters: [first.splitter, second.splitter, third.splitter]});
    expect(claims.map(({splitter, assets}) => ({splitter, assets}))).toEqual([
      {splitter: first.splitter, assets: [usdc]},
      {splitter: second.splitter, assets: [usdc]},
    ]);
    for (const {hash} of claims) await mined(hash);
    expect(await balanceOf(usdc, alice.account.address)).toBe(usd("1800") + usd("150"));
  });

  test("without an account, or with a malformed splitter, fails before any RPC", async () => {
    const {client, calls} = noRpcClient();
    await expect(claimAllIncome(client, {splitters: ["0x" as Address]})).rejects.toMatchObject({field: "splitters[0]"});
    const {account: _, ...accountless} = client;
    await expect(
      claimAllIncome({...accountless, account: undefined} as unknown as typeof client, {splitters: [usdc]}),
    ).rejects.toBeInstanceOf(AccountNotFoundError);
    expect(calls).toEqual([]);
  });
});

describe("getClaimable", () => {
  test("reads what each holder can claim", async () => {
    const {splitter} = await reportedAndPaid();
    expect(await getClaimable(publicClient, {splitters: [splitter], account: bob.account.address})).toEqual([
      {splitter, asset: usdc, amount: usd("1200")},
    ]);
    expect(
      await getClaimable(publicClient, {splitters: [splitter], account: stranger.account.address, assets: [usdc]}),
    ).toEqual([{splitter, asset: usdc, amount: 0n}]);
  });

  test("rejects a malformed account before any RPC", async () => {
    const {client, calls} = noRpcClient();
    await expect(getClaimable(client, {splitters: [usdc], account: "bob" as Address})).rejects.toMatchObject({
      name: "InvalidAddressError",
      field: "account",
    });
    expect(calls).toEqual([]);
  });
});

describe("getSalePosition", () => {
  test("a buyer's purchase, what is still held for them, and their claim shares out of all", async () => {
    // alice's 100,000 are held below the 250,000 soft cap; bob's 200,000 cross it, then alice's are delivered.
    const {splitter} = await launchAlexIsa([
      [alice, parseEther("100000")],
      [bob, parseEther("200000")],
    ]);
    const position = {
      tokensBought: parseEther("100000"),
      paid: purchaseCost(parseEther("100000"), 20_000n),
      undelivered: parseEther("100000"),
      shares: parseEther("100000"),
      totalShares: parseEther("300000"),
    };
    expect(await getSalePosition(publicClient, {splitter, account: alice.account.address})).toEqual(position);
    await mined(deliverTokens(stranger, {splitter, buyer: alice.account.address}));
    expect(await getSalePosition(publicClient, {splitter, account: alice.account.address})).toEqual({
      ...position,
      undelivered: 0n,
    });
    expect(await getSalePosition(publicClient, {splitter, account: stranger.account.address})).toEqual({
      tokensBought: 0n,
      paid: 0n,
      undelivered: 0n,
      shares: 0n,
      totalShares: parseEther("300000"),
    });
  });

  test("rejects a malformed account before any RPC", async () => {
    const {client, calls} = noRpcClient();
    await expect(getSalePosition(client, {splitter: usdc, account: "alice" as Address})).rejects.toMatchObject({
      name: "InvalidAddressError",
      field: "account",
    });
    expect(calls).toEqual([]);
  });
});

describe("getPeriodRecord", () => {
  test("a period never reported reads late after its due date (end + grace)", async () => {
    const {splitter} = await reportedAndPaid();
    await warp(91n * DAY + 29n * DAY);
    expect(await getPeriodRecord(publicClient, {splitter, period: 1n})).toMatchObject({late: false});
    await warp(2n * DAY);
    const record = await getPeriodRecord(publicClient, {splitter, period: 1n});
    expect(record).toMatchObject({period: 1n, reported: false, late: true, owed: 0n, paid: 0n});
    expect(record.due - record.end).toBe(30n * DAY);
    expect((await getSale(publicClient, {splitter})).latePeriodCount).toBe(1n);
  });

  test("a period past the term fails with IncomeShareSplitter_UnknownPeriod", async () => {
    const {splitter} = await launchAlexIsa();
    await expect(getPeriodRecord(publicClient, {splitter, period: 12n})).rejects.toMatchObject({
      errorName: "IncomeShareSplitter_UnknownPeriod",
      shortMessage: "Period 12 does not exist: the agreement has periods 0 to 11.",
    });
  });
});
