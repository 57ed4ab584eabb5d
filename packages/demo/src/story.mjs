// The $ALEX seed story, played through @personal-token/sdk on an anvil where script/Deploy.s.sol has deployed the
// protocol. Every protocol call is an SDK action; viem is used directly only for the local stablecoin (a MockERC20),
// Uniswap V2 (factory, WETH9, router 02 deployed from their npm build artifacts), plain ERC-20 reads and anvil's clock.

import {pbkdf2Sync} from "node:crypto";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {
  createPublicClient,
  createTestClient,
  createWalletClient,
  erc20Abi,
  getAddress,
  http,
  parseAbi,
  parseEther,
  parseUnits,
  publicActions,
} from "viem";
import {HDKey, hdKeyToAccount} from "viem/accounts";
import {foundry} from "viem/chains";
import {
  acceptRequest,
  approveToken,
  buyTokens,
  claimIncome,
  confirmRequest,
  createPoll,
  finalizePoll,
  getPollResults,
  relayVotes,
  signVote,
  vote,
  exitStaking,
  getCampaign,
  getStakingPosition,
  launchModule,
  notifyRewardAmount,
  pollsModule,
  stake,
  stakingModule,
  defaultSalt,
  deliverTokens,
  getClaimable,
  getDeployment,
  getEscrow,
  getLaunchFromReceipt,
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
} from "@personal-token/sdk";
import {amount, Report} from "./report.mjs";

/** Anvil's default mnemonic: its accounts are pre-funded with 10,000 ETH each. Only ever used against this anvil. */
const ANVIL_MNEMONIC = "test test test test test test test test test test test junk";
export const ACCOUNTS = 40;

const DAY = 86_400n;
const HOUR = 3_600n;
const USD_DECIMALS = 6;
const usd = (value) => parseUnits(value, USD_DECIMALS);

// $ALEX (README, "What a launch gives you" and "Income-share agreements").
const SUPPLY = parseEther("10000000");
const VESTED = parseEther("5000000");
const ISA_TOKENS = parseEther("1000000");
const SUPPORTER_TOKENS = parseEther("1000000");
const CREATOR_LIQUID = SUPPLY - VESTED - ISA_TOKENS - SUPPORTER_TOKENS;
const PRICE = 20_000n; // 0.02 USDC per whole ALEX: 1,000,000 ALEX = 20,000 USDC
const SOFT_CAP = parseEther("250000");
const SHARE_BPS = 1_500;
const PERIOD = 91n * DAY;
const PERIODS = 12n;
// 30 buyers: 20 buy 30,000 ALEX (600 USDC), 10 buy 40,000 (800 USDC) = 1,000,000 ALEX for 20,000 USDC.
const BUYERS = 30;
const SMALL_BUY = parseEther("30000");
const LARGE_BUY = parseEther("40000");
const SMALL_BUYERS = 20;
/** Buyers 0-7 stay under the soft cap (240,000 ALEX), buyer 8 crosses it, 9-29 are delivered as they buy. */
const BEFORE_SOFT_CAP = 8;
// The pool and quarter 0.
const POOL_ALEX = parseEther("500000");
const POOL_ETH = parseEther("2");
const GROSS_INCOME = usd("40000");
const USDC_PAID = usd("3000");
const LP_PAID = parseEther("150");
const LP_DECLARED_VALUE = usd("3000");
// The time escrow: 25,000 ALEX an hour, 10 hours per 30 days.
const HOUR_PRICE = parseEther("25000");
// The liquidity-mining month: 300,000 ALEX streamed over 30 days to ALEX-WETH LP stakers.
/** Router and permit deadlines: fixed (a timestamp's zero bytes change calldata gas), far after the story. */
const FAR_DEADLINE = 4_102_444_800n; // 2100-01-01
const CAMPAIGN_ALEX = parseEther("300000");
const CAMPAIGN_DAYS = 30n;
const ALICE_POOL_ALEX = parseEther("100000");
const ALICE_POOL_ETH = parseEther("0.4");
// "Control My Life": what Alex does every day in June.
const POLL_QUESTION = "What should I do every day in June?";
const POLL_OPTIONS = ["run 5 km a day", "read a book a week", "no sugar", "wake up at 5 am"];
const [RUN, READ, NO_SUGAR, WAKE_UP] = [0, 1, 2, 3];
const POLL_DAYS = 7n;
/** Buyers (by index) who stake the LP shares they claimed in quarter 0, beside alice. */
const LP_STAKING_BUYERS = [0, 1, SMALL_BUYERS];

const uniswapV2FactoryAbi = parseAbi([
  "function getPair(address tokenA, address tokenB) view returns (address)",
]);
const uniswapV2PairAbi = parseAbi([
  "function token0() view returns (address)",
  "function getReserves() view returns (uint112 reserve0, uint112 reserve1, uint32 blockTimestampLast)",
  "function totalSupply() view returns (uint256)",
]);
const uniswapV2RouterAbi = parseAbi([
  "function addLiquidityETH(address token, uint256 amountTokenDesired, uint256 amountTokenMin, uint256 amountETHMin, address to, uint256 deadline) payable returns (uint256 amountToken, uint256 amountETH, uint256 liquidity)",
  "function removeLiquidityETH(address token, uint256 liquidity, uint256 amountTokenMin, uint256 amountETHMin, address to, uint256 deadline) returns (uint256 amountToken, uint256 amountETH)",
]);
const mockErc20Abi = parseAbi(["function mint(address to, uint256 amount)"]);

/** Thrown for a failed step: main.mjs prints `demo: error: <message>` and the details above it. */
export class StepError extends Error {
  constructor(message, details = "") {
    super(message);
    this.details = details;
  }
}

/**
 * Plays the story on the anvil at `url`. `supporter` overrides the early supporter's address (DEMO_SUPPORTER).
 * Returns the report's totals.
 */
export async function playStory({url, root, supporter: supporterOverride, report = new Report()}) {
  const transport = http(url);
  const chain = foundry;
  const pollingInterval = 25;
  const publicClient = createPublicClient({chain, transport, pollingInterval});
  const testClient = createTestClient({chain, mode: "anvil", transport, pollingInterval});

  // Accounts: derived once from the seed (deriving each from the mnemonic costs a PBKDF2 per account).
  const hd = HDKey.fromMasterSeed(pbkdf2Sync(ANVIL_MNEMONIC.normalize("NFKD"), "mnemonic", 2048, 64, "sha512"));
  const wallet = (addressIndex) =>
    createWalletClient({chain, transport, pollingInterval, account: hdKeyToAccount(hd, {addressIndex})}).extend(
      publicActions,
    );
  const deployer = wallet(0);
  const alex = wallet(1);
  const alice = wallet(2); // the early supporter
  const buyers = Array.from({length: BUYERS}, (_, i) => wallet(3 + i));
  const relayer = wallet(3 + BUYERS);
  const buyTokensOf = (i) => (i < SMALL_BUYERS ? SMALL_BUY : LARGE_BUY);
  const supporterAddress = supporterOverride ?? alice.account.address;

  const names = new Map([
    [alex.account.address, "Alex (creator)"],
    [alice.account.address, "alice (supporter)"],
    ...buyers.map((b, i) => [b.account.address, `buyer ${String(i + 1).padStart(2, "0")}`]),
    [relayer.account.address, "relayer"],
  ]);

  /** Waits for each hash; a reverted transaction fails the step. */
  async function mined(hashes) {
    const list = await Promise.all((Array.isArray(hashes) ? hashes : [hashes]).map((h) => Promise.resolve(h)));
    const receipts = await Promise.all(list.map((hash) => publicClient.waitForTransactionReceipt({hash})));
    const failed = receipts.find((r) => r.status !== "success");
    if (failed) throw new StepError(`transaction ${failed.transactionHash} reverted`);
    return receipts;
  }
  /**
   * Sends transactions one block each, waiting for each: for batches that move ALEX. A second vote-checkpoint write in
   * the same block costs ~22,000 less, and anvil may mine transactions that arrive together in one block, so sending
   * such a batch at once would make the gas figures vary from run to run. Batches that move no ALEX go out at once.
   */
  async function oneByOne(sends) {
    const hashes = [];
    for (const send of sends) {
      const hash = await send();
      await mined(hash);
      hashes.push(hash);
    }
    return hashes;
  }
  /** Runs one step's transactions and reports their gas. */
  async function step(title, send) {
    let receipts;
    try {
      receipts = await mined(await send());
    } catch (error) {
      throw stepError(title, error);
    }
    report.step(title, receipts);
    return receipts;
  }
  const balanceOf = (token, account) =>
    publicClient.readContract({address: token, abi: erc20Abi, functionName: "balanceOf", args: [account]});
  const now = async () => (await publicClient.getBlock()).timestamp;
  async function warpTo(timestamp, why) {
    await testClient.setNextBlockTimestamp({timestamp});
    await testClient.mine({blocks: 1});
    report.line(`(anvil clock set to ${new Date(Number(timestamp) * 1_000).toISOString().slice(0, 16).replace("T", " ")} UTC: ${why})`);
  }
  // One second per block whatever the wall clock does: two transactions never share a timestamp by chance (a second
  // vote checkpoint written in the same second costs ~22,000 less), so the gas figures repeat from run to run.
  await testClient.setBlockTimestampInterval({interval: 1});
  const artifact = (path) => JSON.parse(readFileSync(join(root, path), "utf8"));
  async function deploy(path, args = []) {
    const {abi, bytecode} = artifact(path);
    const code = typeof bytecode === "string" ? bytecode : bytecode.object;
    const hash = await deployer.deployContract({abi, bytecode: code.startsWith("0x") ? code : `0x${code}`, args});
    const [receipt] = await mined(hash);
    return {address: getAddress(receipt.contractAddress), receipt};
  }

  // ---------------------------------------------------------------------------------------------------------------
  report.act("Act 0. Local chain: the stablecoin and Uniswap V2");
  const usdc = await deploy("out/MockERC20.sol/MockERC20.json", ["Local USD Coin", "USDC", USD_DECIMALS]);
  report.step("deploy USDC: a local 6-decimal MockERC20, open mint (demo only)", usdc.receipt);
  const uniFactory = await deploy("node_modules/@uniswap/v2-core/build/UniswapV2Factory.json", [
    deployer.account.address,
  ]);
  const weth = await deploy("node_modules/@uniswap/v2-periphery/build/WETH9.json");
  const router = await deploy("node_modules/@uniswap/v2-periphery/build/UniswapV2Router02.json", [
    uniFactory.address,
    weth.address,
  ]);
  report.step("deploy Uniswap V2 factory, WETH9, router 02 (npm build artifacts)", [
    uniFactory.receipt,
    weth.receipt,
    router.receipt,
  ]);
  report.line(`USDC here is a local mock (test/utils/mocks/MockERC20.sol) at ${usdc.address}, not Circle's USDC.`);
  report.line(`Uniswap V2 factory ${uniFactory.address}, WETH9 ${weth.address}, router ${router.address}`);

  // ---------------------------------------------------------------------------------------------------------------
  report.act("Act 1. Alex launches $ALEX");
  // Every time argument is a fixed offset from a day boundary of anvil's fixed genesis (main.mjs), so calldata, and
  // with it the gas figures, is the same on every run.
  const launchDay = ((await now()) / DAY + 1n) * DAY;
  await warpTo(launchDay, "launch day");
  const saleStart = launchDay;
  const saleEnd = saleStart + 14n * DAY;
  const terms = {
    paymentAsset: usdc.address,
    price: PRICE,
    softCap: SOFT_CAP,
    saleStart,
    saleEnd,
    shareBps: SHARE_BPS,
    termStart: saleEnd,
    termEnd: saleEnd + PERIODS * PERIOD,
    periodLength: PERIOD,
    gracePeriod: 30n * DAY,
  };
  const hourOffer = {
    pricePerUnit: HOUR_PRICE,
    unitLength: HOUR,
    capacity: 10,
    open: true,
    burn: false,
    uri: "ipfs://alex/an-hour-of-my-time",
  };
  const modules = [
    incomeShareModule({tokenAmount: ISA_TOKENS, terms}),
    timeEscrowModule({
      config: {confirmationWindow: 3n * DAY, deliveryGrace: DAY, capacityPeriod: 30n * DAY},
      offers: [hourOffer],
    }),
    pollsModule(),
  ];
  const predicted = predictLaunchAddresses({
    chainId: chain.id,
    creator: alex.account.address,
    salt: defaultSalt("ALEX"),
    modules: modules.map((m) => m.implementation),
  });
  const [launchReceipt] = await step("launch ALEX + vesting + ISA + time escrow + polls (one tx)", () =>
    launchToken(alex, {
      name: "Alex Masmej",
      symbol: "ALEX",
      contractURI: "ipfs://alex/profile",
      totalSupply: SUPPLY,
      allocations: [
        {recipient: alex.account.address, amount: CREATOR_LIQUID},
        {recipient: supporterAddress, amount: SUPPORTER_TOKENS},
      ],
      vesting: {amount: VESTED, cliff: 180n * DAY, duration: 3n * 365n * DAY},
      modules,
    }),
  );
  const launch = getLaunchFromReceipt(launchReceipt);
  const token = launch.token;
  const [splitter, escrow, polls] = launch.modules.map((m) => m.module);
  if (token !== predicted.token || splitter !== predicted.modules[0]) {
    throw new StepError(`launch landed at ${token}, not at the predicted ${predicted.token}`);
  }
  const info = await getTokenInfo(publicClient, {token});
  const vesting = await getVesting(publicClient, {vesting: launch.vesting});
  names.set(launch.vesting, "vesting wallet");
  names.set(splitter, "ISA splitter");
  names.set(escrow, "time escrow");
  names.set(polls, "holder polls");
  report.line(`${info.name} (${info.symbol}) at ${token} (predicted before the launch: same address)`);
  report.table(
    ["holder", "ALEX", "note"],
    [
      ["Alex (creator)", amount(await balanceOf(token, alex.account.address)), "liquid: the pool comes from here"],
      ["vesting wallet", amount(await balanceOf(token, launch.vesting)), `Alex's share: 180-day cliff, 3 years (releasable now: ${amount(vesting.releasable)})`],
      ["ISA splitter", amount(await balanceOf(token, splitter)), "on sale: 0.02 USDC each, 15% of income for 3 years"],
      ["alice (supporter)", amount(await balanceOf(token, alice.account.address)), "early supporter"],
      ["total supply", amount(info.totalSupply), ""],
    ],
  );
  report.line(`time escrow ${escrow}: offer 0 = 25,000 ALEX for one hour, 10 hours per 30 days`);
  report.line(`holder polls ${polls}: 1 ALEX = 1 vote, weights from vote checkpoints (no delegation step)`);

  // ---------------------------------------------------------------------------------------------------------------
  report.act("Act 2. The income-share sale: 1,000,000 ALEX for 20,000 USDC to 30 buyers");
  const costs = buyers.map((_, i) => purchaseCost(buyTokensOf(i), PRICE));
  // Independent accounts: each batch is sent at once (anvil automines one transaction per block).
  await step("30 buyers take USDC from the local faucet (MockERC20.mint)", () =>
    buyers.map((b, i) =>
      b.writeContract({address: usdc.address, abi: mockErc20Abi, functionName: "mint", args: [b.account.address, costs[i]]}),
    ),
  );
  await step("30 buyers approve the splitter for their cost", () =>
    buyers.map((b, i) => approveToken(b, {token: usdc.address, spender: splitter, amount: costs[i]})),
  );
  const buy = (i) => buyTokens(buyers[i], {splitter, tokens: buyTokensOf(i)});
  const range = (from, to) => Array.from({length: to - from}, (_, k) => from + k);
  await step(`buyers 1-${BEFORE_SOFT_CAP} buy 30,000 each (below the 250,000 soft cap: held)`, () =>
    range(0, BEFORE_SOFT_CAP).map(buy),
  );
  await step(`buyer ${BEFORE_SOFT_CAP + 1} crosses the soft cap (270,000): delivered at once`, () => buy(BEFORE_SOFT_CAP));
  // These deliver ALEX: one block each (sequential), see `oneByOne`.
  await step(`buyers ${BEFORE_SOFT_CAP + 2}-${BUYERS} buy (20: 30,000, 10: 40,000), delivered as they buy`, () =>
    oneByOne(range(BEFORE_SOFT_CAP + 1, BUYERS).map((i) => () => buy(i))),
  );
  await step(`deliverTokens to buyers 1-${BEFORE_SOFT_CAP} (anyone may; here the creator)`, () =>
    oneByOne(range(0, BEFORE_SOFT_CAP).map((i) => () => deliverTokens(alex, {splitter, buyer: buyers[i].account.address}))),
  );
  const sale = await getSale(publicClient, {splitter});
  // Sold out, but the buyers' payments stay until the sale window closes (a sell-out bought with a flash loan could
  // otherwise be repaid from them in the same transaction).
  await warpTo(saleEnd, "the sale window closes");
  await step("Alex withdraws the proceeds", () => withdrawProceeds(alex, {splitter}));
  const buyerAlex = await Promise.all(buyers.map((b) => balanceOf(token, b.account.address)));
  const soldTotal = buyerAlex.reduce((a, b) => a + b, 0n);
  report.line(`sale ${sale.status}: ${amount(sale.tokensSold)} of ${amount(sale.tokensOffered)} ALEX sold`);
  report.table(
    ["who", "ALEX", "USDC"],
    [
      ["buyer 01 (one of 20 small buyers)", amount(buyerAlex[0]), `-${amount(costs[0], USD_DECIMALS)}`],
      ["buyer 30 (one of 10 large buyers)", amount(buyerAlex[BUYERS - 1]), `-${amount(costs[BUYERS - 1], USD_DECIMALS)}`],
      ["30 buyers together", amount(soldTotal), `-${amount(costs.reduce((a, b) => a + b, 0n), USD_DECIMALS)}`],
      ["Alex (creator)", amount(await balanceOf(token, alex.account.address)), amount(await balanceOf(usdc.address, alex.account.address), USD_DECIMALS)],
      ["ISA splitter", amount(await balanceOf(token, splitter)), amount(await balanceOf(usdc.address, splitter), USD_DECIMALS)],
    ],
  );

  // ---------------------------------------------------------------------------------------------------------------
  report.act("Act 3. Alex seeds the ALEX-WETH pool on Uniswap V2");
  const deadline = async () => FAR_DEADLINE;
  await step("approve the router for 500,000 ALEX", () =>
    approveToken(alex, {token, spender: router.address, amount: POOL_ALEX}),
  );
  await step("addLiquidityETH: 500,000 ALEX + 2 ETH (the router creates the pair)", async () =>
    alex.writeContract({
      address: router.address,
      abi: uniswapV2RouterAbi,
      functionName: "addLiquidityETH",
      args: [token, POOL_ALEX, POOL_ALEX, POOL_ETH, alex.account.address, await deadline()],
      value: POOL_ETH,
    }),
  );
  const pair = await publicClient.readContract({
    address: uniFactory.address,
    abi: uniswapV2FactoryAbi,
    functionName: "getPair",
    args: [token, weth.address],
  });
  names.set(pair, "ALEX-WETH pair");
  const reserves = async () => {
    const [[r0, r1], token0] = await Promise.all([
      publicClient.readContract({address: pair, abi: uniswapV2PairAbi, functionName: "getReserves"}),
      publicClient.readContract({address: pair, abi: uniswapV2PairAbi, functionName: "token0"}),
    ]);
    return token0 === token ? {alex: r0, eth: r1} : {alex: r1, eth: r0};
  };
  const pool = await reserves();
  const lpSupply = await publicClient.readContract({address: pair, abi: uniswapV2PairAbi, functionName: "totalSupply"});
  report.line(`pair ${pair}: reserves ${amount(pool.alex)} ALEX / ${amount(pool.eth)} WETH (0.000004 ETH per ALEX)`);
  report.line(
    `LP shares: ${amount(lpSupply)} minted, Alex holds ${amount(await balanceOf(pair, alex.account.address), 18, 18)} (1,000 wei locked forever)`,
  );

  // ---------------------------------------------------------------------------------------------------------------
  report.act("Act 4. Quarter 0: Alex pays 15% of his income, the buyers claim");
  const quarterReported = terms.termStart + PERIOD + DAY;
  await warpTo(quarterReported, "quarter 0 ended yesterday");
  await step("report quarter 0: 40,000 USDC gross income, evidence on IPFS", () =>
    reportIncome(alex, {
      splitter,
      period: 0n,
      grossIncome: GROSS_INCOME,
      evidenceURI: "ipfs://alex/q0-income-statement",
    }),
  );
  await step("pay 3,000 USDC (approve + payIncome)", async () => [
    ...(await mined(approveToken(alex, {token: usdc.address, spender: splitter, amount: USDC_PAID}))).map((r) => r.transactionHash),
    await payIncome(alex, {splitter, period: 0n, asset: usdc.address, amount: USDC_PAID}),
  ]);
  await step("pay 150 LP shares declared worth 3,000 USDC (approve + payIncome)", async () => [
    ...(await mined(approveToken(alex, {token: pair, spender: splitter, amount: LP_PAID}))).map((r) => r.transactionHash),
    await payIncome(alex, {splitter, period: 0n, asset: pair, amount: LP_PAID, value: LP_DECLARED_VALUE}),
  ]);
  const record = await getPeriodRecord(publicClient, {splitter, period: 0n});
  report.line(
    `quarter 0: declared ${amount(record.grossIncome, USD_DECIMALS)} USDC, owed ${amount(record.owed, USD_DECIMALS)} (15%), paid ${amount(record.paid, USD_DECIMALS)} USDC of value, late: ${record.late}`,
  );
  const claimable = await getClaimable(publicClient, {splitters: [splitter], account: buyers[0].account.address});
  report.line(
    `buyer 01 can claim ${claimable.map((c) => `${amount(c.amount, c.asset === usdc.address ? USD_DECIMALS : 18)} ${c.asset === usdc.address ? "USDC" : "LP"}`).join(" + ")}`,
  );
  await step("30 buyers claim USDC and LP shares, one claim each", () =>
    buyers.map((b) => claimIncome(b, {splitter, assets: [usdc.address, pair]})),
  );
  const claimedUsdc = await Promise.all(buyers.map((b) => balanceOf(usdc.address, b.account.address)));
  const claimedLp = await Promise.all(buyers.map((b) => balanceOf(pair, b.account.address)));
  const sum = (list) => list.reduce((a, b) => a + b, 0n);
  report.table(
    ["buyer", "claim shares", "USDC claimed", "LP claimed"],
    [
      ...[0, 1, SMALL_BUYERS, BUYERS - 1].map((i) => [
        names.get(buyers[i].account.address),
        amount(buyTokensOf(i)),
        amount(claimedUsdc[i], USD_DECIMALS),
        amount(claimedLp[i]),
      ]),
      ["30 buyers together", amount(ISA_TOKENS), amount(sum(claimedUsdc), USD_DECIMALS), amount(sum(claimedLp))],
    ],
  );
  report.line(
    `buyers' claims: ${amount(sum(claimedUsdc), USD_DECIMALS)} USDC + ${amount(sum(claimedLp))} LP; left in the splitter: ${amount(await balanceOf(usdc.address, splitter), USD_DECIMALS)} USDC, ${amount(await balanceOf(pair, splitter))} LP`,
  );

  // ---------------------------------------------------------------------------------------------------------------
  report.act("Act 5. alice redeems 25,000 ALEX for an hour of Alex's time");
  const [requestReceipt] = await step("alice requests 1 hour with an EIP-2612 permit (one tx, no approve)", () =>
    requestTime(alice, {escrow, offerId: 0n, units: 1, note: "Advice on my first DAO", permitDeadline: FAR_DEADLINE}),
  );
  const request = getTimeRequestFromReceipt(requestReceipt);
  report.line(`request ${request.requestId}: ${amount(request.amount)} ALEX locked; escrow holds ${amount((await getEscrow(publicClient, {escrow})).totalLocked)} ALEX`);
  const scheduledAt = quarterReported + HOUR;
  await step("Alex accepts, scheduled an hour after the quarter's report", () =>
    acceptRequest(alex, {escrow, requestId: request.requestId, scheduledAt}),
  );
  const confirmedAt = scheduledAt + HOUR;
  await warpTo(confirmedAt, "the call took place");
  const alexBefore = await balanceOf(token, alex.account.address);
  await step("alice confirms: the 25,000 ALEX go to Alex", () =>
    confirmRequest(alice, {escrow, requestId: request.requestId}),
  );
  report.line(
    `Alex received ${amount((await balanceOf(token, alex.account.address)) - alexBefore)} ALEX; alice holds ${amount(await balanceOf(token, alice.account.address))} ALEX; escrow holds ${amount(await balanceOf(token, escrow))} ALEX`,
  );

  // ---------------------------------------------------------------------------------------------------------------
  report.act("Act 6. A month of liquidity mining: 300,000 ALEX to ALEX-WETH LP stakers");
  await step("alice approves the router for 100,000 ALEX", () =>
    approveToken(alice, {token, spender: router.address, amount: ALICE_POOL_ALEX}),
  );
  await step("alice adds 100,000 ALEX + 0.4 ETH to the pool", async () =>
    alice.writeContract({
      address: router.address,
      abi: uniswapV2RouterAbi,
      functionName: "addLiquidityETH",
      args: [token, ALICE_POOL_ALEX, ALICE_POOL_ALEX, ALICE_POOL_ETH, alice.account.address, await deadline()],
      value: ALICE_POOL_ETH,
    }),
  );
  const aliceLp = await balanceOf(pair, alice.account.address);
  await step("Alex approves the factory for the campaign's 300,000 ALEX", () =>
    approveToken(alex, {token, spender: getDeployment(chain.id).factory, amount: CAMPAIGN_ALEX}),
  );
  let campaign;
  await step("Alex adds a campaign on the LP share (launchModule, 30-day periods)", async () => {
    const launched = await launchModule(alex, {
      token,
      module: stakingModule({
        tokenAmount: CAMPAIGN_ALEX,
        config: {stakingToken: pair, duration: Number(CAMPAIGN_DAYS * DAY), startAtLaunch: false},
      }),
    });
    campaign = launched.module;
    return launched.hash;
  });
  names.set(campaign, "staking campaign");
  const stakers = [
    {name: "alice (supporter)", client: alice, lp: aliceLp},
    ...LP_STAKING_BUYERS.map((i) => ({name: names.get(buyers[i].account.address), client: buyers[i], lp: claimedLp[i]})),
  ];
  await step(`${stakers.length} LP holders stake with the pair's EIP-2612 permit (no approve)`, () =>
    stakers.map(({client, lp}) => stake(client, {campaign, amount: lp, permit: true, permitDeadline: FAR_DEADLINE})),
  );
  await step("Alex starts the stream: notifyRewardAmount(0) streams the 300,000 ALEX", () =>
    notifyRewardAmount(alex, {campaign, amount: 0n}),
  );
  const started = await getCampaign(publicClient, {campaign});
  report.line(
    `campaign ${campaign}: ${amount(started.totalStaked)} LP staked, ${started.rewardPerSecondFormatted.slice(0, 8)} ALEX per second for ${CAMPAIGN_DAYS} days`,
  );
  await warpTo(confirmedAt + CAMPAIGN_DAYS * DAY + HOUR, "the 30-day period is over");
  const rewardsBefore = await Promise.all(stakers.map(({client}) => balanceOf(token, client.account.address)));
  const earned = await Promise.all(
    stakers.map(({client}) => getStakingPosition(publicClient, {campaign, account: client.account.address})),
  );
  await step(`${stakers.length} stakers exit: LP shares back and rewards claimed, one tx each`, () =>
    oneByOne(stakers.map(({client}) => () => exitStaking(client, {campaign}))),
  );
  const rewardsPaid = await Promise.all(
    stakers.map(async ({client}, i) => (await balanceOf(token, client.account.address)) - rewardsBefore[i]),
  );
  const paidTotal = rewardsPaid.reduce((a, b) => a + b, 0n);
  report.table(
    ["staker", "LP staked", "share", "ALEX earned"],
    [
      ...stakers.map(({name, lp}, i) => [
        name,
        amount(lp),
        `${((Number(lp) / Number(started.totalStaked)) * 100).toFixed(2)}%`,
        amount(rewardsPaid[i]),
      ]),
      ["together", amount(started.totalStaked), "100.00%", amount(paidTotal)],
    ],
  );
  const after = await getCampaign(publicClient, {campaign});
  report.line(
    `rewards paid: ${amount(paidTotal, 18, 18)} of ${amount(CAMPAIGN_ALEX)} ALEX funded (${CAMPAIGN_ALEX - paidTotal} wei short: rounding, left in the campaign)`,
  );
  report.line(`earned before exit matched paid: ${earned.every((e, i) => e.earned === rewardsPaid[i])}; LP still staked: ${amount(after.totalStaked)}`);
  await step("alice approves the router for her 200 LP shares", () =>
    approveToken(alice, {token: pair, spender: router.address, amount: aliceLp}),
  );
  const aliceEthBefore = await publicClient.getBalance({address: alice.account.address});
  const aliceAlexBefore = await balanceOf(token, alice.account.address);
  const [removeReceipt] = await step("alice removes her liquidity (removeLiquidityETH)", async () =>
    alice.writeContract({
      address: router.address,
      abi: uniswapV2RouterAbi,
      functionName: "removeLiquidityETH",
      args: [token, aliceLp, 0n, 0n, alice.account.address, await deadline()],
    }),
  );
  const ethBack =
    (await publicClient.getBalance({address: alice.account.address})) -
    aliceEthBefore +
    removeReceipt.gasUsed * removeReceipt.effectiveGasPrice;
  report.line(
    `alice got back ${amount((await balanceOf(token, alice.account.address)) - aliceAlexBefore)} ALEX + ${amount(ethBack)} ETH for ${amount(aliceLp)} LP`,
  );

  // ---------------------------------------------------------------------------------------------------------------
  report.act('Act 7. "Control My Life": the holders choose Alex\'s June habit');
  const pollEnd = confirmedAt + CAMPAIGN_DAYS * DAY + HOUR + POLL_DAYS * DAY;
  let pollId;
  await step(`Alex asks "${POLL_QUESTION}" (4 options, 7 days)`, async () => {
    const created = await createPoll(alex, {polls, questionURI: POLL_QUESTION, options: POLL_OPTIONS, end: pollEnd});
    pollId = created.pollId;
    return created.hash;
  });
  // Direct votes: no ALEX moves, so they go out at once.
  const direct = [
    [alice, RUN],
    [buyers[0], NO_SUGAR], // buyer 01 changes their mind below, with a signed vote
    ...range(SMALL_BUYERS, SMALL_BUYERS + 5).map((i) => [buyers[i], READ]),
    ...range(SMALL_BUYERS + 5, SMALL_BUYERS + 8).map((i) => [buyers[i], WAKE_UP]),
    ...range(SMALL_BUYERS + 8, BUYERS).map((i) => [buyers[i], NO_SUGAR]),
  ];
  await step(`${direct.length} holders vote directly (alice, buyers 01 and 21-30)`, () =>
    direct.map(([client, option]) => vote(client, {polls, pollId, option})),
  );
  const signed = await Promise.all(
    range(0, SMALL_BUYERS).map((i) => signVote(buyers[i], {polls, pollId, option: RUN})),
  );
  report.line(`buyers 01-20 sign "${POLL_OPTIONS[RUN]}" in their wallets (EIP-712, no gas); buyer 01's replaces a direct vote`);
  const [relayReceipt] = await step("the relayer submits the 20 signed votes in one transaction", async () => {
    const relayed = await relayVotes(relayer, {polls, votes: signed});
    const skipped = relayed.results.filter((r) => !r.counted);
    if (skipped.length > 0) throw new StepError(`${skipped.length} signed votes would be skipped: ${skipped[0].reason}`);
    return relayed.hash;
  });
  await warpTo(pollEnd, "voting closed");
  await step("anyone finalizes the poll (here the relayer)", () => finalizePoll(relayer, {polls, pollId}));
  const results = await getPollResults(publicClient, {polls, pollId});
  report.table(
    ["option", "ALEX votes", "share"],
    results.options.map((label, i) => [
      label,
      amount(results.tally[i], 18, 2),
      `${((Number(results.tally[i]) / Number(results.turnout.votes)) * 100).toFixed(1)}%`,
    ]),
  );
  report.line(
    `winner: "${results.winner.label}" with ${amount(results.winner.votes, 18, 2)} ALEX${results.tied ? " (tied: no winner)" : ""}; state ${results.state}`,
  );
  report.line(
    `turnout: ${results.turnout.voters} voters, ${amount(results.turnout.votes, 18, 2)} of ${amount(results.turnout.supply)} ALEX at the snapshot (${(Number(results.turnout.bps) / 100).toFixed(2)}%: Alex did not vote; the vesting wallet and the pool cannot)`,
  );
  report.line(`relay: 20 votes for ${amount(relayReceipt.gasUsed / 20n, 0)} gas each`);

  // ---------------------------------------------------------------------------------------------------------------
  report.heading("Who holds what now");
  const holders = [
    ["Alex (creator)", alex.account.address],
    ["vesting wallet (Alex, locked)", launch.vesting],
    ["alice (supporter)", alice.account.address],
    ["30 buyers together", buyers.map((b) => b.account.address)],
    ["ALEX-WETH pair (pool)", pair],
    ["ISA splitter", splitter],
    ["time escrow", escrow],
    ["staking campaign", campaign],
  ];
  const assets = [
    {symbol: "ALEX", address: token, decimals: 18},
    {symbol: "USDC", address: usdc.address, decimals: USD_DECIMALS},
    {symbol: "LP", address: pair, decimals: 18},
  ];
  const rows = [];
  let alexTotal = 0n;
  for (const [label, who] of holders) {
    const accounts = Array.isArray(who) ? who : [who];
    const cells = [];
    for (const asset of assets) {
      const held = (await Promise.all(accounts.map((a) => balanceOf(asset.address, a)))).reduce((a, b) => a + b, 0n);
      if (asset.symbol === "ALEX") alexTotal += held;
      cells.push(held === 0n ? "—" : amount(held, asset.decimals, 2));
    }
    rows.push([label, ...cells]);
  }
  const {eth: poolEth} = await reserves();
  report.table(["holder", "ALEX", "USDC", "LP"], rows);
  report.line(
    `the ALEX column adds up to ${alexTotal === info.totalSupply ? "exactly" : "NOT"} the supply, ${amount(info.totalSupply)} ALEX (the campaign keeps ${await balanceOf(token, campaign)} wei of rounding); the pool also holds ${amount(poolEth)} WETH`,
  );
  const vestingNow = await getVesting(publicClient, {vesting: launch.vesting});
  report.line(`Alex's vesting: ${amount(vestingNow.releasable)} ALEX releasable now (cliff 180 days after launch)`);

  return {report, token, pair, splitter, escrow, polls, names, balanceOf, usdc: usdc.address};
}

/** Why a step failed, in one line: the SDK's short message (it names the custom error), else the first line. */
function stepError(title, error) {
  if (error instanceof StepError) return new StepError(`${title}: ${error.message}`, error.details);
  const first = error?.shortMessage ?? String(error?.message ?? error).split("\n")[0];
  const short = error?.errorName && !first.includes(error.errorName) ? `${first} (${error.errorName})` : first;
  const details = String(error?.message ?? "")
    .split("\n")
    .slice(0, 12)
    .map((line) => `  | ${line}`)
    .join("\n");
  return new StepError(`step "${title}" failed: ${short}`, details);
}

