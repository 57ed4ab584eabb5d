import {parseEther, zeroAddress} from "viem";
import {describe, expect, test, vi} from "vitest";
import {
  alice,
  creator,
  launchAlex,
  mined,
  noRpcClient,
  publicClient,
  SUPPLY,
  stranger,
  timeEscrowModuleForTest,
} from "../../../test/utils.js";
import {
  ContractRevertedError,
  deployments,
  getCreatorTokens,
  getLaunchFromReceipt,
  getModuleCount,
  getTokenInfo,
  InvalidAddressError,
  InvalidAmountError,
  InvalidParameterError,
  isContractRevertedError,
  launchToken,
  personalTokenFactoryAbi,
  predictLaunchAddresses,
  UnknownChainError,
  watchTokenLaunched,
} from "../../index.js";

const simpleLaunch = {
  name: "Alex Masmej",
  symbol: "ALEX",
  totalSupply: SUPPLY,
  allocations: [{recipient: alice.account.address, amount: SUPPLY}],
};

describe("launchToken", () => {
  test("launches at the predicted addresses, with vesting and modules", async () => {
    const {receipt, token, vesting, splitter, escrow} = await launchAlex({isa: true, escrow: true});
    const predicted = predictLaunchAddresses({
      chainId: 31337,
      creator: creator.account.address,
      salt: (await import("../../index.js")).defaultSalt("ALEX"),
      modules: ["incomeShareSplitterImplementation", "timeEscrowImplementation"],
    });
    expect(predicted).toEqual({token, vesting, modules: [splitter, escrow]});
    expect(receipt.status).toBe("success");
  });

  test("a second launch with the same salt fails before sending, with a typed, readable error", async () => {
    await mined(launchToken(creator, simpleLaunch));
    const error = await launchToken(creator, simpleLaunch).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractRevertedError);
    if (!isContractRevertedError(error, "PersonalTokenFactory_SaltAlreadyUsed")) throw error;
    expect(error.args[0]).toBe(creator.account.address);
    expect(error.shortMessage).toMatch(
      /already launched 0x[0-9a-fA-F]{40} with salt 0x[0-9a-f]{64}: pick another salt/,
    );
    expect(error.message).toContain("Version: @personal-token/sdk@");
  });

  test("allocations that do not add up revert as PersonalTokenFactory_AllocationMismatch", async () => {
    const error = await launchToken(creator, {...simpleLaunch, totalSupply: SUPPLY + 1n}).catch((e: unknown) => e);
    expect(error).toMatchObject({name: "ContractRevertedError", errorName: "PersonalTokenFactory_AllocationMismatch"});
    expect((error as ContractRevertedError).shortMessage).toContain("add up to 10000000 tokens, not the total supply");
  });

  test("module terms that the splitter refuses surface as its custom error", async () => {
    const error = await launchToken(creator, {
      ...simpleLaunch,
      allocations: [{recipient: alice.account.address, amount: SUPPLY - parseEther("1")}],
      modules: [timeEscrowModuleForTest({tokenAmount: parseEther("1")})],
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({errorName: "TimeEscrow_FundedAtLaunch", args: [parseEther("1")]});
  });

  test("inputs are validated before any RPC call", async () => {
    const {client, calls} = noRpcClient();
    await expect(launchToken(client, {...simpleLaunch, name: " "})).rejects.toBeInstanceOf(InvalidParameterError);
    await expect(
      launchToken(client, {...simpleLaunch, allocations: [{recipient: "0x1234", amount: SUPPLY}]}),
    ).rejects.toThrow(InvalidAddressError);
    await expect(
      launchToken(client, {...simpleLaunch, allocations: [{recipient: alice.account.address, amount: -1n}]}),
    ).rejects.toMatchObject({name: "InvalidAmountError", field: "params.allocations[0].amount"});
    await expect(
      launchToken(client, {...simpleLaunch, vesting: {amount: 1n, cliff: 1n, duration: 2n ** 64n}}),
    ).rejects.toBeInstanceOf(InvalidAmountError);
    await expect(
      launchToken(
        noRpcClient({...publicClient.chain, id: 5} as unknown as typeof publicClient.chain).client,
        simpleLaunch,
      ),
    ).rejects.toBeInstanceOf(UnknownChainError);
    expect(calls).toEqual([]);
  });
});

describe("predictLaunchAddresses", () => {
  test("matches the factory's predictAddresses and predictModuleAddress, offline", async () => {
    const salt = `0x${"ab".repeat(32)}` as const;
    const predicted = predictLaunchAddresses({
      chainId: 31337,
      creator: stranger.account.address,
      salt,
      modules: ["timeEscrowImplementation", deployments[31337].incomeShareSplitterImplementation],
    });
    const factory = {address: deployments[31337].factory, abi: personalTokenFactoryAbi} as const;
    const [token, vesting] = await publicClient.readContract({
      ...factory,
      functionName: "predictAddresses",
      args: [stranger.account.address, salt],
    });
    expect(predicted.token).toBe(token);
    expect(predicted.vesting).toBe(vesting);
    for (const [index, implementation] of [
      deployments[31337].timeEscrowImplementation,
      deployments[31337].incomeShareSplitterImplementation,
    ].entries()) {
      expect(predicted.modules[index]).toBe(
        await publicClient.readContract({
          ...factory,
          functionName: "predictModuleAddress",
          args: [token, implementation, BigInt(index)],
        }),
      );
    }
  });

  test("rejects a bad creator, a short salt and an unknown chain", () => {
    expect(() => predictLaunchAddresses({chainId: 31337, creator: "0xnope", salt: "0x00"})).toThrow(
      InvalidAddressError,
    );
    expect(() => predictLaunchAddresses({chainId: 31337, creator: zeroAddress, salt: "0x00"})).toThrow(
      /salt must be 32 bytes/,
    );
    expect(() => predictLaunchAddresses({chainId: 999, creator: zeroAddress, salt: `0x${"00".repeat(32)}`})).toThrow(
      UnknownChainError,
    );
  });
});

describe("getTokenInfo", () => {
  test("reads the token and its launch record", async () => {
    const {token, vesting, receipt} = await launchAlex();
    const block = await publicClient.getBlock({blockNumber: receipt.blockNumber});
    expect(await getTokenInfo(publicClient, {token})).toEqual({
      address: token,
      name: "Alex Masmej",
      symbol: "ALEX",
      decimals: 18,
      totalSupply: SUPPLY,
      contractURI: "",
      owner: creator.account.address,
      isLaunched: true,
      creator: creator.account.address,
      launchedAt: block.timestamp,
      vesting,
    });
  });

  test("an address that is not a token fails with a WrongContractError; a malformed one before any RPC", async () => {
    await expect(getTokenInfo(publicClient, {token: stranger.account.address})).rejects.toMatchObject({
      name: "WrongContractError",
      shortMessage: `${stranger.account.address} is not a contract (no code there: a wallet, or nothing deployed), not a personal token.`,
    });
    const {client, calls} = noRpcClient();
    await expect(getTokenInfo(client, {token: "0xabc"})).rejects.toMatchObject({
      name: "InvalidAddressError",
      field: "token",
    });
    expect(calls).toEqual([]);
  });
});

describe("getCreatorTokens", () => {
  test("lists a creator's tokens, oldest first", async () => {
    expect(await getCreatorTokens(publicClient, {creator: creator.account.address})).toEqual([]);
    const first = getLaunchFromReceipt(await mined(launchToken(creator, simpleLaunch))).token;
    const second = getLaunchFromReceipt(await mined(launchToken(creator, {...simpleLaunch, symbol: "ALEX2"}))).token;
    expect(await getCreatorTokens(publicClient, {creator: creator.account.address})).toEqual([first, second]);
  });

  test("rejects a malformed creator before any RPC", async () => {
    const {client, calls} = noRpcClient();
    await expect(getCreatorTokens(client, {creator: "alex.eth" as `0x${string}`})).rejects.toBeInstanceOf(
      InvalidAddressError,
    );
    expect(calls).toEqual([]);
  });

  test("rejects a malformed factory override, named, before any RPC", async () => {
    const {client, calls} = noRpcClient();
    const factory = "0x12" as `0x${string}`;
    for (const read of [
      getCreatorTokens(client, {creator: creator.account.address, factory}),
      getModuleCount(client, {token: alice.account.address, factory}),
    ]) {
      await expect(read).rejects.toMatchObject({name: "InvalidAddressError", field: "factory"});
    }
    expect(calls).toEqual([]);
  });
});

describe("watchTokenLaunched", () => {
  test("reports each launch by the watched creator", async () => {
    const onLaunched = vi.fn();
    const unwatch = watchTokenLaunched(publicClient, {
      creator: creator.account.address,
      onLaunched,
      pollingInterval: 50,
    });
    try {
      const {token} = getLaunchFromReceipt(await mined(launchToken(creator, simpleLaunch)));
      await vi.waitFor(() => expect(onLaunched).toHaveBeenCalledTimes(1), {timeout: 5_000});
      expect(onLaunched.mock.calls[0]![0]).toMatchObject({token, creator: creator.account.address, symbol: "ALEX"});
    } finally {
      unwatch();
    }
  });

  test("rejects a malformed creator filter", () => {
    expect(() => watchTokenLaunched(publicClient, {creator: "0x1" as `0x${string}`, onLaunched: () => {}})).toThrow(
      InvalidAddressError,
    );
  });
});

describe("getLaunchFromReceipt", () => {
  test("fails with EventNotFoundError on a receipt without a launch", async () => {
    const {receipt} = await launchAlex();
    expect(() => getLaunchFromReceipt({logs: receipt.logs.slice(0, 1)})).toThrow(/No TokenLaunched event/);
  });
});
