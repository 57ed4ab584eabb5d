// Issue 15, items 3 and 5: a call to the wrong address says what the address is and what was expected, before any
// transaction is sent; inputs are refused in the SDK's own words.
import {getAddress, zeroAddress} from "viem";
import {describe, expect, test} from "vitest";
import {alice, creator, launchAlex, mined, publicClient, stranger, usdc} from "../../test/utils.js";
import {
  assertProtocolDeployed,
  buyTokens,
  cancelRequest,
  claimIncome,
  getSale,
  getTokenInfo,
  InvalidAddressError,
  InvalidParameterError,
  identifyContract,
  launchModule,
  pollsModule,
  predictModuleAddress,
  requestTime,
  signVote,
} from "../index.js";

const wallet = stranger.account.address;
const noCode = `${wallet} is not a contract (no code there: a wallet, or nothing deployed)`;

describe("wrong-contract errors", () => {
  test("a read names what the address is: a token, a wallet, an ERC-20", async () => {
    const {token, splitter} = await launchAlex({isa: true});
    await expect(getSale(publicClient, {splitter: token})).rejects.toMatchObject({
      name: "WrongContractError",
      shortMessage: `${token} is a personal token, not an income-share splitter.`,
      expected: "incomeShare",
      actual: {kind: "token"},
    });
    await expect(getSale(publicClient, {splitter: wallet})).rejects.toMatchObject({
      shortMessage: `${noCode}, not an income-share splitter.`,
    });
    await expect(getTokenInfo(publicClient, {token: usdc})).rejects.toMatchObject({
      name: "WrongContractError",
      shortMessage: `${usdc} is an ERC-20 token (USDC), not a personal token.`,
    });
    // The right address still reads.
    expect((await getSale(publicClient, {splitter: splitter as `0x${string}`})).status).toBe("active");
  });

  test("a write to the wrong address throws before anything is sent", async () => {
    const {splitter, escrow} = await launchAlex({isa: true, escrow: true});
    const nonce = await publicClient.getTransactionCount({address: alice.account.address});
    await expect(buyTokens(alice, {splitter: wallet, tokens: 10n ** 18n})).rejects.toMatchObject({
      name: "WrongContractError",
      shortMessage: `${noCode}, not an income-share splitter.`,
    });
    await expect(cancelRequest(alice, {escrow: wallet, requestId: 0n})).rejects.toMatchObject({
      shortMessage: `${noCode}, not a time escrow.`,
    });
    await expect(cancelRequest(alice, {escrow: splitter as `0x${string}`, requestId: 0n})).rejects.toMatchObject({
      shortMessage: `${splitter} is an income-share splitter, not a time escrow.`,
    });
    await expect(claimIncome(alice, {splitter: escrow as `0x${string}`})).rejects.toMatchObject({
      shortMessage: `${escrow} is a time escrow, not an income-share splitter.`,
    });
    expect(await publicClient.getTransactionCount({address: alice.account.address})).toBe(nonce);
  });

  test("identifyContract tells every kind apart", async () => {
    const {token, vesting, splitter} = await launchAlex({isa: true});
    expect(await identifyContract(publicClient, {address: wallet})).toEqual({kind: "none"});
    expect(await identifyContract(publicClient, {address: usdc})).toEqual({kind: "erc20", symbol: "USDC"});
    expect((await identifyContract(publicClient, {address: token})).kind).toBe("token");
    expect((await identifyContract(publicClient, {address: vesting})).kind).toBe("vesting");
    expect((await identifyContract(publicClient, {address: splitter as `0x${string}`})).kind).toBe("incomeShare");
    await expect(assertProtocolDeployed(publicClient)).resolves.toBeUndefined();
  });

  test("two concurrent writes of one sender: the second simulates after the first was sent", async () => {
    const {escrow} = await launchAlex({escrow: true});
    await mined(requestTime(alice, {escrow: escrow as `0x${string}`, offerId: 0n, units: 1}));
    const results = await Promise.allSettled([
      cancelRequest(alice, {escrow: escrow as `0x${string}`, requestId: 0n}),
      cancelRequest(alice, {escrow: escrow as `0x${string}`, requestId: 0n}),
    ]);
    expect(results[0]?.status).toBe("fulfilled");
    // Refused in the simulation, as a typed error: no second transaction mined reverted.
    expect(results[1]).toMatchObject({status: "rejected", reason: {errorName: "TimeEscrow_WrongStatus"}});
  });
});

describe("inputs the SDK refuses in its own words (item 5)", () => {
  test("a wrong-case checksum is the SDK's InvalidAddressError, naming the field", async () => {
    const lower = wallet.toLowerCase();
    // The checksummed address with its first letter's case flipped.
    const checksummed = getAddress(lower);
    const i = checksummed.slice(2).search(/[a-fA-F]/) + 2;
    const flipped =
      checksummed[i] === checksummed[i]?.toUpperCase() ? checksummed[i]?.toLowerCase() : checksummed[i]?.toUpperCase();
    const wrongCase = `${checksummed.slice(0, i)}${flipped}${checksummed.slice(i + 1)}`;
    expect(wrongCase.toLowerCase()).toBe(lower);
    await expect(getSale(publicClient, {splitter: wrongCase as `0x${string}`})).rejects.toMatchObject({
      name: "InvalidAddressError",
      field: "splitter",
      shortMessage: `splitter "${wrongCase}" has a wrong checksum (a letter in the wrong case): check the address, or pass it all lowercase.`,
    });
    await expect(getSale(publicClient, {splitter: lower as `0x${string}`})).rejects.toMatchObject({
      name: "WrongContractError",
    });
  });

  test("2^256 tokens is out of range, not 'at least 1'", async () => {
    await expect(buyTokens(alice, {splitter: wallet, tokens: 2n ** 256n})).rejects.toMatchObject({
      name: "InvalidAmountError",
      shortMessage:
        "tokens must be a bigint from 1 to 2^256 - 1, got 115792089237316195423570985008687907853269984665640564039457584007913129639936n.",
    });
  });

  test("predictModuleAddress without chainId names the parameter it takes", () => {
    expect(() =>
      predictModuleAddress({token: zeroAddress, implementation: "holderPollsImplementation", index: 0n}),
    ).toThrow(InvalidParameterError);
    expect(() =>
      predictModuleAddress({token: zeroAddress, implementation: "holderPollsImplementation", index: 0n}),
    ).toThrow(/^chainId is needed to look the addresses up in the registry/);
    expect(() =>
      predictModuleAddress({token: "0x12" as `0x${string}`, implementation: zeroAddress, index: 0n}),
    ).toThrow(InvalidAddressError);
  });

  test("signVote refuses an option the poll does not have", async () => {
    const {token} = await launchAlex();
    const launched = await launchModule(creator, {token, module: pollsModule()});
    await mined(launched.hash);
    await mined(
      creator.sendTransaction({to: zeroAddress, value: 0n}), // a block after the launch: the snapshot is in the past
    );
    const {createPoll} = await import("../index.js");
    const end = (await publicClient.getBlock()).timestamp + 86_400n;
    const {hash, pollId} = await createPoll(creator, {
      polls: launched.module,
      questionURI: "ipfs://q",
      options: ["a", "b"],
      end,
    });
    await mined(hash);
    await expect(signVote(alice, {polls: launched.module, pollId, option: 2})).rejects.toMatchObject({
      name: "InvalidParameterError",
      shortMessage: `option must be one of poll ${pollId}'s 2 options (0 to 1), not 2.`,
    });
    await expect(signVote(alice, {polls: launched.module, pollId, option: 1})).resolves.toMatchObject({
      vote: {option: 1n},
    });
  });
});
