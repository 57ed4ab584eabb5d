import {describe, expect, test} from "vitest";
import {
  creator,
  DAY,
  launchAlex,
  mined,
  noRpcClient,
  publicClient,
  stranger,
  VESTED,
  warp,
} from "../../../test/utils.js";
import {getVesting, InvalidAddressError, personalTokenAbi, releaseVested} from "../../index.js";

describe("getVesting", () => {
  test("reads the creator's schedule", async () => {
    const {vesting, token} = await launchAlex();
    const schedule = await getVesting(publicClient, {vesting});
    expect(schedule).toMatchObject({token, beneficiary: creator.account.address, released: 0n, releasable: 0n});
    expect(schedule.cliffEnd - schedule.start).toBe(180n * DAY);
    expect(schedule.end - schedule.start).toBe(3n * 365n * DAY);
  });

  test("rejects a malformed address before any RPC", async () => {
    const {client, calls} = noRpcClient();
    await expect(getVesting(client, {vesting: "0x" as `0x${string}`})).rejects.toBeInstanceOf(InvalidAddressError);
    expect(calls).toEqual([]);
  });
});

describe("releaseVested", () => {
  test("anyone releases; the tokens go to the creator after the cliff", async () => {
    const {vesting, token} = await launchAlex();
    await warp(365n * DAY);
    const before = await publicClient.readContract({
      address: token,
      abi: personalTokenAbi,
      functionName: "balanceOf",
      args: [creator.account.address],
    });
    await mined(releaseVested(stranger, {vesting}));
    const after = await publicClient.readContract({
      address: token,
      abi: personalTokenAbi,
      functionName: "balanceOf",
      args: [creator.account.address],
    });
    const released = after - before;
    // One year of three: a third, within a block's worth of seconds.
    expect(released).toBeGreaterThanOrEqual(VESTED / 3n);
    expect(released).toBeLessThan(VESTED / 3n + (VESTED / (3n * 365n * DAY)) * 10n);
  });

  test("before the cliff it fails with CreatorVesting_NothingToRelease and says when to retry", async () => {
    const {vesting} = await launchAlex();
    await expect(releaseVested(stranger, {vesting})).rejects.toMatchObject({
      name: "ContractRevertedError",
      errorName: "CreatorVesting_NothingToRelease",
      shortMessage: expect.stringContaining("try again later"),
    });
  });
});
