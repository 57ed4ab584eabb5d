import {decodeAbiParameters, zeroAddress} from "viem";
import {describe, expect, test} from "vitest";
import {
  deployments,
  incomeShareModule,
  loanModule,
  type ModuleImplementationKey,
  pollsModule,
  protocolErrorsAbi,
  protocolModules,
  stakingConfigParameter,
  stakingModule,
  timeEscrowModule,
} from "../index.js";

describe("protocolModules", () => {
  test("names every module implementation of every deployment, and only those", () => {
    for (const deployment of Object.values(deployments)) {
      const moduleKeys = Object.keys(deployment).filter(
        (key) => key.endsWith("Implementation") && key !== "tokenImplementation" && key !== "vestingImplementation",
      );
      expect(
        Object.values(protocolModules)
          .map((m) => m.implementation)
          .sort(),
      ).toEqual(moduleKeys.sort());
    }
  });

  test("each builder launches its registry entry's implementation with its encoder's data", () => {
    const stakingToken = "0x1111111111111111111111111111111111111111";
    const built = {
      incomeShare: incomeShareModule,
      timeEscrow: timeEscrowModule,
      staking: stakingModule,
      polls: pollsModule,
      loan: loanModule,
    } satisfies Record<keyof typeof protocolModules, unknown>;
    expect(Object.keys(built).sort()).toEqual(Object.keys(protocolModules).sort());
    const staking = stakingModule({config: {stakingToken, duration: 60}});
    expect(staking.implementation).toBe(protocolModules.staking.implementation satisfies ModuleImplementationKey);
    expect(decodeAbiParameters([stakingConfigParameter], staking.data)[0]).toEqual({
      stakingToken,
      rewardToken: zeroAddress,
      duration: 60,
      startAtLaunch: false,
    });
    expect(pollsModule()).toEqual({implementation: protocolModules.polls.implementation, tokenAmount: 0n, data: "0x"});
  });

  test("every module's custom errors decode (protocolErrorsAbi is built from the registry)", () => {
    const names = new Set(protocolErrorsAbi.map((item) => item.name));
    for (const {abi} of Object.values(protocolModules)) {
      for (const item of abi) if (item.type === "error") expect(names.has(item.name)).toBe(true);
    }
  });
});
