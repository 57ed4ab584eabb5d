import {type Address, parseEther, zeroAddress} from "viem";
import {describe, expect, test} from "vitest";
import {addLiquidityEth, deployUniswapV2} from "../../../test/uniswap.js";
import {
  alice,
  balanceOf,
  bob,
  creator,
  DAY,
  launchAlex,
  mined,
  mintUsdc,
  noRpcClient,
  publicClient,
  SUPPLY,
  stranger,
  transferToken,
  usd,
  usdc,
  warp,
} from "../../../test/utils.js";
import {
  ContractRevertedError,
  claimStakingRewards,
  defaultSalt,
  emergencyWithdraw,
  exitStaking,
  getCampaign,
  getLaunchFromReceipt,
  getModuleCount,
  getStakingPosition,
  InvalidAddressError,
  InvalidAmountError,
  InvalidParameterError,
  isContractRevertedError,
  launchModule,
  launchToken,
  notifyRewardAmount,
  predictLaunchAddresses,
  predictModuleAddress,
  recoverERC20,
  stake,
  stakingModule,
  withdrawStake,
} from "../../index.js";

const CAMPAIGN = parseEther("300000");
const DURATION = 60 * 86_400;

/** $ALEX launched with a campaign that rewards staking ALEX itself (its address predicted before the launch). */
async function launchWithAlexStaking({startAtLaunch = true} = {}) {
  const {token} = predictLaunchAddresses({chainId: 31337, creator: creator.account.address, salt: defaultSalt("STK")});
  const receipt = await mined(
    launchToken(creator, {
      name: "Alex Masmej",
      symbol: "STK",
      totalSupply: SUPPLY,
      allocations: [
        {recipient: creator.account.address, amount: SUPPLY - CAMPAIGN - parseEther("1000000")},
        {recipient: alice.account.address, amount: parseEther("1000000")},
      ],
      modules: [
        stakingModule({tokenAmount: CAMPAIGN, config: {stakingToken: token, duration: DURATION, startAtLaunch}}),
      ],
    }),
  );
  const launch = getLaunchFromReceipt(receipt);
  expect(launch.token).toBe(token);
  return {token, campaign: launch.modules[0]!.module};
}

describe("stakingModule", () => {
  test("encodes the config with the personal token as the default reward", () => {
    const module = stakingModule({
      tokenAmount: 1n,
      config: {stakingToken: alice.account.address, duration: 3600, startAtLaunch: true},
    });
    expect(module.implementation).toBe("stakingRewardsImplementation");
    expect(module.data).toContain(alice.account.address.slice(2).toLowerCase());
    expect(module.data.slice(2 + 64, 2 + 128)).toBe("0".repeat(64)); // rewardToken = 0: the personal token
  });

  test("refuses bad settings offline", () => {
    const stakingToken = alice.account.address;
    expect(() => stakingModule({config: {stakingToken, duration: 0}})).toThrow(InvalidParameterError);
    expect(() => stakingModule({config: {stakingToken, duration: 11 * 365 * 86_400}})).toThrow(/duration/);
    expect(() => stakingModule({config: {stakingToken, duration: 60, startAtLaunch: true}})).toThrow(/startAtLaunch/);
    expect(() => stakingModule({config: {stakingToken: zeroAddress, duration: 60}})).toThrow(/stakingToken/);
    expect(() => stakingModule({config: {stakingToken: "0x1234", duration: 60}})).toThrow(InvalidAddressError);
    expect(() => stakingModule({tokenAmount: -1n, config: {stakingToken, duration: 60}})).toThrow(InvalidAmountError);
  });
});

describe("staking ALEX, campaign launched with the token", () => {
  test("stake (approve), earn, claim, withdraw part, exit; the campaign reads back as APR inputs", async () => {
    const {token, campaign} = await launchWithAlexStaking();
    const info = await getCampaign(publicClient, {campaign});
    expect(info).toMatchObject({
      token,
      creator: creator.account.address,
      stakingToken: token,
      rewardToken: token,
      rewardDecimals: 18,
      totalStaked: 0n,
      duration: BigInt(DURATION),
      unallocated: 0n,
      rewardReserve: CAMPAIGN,
      active: true,
    });
    expect(info.rewardRate).toBe((CAMPAIGN * 10n ** 18n) / BigInt(DURATION));
    expect(info.rewardPerSecond).toBe(CAMPAIGN / BigInt(DURATION));
    expect(Number(info.rewardPerSecondFormatted)).toBeCloseTo(300_000 / DURATION, 10);

    const amount = parseEther("100000");
    await mined(stake(alice, {campaign, amount, approve: true}));
    expect(await getStakingPosition(publicClient, {campaign, account: alice.account.address})).toEqual({
      balance: amount,
      earned: 0n,
    });
    await warp(DAY);
    const {earned} = await getStakingPosition(publicClient, {campaign, account: alice.account.address});
    // Alice is the only staker: she earns the whole stream, one day's worth (give or take the stake's own second).
    expect(earned).toBeGreaterThan((CAMPAIGN * 86_000n) / BigInt(DURATION));

    const before = await balanceOf(token, alice.account.address);
    await mined(claimStakingRewards(alice, {campaign}));
    expect((await balanceOf(token, alice.account.address)) - before).toBeGreaterThanOrEqual(earned);
    await mined(withdrawStake(alice, {campaign, amount: amount / 4n}));
    expect((await getStakingPosition(publicClient, {campaign, account: alice.account.address})).balance).toBe(
      (amount * 3n) / 4n,
    );
    await mined(exitStaking(alice, {campaign}));
    expect(await getStakingPosition(publicClient, {campaign, account: alice.account.address})).toEqual({
      balance: 0n,
      earned: 0n,
    });
    expect(await balanceOf(token, alice.account.address)).toBeGreaterThan(parseEther("1000000"));
  });

  test("stake with the personal token's permit (ERC-5267 domain) and for another account", async () => {
    const {token, campaign} = await launchWithAlexStaking();
    await mined(stake(alice, {campaign, amount: parseEther("10"), permit: true}));
    await mined(stake(alice, {campaign, amount: parseEther("5"), approve: true, for: bob.account.address}));
    expect((await getStakingPosition(publicClient, {campaign, account: alice.account.address})).balance).toBe(
      parseEther("10"),
    );
    expect((await getStakingPosition(publicClient, {campaign, account: bob.account.address})).balance).toBe(
      parseEther("5"),
    );
    expect(await balanceOf(token, campaign)).toBe(CAMPAIGN + parseEther("15"));
  });

  test("stake failures: no allowance, permit with `for`, permit on a token without EIP-2612, bad inputs before any RPC", async () => {
    const {campaign} = await launchWithAlexStaking();
    const error = await stake(alice, {campaign, amount: 1n}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractRevertedError);
    expect((error as ContractRevertedError).errorName).toBe("ERC20InsufficientAllowance");
    await expect(stake(alice, {campaign, amount: 1n, permit: true, for: bob.account.address})).rejects.toThrow(
      InvalidParameterError,
    );

    const {client, calls} = noRpcClient();
    await expect(stake(client, {campaign, amount: 0n})).rejects.toThrow(InvalidAmountError);
    await expect(stake(client, {campaign: "0xnope" as Address, amount: 1n})).rejects.toThrow(InvalidAddressError);
    await expect(withdrawStake(client, {campaign, amount: 0n})).rejects.toThrow(InvalidAmountError);
    await expect(claimStakingRewards(client, {campaign: "0x12" as Address})).rejects.toThrow(InvalidAddressError);
    await expect(exitStaking(client, {campaign: "0x12" as Address})).rejects.toThrow(InvalidAddressError);
    await expect(getCampaign(client, {campaign: "0x12" as Address})).rejects.toThrow(InvalidAddressError);
    await expect(getStakingPosition(client, {campaign, account: "0x12" as Address})).rejects.toThrow(
      InvalidAddressError,
    );
    await expect(recoverERC20(client, {campaign, asset: "0x12" as Address})).rejects.toThrow(InvalidAddressError);
    await expect(notifyRewardAmount(client, {campaign, amount: -1n})).rejects.toThrow(InvalidAmountError);
    expect(calls).toEqual([]);
  });

  test("withdraw above the stake, emergency withdrawal without a stake: typed reverts", async () => {
    const {campaign} = await launchWithAlexStaking();
    await mined(stake(alice, {campaign, amount: parseEther("10"), approve: true}));
    const error = await withdrawStake(alice, {campaign, amount: parseEther("11")}).catch((e: unknown) => e);
    expect(isContractRevertedError(error, "StakingRewards_InsufficientStake")).toBe(true);
    expect((error as ContractRevertedError).shortMessage).toMatch(/withdraw at most the stake/);
    await expect(emergencyWithdraw(bob, {campaign})).rejects.toMatchObject({errorName: "StakingRewards_NothingStaked"});
  });

  test("emergency withdrawal returns the stake and forfeits rewards to unallocated", async () => {
    const {token, campaign} = await launchWithAlexStaking();
    await mined(stake(alice, {campaign, amount: parseEther("10"), approve: true}));
    await warp(DAY);
    const before = await balanceOf(token, alice.account.address);
    await mined(emergencyWithdraw(alice, {campaign}));
    expect((await balanceOf(token, alice.account.address)) - before).toBe(parseEther("10"));
    expect((await getCampaign(publicClient, {campaign})).unallocated).toBeGreaterThan(0n);
  });
});

describe("notifyRewardAmount and recoverERC20 (creator)", () => {
  test("launch funding waits as unallocated until the creator notifies; more can be added with approve", async () => {
    const {campaign} = await launchWithAlexStaking({startAtLaunch: false});
    expect(await getCampaign(publicClient, {campaign})).toMatchObject({
      unallocated: CAMPAIGN,
      rewardRate: 0n,
      active: false,
    });
    await mined(notifyRewardAmount(creator, {campaign, amount: 0n}));
    expect(await getCampaign(publicClient, {campaign})).toMatchObject({unallocated: 0n, active: true});
    await mined(notifyRewardAmount(creator, {campaign, amount: parseEther("1000"), approve: true}));
    expect((await getCampaign(publicClient, {campaign})).rewardReserve).toBe(CAMPAIGN + parseEther("1000"));
  });

  test("only the creator notifies; nothing to stream is refused", async () => {
    const {campaign} = await launchWithAlexStaking();
    const error = await notifyRewardAmount(stranger, {campaign, amount: 0n}).catch((e: unknown) => e);
    expect(isContractRevertedError(error, "StakingRewards_NotCreator")).toBe(true);
    expect((error as ContractRevertedError).args).toEqual([stranger.account.address]);
  });

  test("recoverERC20 returns stray tokens to the creator; with nothing stray it reverts", async () => {
    const {campaign} = await launchWithAlexStaking();
    await expect(recoverERC20(creator, {campaign, asset: usdc})).rejects.toMatchObject({
      errorName: "StakingRewards_NothingToRecover",
    });
    await mintUsdc(campaign, usd("50"));
    await mined(recoverERC20(creator, {campaign, asset: usdc}));
    expect(await balanceOf(usdc, creator.account.address)).toBe(usd("50"));
    await expect(recoverERC20(alice, {campaign, asset: usdc})).rejects.toMatchObject({
      errorName: "StakingRewards_NotCreator",
    });
  });
});

describe("a campaign on the ALEX-WETH Uniswap V2 LP share, added after launch", () => {
  test("launchModule (predicted address, module count), stake LP shares with the pair's own permit, exit", async () => {
    const {token} = await launchAlex();
    const uniswap = await deployUniswapV2();
    const pair = await addLiquidityEth(creator, uniswap, token, parseEther("1000000"), parseEther("10"));
    const count = await getModuleCount(publicClient, {token});
    expect(count).toBe(0n);
    const predicted = predictModuleAddress({
      chainId: 31337,
      token,
      implementation: "stakingRewardsImplementation",
      index: count,
    });

    const module = stakingModule({
      tokenAmount: parseEther("100000"),
      config: {stakingToken: pair, duration: DURATION, startAtLaunch: true},
    });
    const launched = await launchModule(creator, {token, module, approve: true});
    const receipt = await mined(launched.hash);
    expect(launched).toMatchObject({module: predicted, index: 0n});
    expect(await getModuleCount(publicClient, {token})).toBe(1n);
    expect(receipt.logs.some((log) => log.address.toLowerCase() === predicted.toLowerCase())).toBe(true);
    const campaign = launched.module;
    expect(await getCampaign(publicClient, {campaign})).toMatchObject({
      stakingToken: pair,
      rewardToken: token,
      active: true,
    });

    // Bob gets LP shares and stakes them with a permit: the pair has DOMAIN_SEPARATOR() but no ERC-5267.
    const lp = await balanceOf(pair, creator.account.address);
    await transferToken(creator, pair, bob.account.address, lp / 2n);
    await mined(stake(bob, {campaign, amount: lp / 2n, permit: true}));
    expect((await getStakingPosition(publicClient, {campaign, account: bob.account.address})).balance).toBe(lp / 2n);
    await warp(DAY);
    await mined(exitStaking(bob, {campaign}));
    expect(await balanceOf(pair, bob.account.address)).toBe(lp / 2n);
    expect(await balanceOf(token, bob.account.address)).toBeGreaterThan(0n);
  });

  test("launchModule refuses a stranger and an unknown token; permit on a token without EIP-2612 fails before sending", async () => {
    const {token} = await launchAlex();
    const module = stakingModule({config: {stakingToken: usdc, duration: DURATION}});
    await expect(launchModule(stranger, {token, module})).rejects.toMatchObject({
      errorName: "PersonalTokenFactory_NotCreator",
    });
    await expect(launchModule(creator, {token: usdc, module})).rejects.toMatchObject({
      errorName: "PersonalTokenFactory_UnknownToken",
    });

    const {module: campaign, hash} = await launchModule(creator, {token, module});
    await mined(hash);
    await mintUsdc(alice.account.address, usd("10"));
    await expect(stake(alice, {campaign, amount: usd("10"), permit: true})).rejects.toThrow(/cannot be signed/);
    await mined(stake(alice, {campaign, amount: usd("10"), approve: true}));
    expect((await getCampaign(publicClient, {campaign})).totalStaked).toBe(usd("10"));
  });
});
