// The seed story, through the SDK only: Alex launches $ALEX (10,000,000, half vested), sells 1,000,000 ALEX with 15%
// of his income for 20,000 USDC, pays quarter 0, the buyers claim; a supporter books an hour for 25,000 ALEX with a
// permit, Alex accepts, an hour later the supporter confirms and Alex is paid.
import {type Address, parseEther} from "viem";
import {describe, expect, test} from "vitest";
import {
  acceptRequest,
  approveToken,
  buyTokens,
  claimAllIncome,
  confirmRequest,
  defaultSalt,
  getClaimable,
  getEscrow,
  getLaunchFromReceipt,
  getOpenRequests,
  getPeriodRecord,
  getSale,
  getTimeRequestFromReceipt,
  getTokenInfo,
  getVesting,
  incomeShareModule,
  launchToken,
  payIncome,
  predictLaunchAddresses,
  purchaseCost,
  reportIncome,
  requestTime,
  timeEscrowModule,
  withdrawProceeds,
} from "../src/index.js";
import {
  alexTerms,
  alice,
  balanceOf,
  bob,
  creator,
  DAY,
  escrowConfig,
  HOUR,
  HOUR_PRICE,
  hourOffer,
  ISA_TOKENS,
  mined,
  mintUsdc,
  now,
  PRICE,
  publicClient,
  SUPPLY,
  SUPPORTER,
  usd,
  usdc,
  VESTED,
  warp,
  warpTo,
} from "./utils.js";

describe("the $ALEX story", () => {
  test("launch, ISA sale, income paid and claimed, an hour of Alex's time redeemed", async () => {
    // Launch: the addresses are known before the transaction.
    const predicted = predictLaunchAddresses({
      chainId: 31337,
      creator: creator.account.address,
      salt: defaultSalt("ALEX"),
      modules: ["incomeShareSplitterImplementation", "timeEscrowImplementation"],
    });
    const receipt = await mined(
      launchToken(creator, {
        name: "Alex Masmej",
        symbol: "ALEX",
        contractURI: "ipfs://alex-profile",
        totalSupply: SUPPLY,
        allocations: [
          {recipient: creator.account.address, amount: SUPPLY - VESTED - ISA_TOKENS - SUPPORTER},
          {recipient: alice.account.address, amount: SUPPORTER},
        ],
        vesting: {amount: VESTED, cliff: 180n * DAY, duration: 3n * 365n * DAY},
        modules: [
          incomeShareModule({tokenAmount: ISA_TOKENS, terms: alexTerms(await now())}),
          timeEscrowModule({config: escrowConfig(), offers: [hourOffer]}),
        ],
      }),
    );
    const launch = getLaunchFromReceipt(receipt);
    const [splitter, escrow] = launch.modules.map((m) => m.module) as [Address, Address];
    expect({token: launch.token, vesting: launch.vesting, modules: [splitter, escrow]}).toEqual(predicted);
    expect(await getTokenInfo(publicClient, {token: launch.token})).toMatchObject({
      symbol: "ALEX",
      totalSupply: SUPPLY,
      isLaunched: true,
      creator: creator.account.address,
      contractURI: "ipfs://alex-profile",
    });
    expect((await getVesting(publicClient, {vesting: predicted.vesting})).releasable).toBe(0n);

    // The ISA sale: 600,000 + 400,000 ALEX for exactly 20,000 USDC.
    for (const [buyer, tokens] of [
      [alice, parseEther("600000")],
      [bob, parseEther("400000")],
    ] as const) {
      const cost = purchaseCost(tokens, PRICE);
      await mintUsdc(buyer.account.address, cost);
      await mined(approveToken(buyer, {token: usdc, spender: splitter, amount: cost}));
      await mined(buyTokens(buyer, {splitter, tokens}));
    }
    const sale = await getSale(publicClient, {splitter});
    expect(sale).toMatchObject({status: "succeeded", tokensSold: ISA_TOKENS});
    // Sold out, but the payments stay until the sale window closes (no flash-loaned sell-out can take them).
    await warpTo(sale.terms.saleEnd);
    await mined(withdrawProceeds(creator, {splitter}));
    expect(await balanceOf(usdc, creator.account.address)).toBe(usd("20000"));

    // Quarter 0 (ends 91 days after the sale): 20,000 USDC earned, 3,000 owed and paid; the buyers claim 60/40.
    await warp(91n * DAY);
    await mined(reportIncome(creator, {splitter, period: 0n, grossIncome: usd("20000"), evidenceURI: "ipfs://q0"}));
    await mined(approveToken(creator, {token: usdc, spender: splitter, amount: usd("3000")}));
    await mined(payIncome(creator, {splitter, period: 0n, asset: usdc, amount: usd("3000")}));
    expect(await getPeriodRecord(publicClient, {splitter, period: 0n})).toMatchObject({
      owed: usd("3000"),
      paid: usd("3000"),
      late: false,
    });
    expect(await getClaimable(publicClient, {splitters: [splitter], account: bob.account.address})).toEqual([
      {splitter, asset: usdc, amount: usd("1200")},
    ]);
    for (const buyer of [alice, bob]) {
      for (const {hash} of await claimAllIncome(buyer, {splitters: [splitter]})) await mined(hash);
    }
    expect(await balanceOf(usdc, alice.account.address)).toBe(usd("1800"));
    expect(await balanceOf(usdc, bob.account.address)).toBe(usd("1200"));

    // An hour of Alex's time: 25,000 ALEX locked with a permit, accepted, confirmed an hour later.
    const request = getTimeRequestFromReceipt(
      await mined(requestTime(alice, {escrow, offerId: 0n, units: 1, note: "Advice on my first DAO"})),
    );
    expect((await getEscrow(publicClient, {escrow})).totalLocked).toBe(HOUR_PRICE);
    expect(await getOpenRequests(publicClient, {escrow})).toMatchObject([
      {requestId: request.requestId, status: "requested"},
    ]);
    await mined(acceptRequest(creator, {escrow, requestId: request.requestId, scheduledAt: (await now()) + 60n}));
    await warp(HOUR);
    const before = await balanceOf(launch.token, creator.account.address);
    await mined(confirmRequest(alice, {escrow, requestId: request.requestId}));
    expect((await balanceOf(launch.token, creator.account.address)) - before).toBe(HOUR_PRICE);
    expect(await getOpenRequests(publicClient, {escrow, holder: alice.account.address})).toEqual([]);
  });
});
