import {type Address, parseEther} from "viem";
import {describe, expect, test} from "vitest";
import {
  alice,
  bob,
  creator,
  DAY,
  deployErc1271Wallet,
  deployGasBurningWallet,
  launchAlex,
  mined,
  noRpcClient,
  now,
  publicClient,
  SUPPLY,
  stranger,
  transferToken,
  warp,
} from "../../../test/utils.js";
import {
  type ContractRevertedError,
  cancelPoll,
  createPoll,
  defaultSalt,
  finalizePoll,
  getLaunchFromReceipt,
  getPollResults,
  getRelayResultsFromReceipt,
  InvalidAddressError,
  InvalidAmountError,
  InvalidParameterError,
  isContractRevertedError,
  launchModule,
  launchToken,
  pollsModule,
  predictLaunchAddresses,
  relayVotes,
  signVote,
  vote,
} from "../../index.js";

const OPTIONS = ["Run 5 km a day", "Learn the piano", "Go vegan"];

/** $ALEX, polls added after launch (launchModule), bob given 500,000 ALEX, one poll open for 7 days. */
async function alexWithPoll() {
  const {token} = await launchAlex();
  const launched = await launchModule(creator, {token, module: pollsModule()});
  await mined(launched.hash);
  const polls = launched.module;
  await transferToken(creator, token, bob.account.address, parseEther("500000"));
  const end = (await now()) + 7n * DAY;
  const {hash, pollId} = await createPoll(creator, {polls, questionURI: "ipfs://june", options: OPTIONS, end});
  await mined(hash);
  await warp(1); // the snapshot holds balances at the end of the creating second: voting opens the second after
  return {token, polls, pollId, end};
}

describe("polls", () => {
  test("create, vote, change a vote, read results, finalize", async () => {
    const {polls, pollId, end} = await alexWithPoll();
    expect(pollId).toBe(0n);
    expect(await getPollResults(publicClient, {polls, pollId})).toMatchObject({
      question: "ipfs://june",
      options: OPTIONS,
      state: "active",
      end,
      tally: [0n, 0n, 0n],
      tied: true,
      turnout: {votes: 0n, supply: SUPPLY, bps: 0n, voters: 0n},
    });
    await mined(vote(alice, {polls, pollId, option: 1}));
    await mined(vote(bob, {polls, pollId, option: 0n}));
    await mined(vote(bob, {polls, pollId, option: 1n})); // moves the same weight
    const results = await getPollResults(publicClient, {polls, pollId});
    expect(results).toMatchObject({
      tally: [0n, parseEther("1500000"), 0n],
      winner: {option: 1n, label: "Learn the piano", votes: parseEther("1500000")},
      tied: false,
      turnout: {votes: parseEther("1500000"), bps: 1500n, voters: 2n},
    });
    await expect(finalizePoll(stranger, {polls, pollId})).rejects.toMatchObject({errorName: "HolderPolls_TooEarly"});
    await warp(7n * DAY);
    await mined(finalizePoll(stranger, {polls, pollId}));
    expect((await getPollResults(publicClient, {polls, pollId})).state).toBe("finalized");
    await expect(finalizePoll(stranger, {polls, pollId})).rejects.toMatchObject({
      errorName: "HolderPolls_AlreadyFinalized",
    });
  });

  test("vote and createPoll failures: no weight at the snapshot, not the creator, bad inputs before any RPC", async () => {
    const {polls, pollId, end} = await alexWithPoll();
    const error = await vote(stranger, {polls, pollId, option: 0}).catch((e: unknown) => e);
    expect(isContractRevertedError(error, "HolderPolls_NoVotingWeight")).toBe(true);
    expect((error as ContractRevertedError).shortMessage).toMatch(/held no tokens at the poll's snapshot/);
    await expect(vote(alice, {polls, pollId, option: 3})).rejects.toMatchObject({
      errorName: "HolderPolls_InvalidOption",
    });
    await expect(createPoll(alice, {polls, questionURI: "q", options: OPTIONS, end})).rejects.toMatchObject({
      errorName: "HolderPolls_NotCreator",
    });

    const {client, calls} = noRpcClient();
    await expect(createPoll(client, {polls, questionURI: "q", options: ["only one"], end})).rejects.toThrow(
      InvalidParameterError,
    );
    await expect(createPoll(client, {polls, questionURI: "", options: OPTIONS, end})).rejects.toThrow(/questionURI/);
    await expect(createPoll(client, {polls, questionURI: "q", options: ["a", ""], end})).rejects.toThrow(
      /options\[1\]/,
    );
    await expect(createPoll(client, {polls, questionURI: "q", options: OPTIONS, start: end, end})).rejects.toThrow(
      /end/,
    );
    await expect(vote(client, {polls, pollId, option: -1})).rejects.toThrow(InvalidAmountError);
    await expect(cancelPoll(client, {polls: "0x1" as Address, pollId})).rejects.toThrow(InvalidAddressError);
    await expect(finalizePoll(client, {polls, pollId: -1n})).rejects.toThrow(InvalidAmountError);
    await expect(signVote(client, {polls: "0x1" as Address, pollId, option: 0})).rejects.toThrow(InvalidAddressError);
    await expect(relayVotes(client, {polls, votes: []})).rejects.toThrow(InvalidParameterError);
    await expect(getPollResults(client, {polls, pollId: -1n})).rejects.toThrow(InvalidAmountError);
    expect(calls).toEqual([]);
  });

  test("cancel a poll without votes; a poll with votes cannot be cancelled", async () => {
    const {polls, pollId, end} = await alexWithPoll();
    const second = await createPoll(creator, {polls, questionURI: "ipfs://july", options: ["yes", "no"], end});
    await mined(second.hash);
    expect(second.pollId).toBe(1n);
    await mined(cancelPoll(creator, {polls, pollId: second.pollId}));
    expect((await getPollResults(publicClient, {polls, pollId: 1n})).state).toBe("cancelled");
    await mined(vote(alice, {polls, pollId, option: 0}));
    await expect(cancelPoll(creator, {polls, pollId})).rejects.toMatchObject({errorName: "HolderPolls_PollHasVotes"});
  });
});

describe("pollsModule", () => {
  test("launches with the token at the predicted address; a bad implementation is refused offline", async () => {
    const salt = defaultSalt("POLL");
    const predicted = predictLaunchAddresses({
      chainId: 31337,
      creator: creator.account.address,
      salt,
      modules: ["holderPollsImplementation"],
    });
    const receipt = await mined(
      launchToken(creator, {
        name: "Alex",
        symbol: "POLL",
        totalSupply: SUPPLY,
        allocations: [{recipient: creator.account.address, amount: SUPPLY}],
        modules: [pollsModule()],
      }),
    );
    const polls = getLaunchFromReceipt(receipt).modules[0]!.module;
    expect(polls).toBe(predicted.modules[0]);
    expect(() => pollsModule({implementation: "0x12" as Address})).toThrow(InvalidAddressError);
  });
});

describe("signed votes", () => {
  test("holders sign (an EOA and an ERC-1271 wallet), a stranger relays; invalid votes are reported and left out", async () => {
    const {token} = await launchAlex();
    const launched = await launchModule(creator, {token, module: pollsModule()});
    await mined(launched.hash);
    // A smart wallet owned by bob holds 200,000 ALEX before the poll's snapshot.
    const wallet = await deployErc1271Wallet(bob.account.address);
    await transferToken(creator, token, wallet, parseEther("200000"));
    const {hash, pollId} = await createPoll(creator, {
      polls: launched.module,
      questionURI: "ipfs://june",
      options: OPTIONS,
      end: (await now()) + DAY,
    });
    await mined(hash);
    await warp(1); // voting opens when the snapshot is final
    const p = launched.module;

    const aliceVote = await signVote(alice, {polls: p, pollId, option: 0});
    expect(aliceVote.vote).toEqual({pollId, voter: alice.account.address, option: 0n, nonce: 0n});
    const walletVote = await signVote(bob, {polls: p, pollId, option: 2, voter: wallet});
    const strangerVote = await signVote(stranger, {polls: p, pollId, option: 1}); // held nothing at the snapshot
    const forged = {vote: {...aliceVote.vote, option: 1n}, signature: aliceVote.signature};

    const {hash: relayed, results} = await relayVotes(stranger, {
      polls: p,
      votes: [aliceVote, walletVote, strangerVote, forged],
    });
    expect(results.map((r) => r.counted)).toEqual([true, true, false, false]);
    expect(results[2]).toMatchObject({error: {errorName: "HolderPolls_NoVotingWeight"}});
    expect(results[2]!.reason).toMatch(/held no tokens/);
    expect(results[3]!.error?.errorName).toBe("HolderPolls_InvalidSignature");
    const receipt = await mined(relayed!);
    expect(getRelayResultsFromReceipt(receipt)).toMatchObject({
      skipped: [],
      counted: [{voter: alice.account.address}, {voter: wallet}],
    });
    expect((await getPollResults(publicClient, {polls: p, pollId})).tally).toEqual([
      parseEther("1000000"),
      0n,
      parseEther("200000"),
    ]);

    // The signed vote is used up: relaying it again is refused with the nonce reason; nothing is sent.
    const again = await relayVotes(stranger, {polls: p, votes: [aliceVote]});
    expect(again.hash).toBeUndefined();
    expect(again.results[0]).toMatchObject({counted: false, error: {errorName: "HolderPolls_InvalidNonce"}});

    // With dropInvalid: false the contract skips it and the receipt says why.
    const sent = await relayVotes(stranger, {polls: p, votes: [aliceVote], dropInvalid: false});
    const skipped = getRelayResultsFromReceipt(await mined(sent.hash!)).skipped;
    expect(skipped).toMatchObject([
      {index: 0, voter: alice.account.address, error: {errorName: "HolderPolls_InvalidNonce"}},
    ]);
    expect(skipped[0]!.reason).toMatch(/sign again/);
  });

  test("wallets that accept in simulation and burn gas when mined are skipped, and the batch still lands", async () => {
    const {token} = await launchAlex();
    const launched = await launchModule(creator, {token, module: pollsModule()});
    await mined(launched.hash);
    const p = launched.module;
    // Four hostile wallets with weight at the snapshot, and alice.
    const hostile: Address[] = [];
    for (let i = 0; i < 4; i++) {
      const wallet = await deployGasBurningWallet();
      await transferToken(creator, token, wallet, parseEther("1000"));
      hostile.push(wallet);
    }
    const {hash, pollId} = await createPoll(creator, {
      polls: p,
      questionURI: "ipfs://june",
      options: OPTIONS,
      end: (await now()) + DAY,
    });
    await mined(hash);
    await warp(1); // voting opens when the snapshot is final
    const aliceVote = await signVote(alice, {polls: p, pollId, option: 0});
    const hostileVotes = hostile.map((voter) => ({
      vote: {pollId, voter, option: 1n, nonce: 0n},
      signature: "0x01" as const,
    }));

    // Every check is a simulation: all five look valid, so all five are sent.
    const {hash: relayed, results} = await relayVotes(stranger, {polls: p, votes: [aliceVote, ...hostileVotes]});
    expect(results.map((r) => r.counted)).toEqual([true, true, true, true, true]);
    const receipt = await mined(relayed!); // throws if the transaction reverted (out of gas)
    const outcome = getRelayResultsFromReceipt(receipt);
    expect(outcome.counted).toMatchObject([{voter: alice.account.address}]);
    expect(outcome.skipped.map((s) => s.voter)).toEqual(hostile);
    expect(outcome.skipped.every((s) => s.error?.errorName === "HolderPolls_InvalidSignature")).toBe(true);
    expect((await getPollResults(publicClient, {polls: p, pollId})).tally).toEqual([parseEther("1000000"), 0n, 0n]);
  });
});
