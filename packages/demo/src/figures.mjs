// The story's figures: $ALEX's supply and terms, the buyers, the pool, the time offer, the campaign and the poll
// (README, "What a launch gives you" and "Income-share agreements"). Every act reads them from here.

import {parseEther, parseUnits} from "viem";

/** Anvil accounts, started by main.mjs: the deployer, Alex, alice, 30 buyers, the relayer, Peter Pan, and a few to spare. */
export const ACCOUNTS = 40;

export const DAY = 86_400n;
export const HOUR = 3_600n;
export const USD_DECIMALS = 6;
export const usd = (value) => parseUnits(value, USD_DECIMALS);
/** Router and permit deadlines: fixed (a timestamp's zero bytes change calldata gas), far after the story. */
export const FAR_DEADLINE = 4_102_444_800n; // 2100-01-01

// $ALEX.
export const SUPPLY = parseEther("10000000");
export const VESTED = parseEther("5000000");
export const ISA_TOKENS = parseEther("1000000");
export const SUPPORTER_TOKENS = parseEther("1000000");
export const CREATOR_LIQUID = SUPPLY - VESTED - ISA_TOKENS - SUPPORTER_TOKENS;
export const PRICE = 20_000n; // 0.02 USDC per whole ALEX: 1,000,000 ALEX = 20,000 USDC
export const SOFT_CAP = parseEther("250000");
export const SHARE_BPS = 1_500;
export const PERIOD = 91n * DAY;
export const PERIODS = 12n;
// 30 buyers: 20 buy 30,000 ALEX (600 USDC), 10 buy 40,000 (800 USDC) = 1,000,000 ALEX for 20,000 USDC.
export const BUYERS = 30;
export const SMALL_BUY = parseEther("30000");
export const LARGE_BUY = parseEther("40000");
export const SMALL_BUYERS = 20;
/** Buyers 0-7 stay under the soft cap (240,000 ALEX), buyer 8 crosses it, 9-29 are delivered as they buy. */
export const BEFORE_SOFT_CAP = 8;
/** The ALEX buyer `i` (0-based) buys. */
export const buyTokensOf = (i) => (i < SMALL_BUYERS ? SMALL_BUY : LARGE_BUY);
// The pool and quarter 0.
export const POOL_ALEX = parseEther("500000");
export const POOL_ETH = parseEther("2");
export const GROSS_INCOME = usd("40000");
export const USDC_PAID = usd("3000");
export const LP_PAID = parseEther("150");
export const LP_DECLARED_VALUE = usd("3000");
// The time escrow: 25,000 ALEX an hour, 10 hours per 30 days.
export const HOUR_PRICE = parseEther("25000");
// The liquidity-mining month: 300,000 ALEX streamed over 30 days to ALEX-WETH LP stakers.
export const CAMPAIGN_ALEX = parseEther("300000");
export const CAMPAIGN_DAYS = 30n;
export const ALICE_POOL_ALEX = parseEther("100000");
export const ALICE_POOL_ETH = parseEther("0.4");
/** Buyers (by index) who stake the LP shares they claimed in quarter 0, beside alice. */
export const LP_STAKING_BUYERS = [0, 1, SMALL_BUYERS];
// "Control My Life": what Alex does every day in June.
export const POLL_QUESTION = "What should I do every day in June?";
export const POLL_OPTIONS = ["run 5 km a day", "read a book a week", "no sugar", "wake up at 5 am"];
export const [RUN, READ, NO_SUGAR, WAKE_UP] = [0, 1, 2, 3];
export const POLL_DAYS = 7n;
// Peter Pan's loan to Alex: 1,500 USDC, repaid as 3 monthly installments of 525 (5% interest), a week's grace.
export const LOAN_NAME = "Alex Masmej Loan 2026";
export const LOAN_SYMBOL = "AML26";
export const LOAN_PRINCIPAL = usd("1500");
export const LOAN_INSTALLMENT = usd("525");
export const LOAN_INSTALLMENTS = 3n;
export const LOAN_FUNDING_DAYS = 14n;
export const LOAN_GRACE_DAYS = 7n;
/** Peter lists 600 claims against 390 USDC (0.65 a claim, under the 0.70 still owed on each); a buyer pays 130 USDC. */
export const LOAN_POOL_CLAIMS = usd("600");
export const LOAN_POOL_USDC = usd("390");
export const LOAN_BUYER_PAYS = usd("130");
/** The buyer of the debt (buyer 05, by index). */
export const LOAN_BUYER = 4;
