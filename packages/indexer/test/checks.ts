// Every figure the indexer holds, compared with the chain: the correctness test runs these after the demo story (on
// PGlite, then on Postgres through `ponder serve`) and again after a reorganization. Each read is a contract call at
// the latest block, with the SDK's generated ABIs.

import {
  holderPollsAbi,
  iCredentialsAbi,
  incomeShareSplitterAbi,
  personalLoanAbi,
  personalTokenAbi,
  requestStatuses,
  stakingRewardsAbi,
  timeEscrowAbi,
} from "@personal-token/sdk";
import {type Address, erc20Abi, getAddress, getContract, type PublicClient} from "viem";
import {expect} from "vitest";
import type {IndexerClient, Token} from "../client/index";

const lower = (a: string) => a.toLowerCase() as Address;

/** Compares every token the indexer knows, and everything of its modules, with the chain. Returns counts checked. */
export async function expectIndexMatchesChain(indexer: IndexerClient, client: PublicClient, chainId = 31_337) {
  const counted = {
    tokens: 0,
    holders: 0,
    buyers: 0,
    claims: 0,
    periods: 0,
    requests: 0,
    votes: 0,
    stakers: 0,
    loans: 0,
    loanHolders: 0,
    credentialClasses: 0,
    credentialsHeld: 0,
    credentialsEnded: 0,
    snapshots: 0,
    portfolios: 0,
  };
  const {items: tokens} = await indexer.tokens({chainId, limit: 1_000});
  expect(tokens.length).toBeGreaterThan(0);
  for (const token of tokens) {
    counted.tokens++;
    const address = token.address;
    const on: TokenChecks = {indexer, client, chainId, token: address, counted};
    // Profile and supply.
    const [name, symbol, totalSupply] = await Promise.all(
      (["name", "symbol", "totalSupply"] as const).map((functionName) =>
        client.readContract({address, abi: personalTokenAbi, functionName}),
      ),
    );
    expect({name: token.name, symbol: token.symbol, totalSupply: token.totalSupply}).toEqual({
      name,
      symbol,
      totalSupply,
    });

    // Holders: every balance is the chain's, they add up to the supply (so none is missing), and the count is right.
    const holders = (await indexer.holders({chainId, token: address, limit: 1_000})).items;
    const balances = await Promise.all(
      holders.map((h) => client.readContract({address, abi: erc20Abi, functionName: "balanceOf", args: [h.account]})),
    );
    expect(holders.map((h) => h.balance)).toEqual(balances);
    expect(holders.reduce((sum, h) => sum + h.balance, 0n)).toBe(totalSupply);
    expect(token.holderCount).toBe(holders.length);
    counted.holders += holders.length;

    const {modules} = await indexer.token({chainId, token: address});
    expect(modules.length).toBe(token.moduleCount);

    // Snapshots (token v2): the latest id and time, and one row per snapshot.
    const [latestId, latestTime] = await client.readContract({
      address,
      abi: personalTokenAbi,
      functionName: "latestSnapshot",
    });
    const {items: snapshots} = await indexer.snapshots({chainId, token: address});
    expect(token.snapshotCount).toBe(Number(latestId));
    expect(snapshots.map((s) => s.snapshotId)).toEqual(
      Array.from({length: Number(latestId)}, (_, i) => i + 1).reverse(),
    );
    if (latestId > 0n) expect(snapshots[0]!.time).toBe(latestTime);
    counted.snapshots += snapshots.length;

    // Sales: totals, each buyer's purchase and shares; income per asset and per holder; the period record.
    for (const sale of (await indexer.sales({chainId, token: address})).items) {
      const at = sale.address;
      const read = <F extends "tokensSold" | "totalPaid" | "periodCount" | "payoutAssets">(functionName: F) =>
        client.readContract({address: at, abi: incomeShareSplitterAbi, functionName});
      expect(sale.tokensSold).toBe(await read("tokensSold"));
      expect(sale.totalPaid).toBe(await read("totalPaid"));
      expect(sale.buyerCount).toBe(sale.buyers.length);
      for (const buyer of sale.buyers) {
        const [tokens, paid] = await client.readContract({
          address: at,
          abi: incomeShareSplitterAbi,
          functionName: "purchaseOf",
          args: [buyer.account],
        });
        const shares = await client.readContract({
          address: at,
          abi: incomeShareSplitterAbi,
          functionName: "sharesOf",
          args: [buyer.account],
        });
        expect({tokens: buyer.tokens, paid: buyer.paid, shares: buyer.shares}).toEqual({tokens, paid, shares});
        counted.buyers++;
      }
      const record = (await indexer.income({creator: sale.creator, chainId})).agreements.find(
        (a) => a.sale.address === at,
      );
      expect(record).toBeDefined();
      const assets = await read("payoutAssets");
      expect(record!.assets.map((a) => a.asset).sort()).toEqual(assets.map(lower).sort());
      for (const asset of record!.assets) {
        const [received, claimed] = await client.readContract({
          address: at,
          abi: incomeShareSplitterAbi,
          functionName: "assetTotals",
          args: [asset.asset],
        });
        expect({distributed: asset.distributed, claimed: asset.claimed}).toEqual({distributed: received, claimed});
        // Per holder: what they claimed plus what they can still claim is their pro-rata share (to the wei the
        // accumulator may carry).
        let claimedByHolders = 0n;
        for (const buyer of sale.buyers) {
          const portfolio = await indexer.portfolio({account: buyer.account, chainId});
          const claim = portfolio.claims.find((c) => c.sale === at && c.asset === asset.asset)?.claimed ?? 0n;
          const claimable = await client.readContract({
            address: at,
            abi: incomeShareSplitterAbi,
            functionName: "claimable",
            args: [buyer.account, asset.asset],
          });
          const due = (buyer.shares * received) / sale.tokensSold;
          expect(claim + claimable).toBeGreaterThanOrEqual(due - 1n);
          expect(claim + claimable).toBeLessThanOrEqual(due);
          claimedByHolders += claim;
          counted.claims++;
        }
        expect(claimedByHolders).toBe(claimed);
      }
      // Every period the chain has started is listed, in order (a short last period too), and each reads as the
      // chain's does: one read of each period, compared with the indexer's row at the same place.
      const [periodCount, asOf] = [await read("periodCount"), (await client.getBlock()).timestamp];
      let started = 0;
      for (let i = 0n; i < periodCount; i++) {
        const chain = await client.readContract({
          address: at,
          abi: incomeShareSplitterAbi,
          functionName: "periodRecord",
          args: [i],
        });
        if (chain.start > asOf) break; // periods start in order: none after this one has started either
        expect(record!.periods[started]).toMatchObject({
          period: Number(i),
          start: chain.start,
          end: chain.end,
          due: chain.due,
          reported: chain.reported,
          late: chain.late,
          grossIncome: chain.grossIncome,
          owed: chain.owed,
          paid: chain.paid,
          declaredValue: chain.declaredValue,
        });
        started++;
        counted.periods++;
      }
      expect(record!.periods).toHaveLength(started);
    }

    for (const m of modules) {
      if (m.kind === "timeEscrow") await checkEscrow(on, m.address);
      if (m.kind === "polls") await checkPolls(on, m.address);
    }

    // Loans: every total their events carry.
    for (const indexed of (await indexer.loans({chainId, token: address})).items) {
      const read = <F extends "totalFunded" | "totalRepaid" | "totalClaimed" | "totalRefunded">(functionName: F) =>
        client.readContract({address: indexed.address, abi: personalLoanAbi, functionName});
      expect({
        totalFunded: indexed.totalFunded,
        totalRepaid: indexed.totalRepaid,
        totalClaimed: indexed.totalClaimed,
        totalRefunded: indexed.totalRefunded,
      }).toEqual({
        totalFunded: await read("totalFunded"),
        totalRepaid: await read("totalRepaid"),
        totalClaimed: await read("totalClaimed"),
        totalRefunded: await read("totalRefunded"),
      });
      counted.loans++;

      // Its claim token: every holder's balance is the chain's, they add up to the claim supply, and the count is right.
      const claims = await indexer.loanHolders({chainId, token: address, loan: indexed.address, limit: 1_000});
      const [claimBalances, claimSupply] = await Promise.all([
        Promise.all(
          claims.items.map((h) =>
            client.readContract({
              address: indexed.address,
              abi: erc20Abi,
              functionName: "balanceOf",
              args: [h.account],
            }),
          ),
        ),
        client.readContract({address: indexed.address, abi: erc20Abi, functionName: "totalSupply"}),
      ]);
      expect(claims.items.map((h) => h.balance)).toEqual(claimBalances);
      expect(claims.items.reduce((sum, h) => sum + h.balance, 0n)).toBe(claimSupply);
      expect(claims.claimSupply).toBe(claimSupply);
      expect(claims.holderCount).toBe(claims.items.length);
      counted.loanHolders += claims.items.length;
    }

    for (const m of modules) {
      if (m.kind === "credentials") await checkCredentials(on, m.address);
    }

    // Staking: totals and each position.
    for (const campaign of (await indexer.staking({chainId, token: address})).items) {
      const at = campaign.address;
      const read = <F extends "totalSupply" | "rewardRate" | "periodFinish">(functionName: F) =>
        client.readContract({address: at, abi: stakingRewardsAbi, functionName});
      expect({
        totalStaked: campaign.totalStaked,
        rewardRate: campaign.rewardRate,
        periodFinish: campaign.periodFinish,
      }).toEqual({
        totalStaked: await read("totalSupply"),
        rewardRate: await read("rewardRate"),
        periodFinish: await read("periodFinish"),
      });
      const stakers = (await indexer.activity({chainId, token: address, kind: "stake", limit: 1_000})).items;
      for (const account of new Set(stakers.map((s) => s.account))) {
        const position = (await indexer.portfolio({account, chainId})).stakes.find((s) => s.campaign === at);
        const staked = await client.readContract({
          address: at,
          abi: stakingRewardsAbi,
          functionName: "balanceOf",
          args: [account],
        });
        expect(position?.staked ?? 0n).toBe(staked);
        counted.stakers++;
      }
      // What the campaign paid out is what left it: credited rewards less what it still owes and holds back.
      const rewardToken = campaign.rewardToken;
      const held = await client.readContract({
        address: rewardToken,
        abi: erc20Abi,
        functionName: "balanceOf",
        args: [at],
      });
      expect(campaign.rewardsCredited - campaign.rewardsPaid).toBe(held);
    }
  }
  counted.portfolios = await checkPortfolioTokens(indexer, chainId, tokens);
  return counted;
}

/**
 * Each portfolio's `tokens` (of everyone any token's activity feed names) is exactly the set of tokens its other
 * fields mention — a claim through its sale, a stake through its campaign, a vote through its poll — each once and
 * equal to its `/tokens` row (whose name, symbol and supply the loop above compared with the chain). Returns how many
 * portfolios it checked.
 */
async function checkPortfolioTokens(indexer: IndexerClient, chainId: number, tokens: Token[]) {
  const listed = new Map(tokens.map((t) => [t.address, t]));
  const tokenOfSale = new Map<string, Address>();
  const tokenOfCampaign = new Map<string, Address>();
  const tokenOfPoll = new Map<string, Address>();
  const accounts = new Set<Address>();
  for (const {address} of tokens) {
    const [sales, staking, polls, feed] = await Promise.all([
      indexer.sales({chainId, token: address}),
      indexer.staking({chainId, token: address}),
      indexer.polls({chainId, token: address}),
      indexer.activity({chainId, token: address, limit: 1_000}),
    ]);
    for (const sale of sales.items) tokenOfSale.set(sale.address, address);
    for (const campaign of staking.items) tokenOfCampaign.set(campaign.address, address);
    for (const poll of polls.items) tokenOfPoll.set(`${poll.polls}:${poll.pollId}`, address);
    expect(feed.items.length).toBeLessThan(1_000); // the whole feed, so every account it names
    for (const a of feed.items) {
      accounts.add(a.account);
      if (a.counterparty) accounts.add(a.counterparty);
    }
  }
  for (const account of accounts) {
    const portfolio = await indexer.portfolio({account, chainId});
    const mentioned = new Set<Address | undefined>([
      ...portfolio.holdings.map((h) => h.token),
      ...portfolio.shares.map((s) => s.token),
      ...portfolio.claims.map((c) => tokenOfSale.get(c.sale)),
      ...portfolio.stakes.map((s) => tokenOfCampaign.get(s.campaign)),
      ...portfolio.requests.map((r) => r.token),
      ...portfolio.votes.map((v) => tokenOfPoll.get(`${v.polls}:${v.pollId}`)),
      ...portfolio.credentials.map((c) => c.token),
      ...portfolio.loanClaims.map((l) => l.token),
    ]);
    expect(mentioned.has(undefined), account).toBe(false);
    // No more, no fewer, each once, each the `/tokens` row, newest launch first as `/tokens` lists them.
    expect(portfolio.tokens.map((t) => t.address).sort(), account).toEqual([...mentioned].sort());
    expect(portfolio.tokens, account).toEqual(tokens.filter((t) => mentioned.has(t.address)));
    for (const t of portfolio.tokens) expect(t).toEqual(listed.get(t.address));
  }
  return accounts.size;
}

/** What a module's check reads from and counts into: both sides of one token. */
type TokenChecks = {
  indexer: IndexerClient;
  client: PublicClient;
  chainId: number;
  token: Address;
  counted: Record<string, number>;
};

async function checkEscrow({indexer, client, chainId, counted}: TokenChecks, escrow: Address) {
  const contract = getContract({address: escrow, abi: timeEscrowAbi, client});
  const requestCount = await contract.read.requestCount();
  const open = await contract.read.openRequestIds([0n, 1_000n]);
  const requests = [];
  for (let id = 0n; id < requestCount; id++) {
    const chain = await contract.read.getRequest([id]);
    const holder = lower(chain.holder);
    const indexed = (await indexer.portfolio({account: holder, chainId})).requests.find(
      (r) => r.escrow === escrow && r.requestId === Number(id),
    );
    expect(indexed).toMatchObject({status: requestStatuses[chain.status], amount: chain.amount, holder});
    requests.push(indexed!);
    counted.requests = (counted.requests ?? 0) + 1;
  }
  const openStatuses = ["requested", "accepted", "delivered", "disputed"];
  expect(
    requests
      .filter((r) => openStatuses.includes(r.status))
      .map((r) => BigInt(r.requestId))
      .sort(),
  ).toEqual([...open].sort());
}

async function checkPolls({indexer, client, chainId, token, counted}: TokenChecks, polls: Address) {
  const indexed = (await indexer.polls({chainId, token})).items.filter((p) => p.polls === polls);
  const contract = getContract({address: polls, abi: holderPollsAbi, client});
  expect(indexed.length).toBe(Number(await contract.read.pollCount()));
  for (const poll of indexed) {
    const results = await contract.read.results([BigInt(poll.pollId)]);
    expect({
      tallies: poll.tallies.map(BigInt),
      voterCount: poll.voterCount,
      totalVotes: poll.totalVotes,
      finalized: poll.state === "finalized",
    }).toEqual({
      tallies: [...results.tallies],
      voterCount: Number(results.voterCount),
      totalVotes: results.totalVotes,
      finalized: results.state === 3,
    });
    const votes = (await indexer.activity({chainId, token, kind: "vote", limit: 1_000})).items;
    for (const voter of new Set(votes.map((v) => v.account))) {
      const ballot = (await indexer.portfolio({account: voter, chainId})).votes.find(
        (v) => v.polls === polls && v.pollId === poll.pollId,
      );
      const chain = await contract.read.voteOf([BigInt(poll.pollId), getAddress(voter)]);
      expect({option: BigInt(ballot!.option), weight: ballot!.weight}).toEqual({
        option: chain.option,
        weight: chain.weight,
      });
      counted.votes = (counted.votes ?? 0) + 1;
    }
  }
}

async function checkCredentials({indexer, client, chainId, token, counted}: TokenChecks, credentials: Address) {
  const {classes: all, items: all_} = await indexer.credentials({chainId, token, limit: 1_000});
  const classes = all.filter((c) => c.credentials === credentials);
  const items = all_.filter((c) => c.credentials === credentials);
  const contract = getContract({address: credentials, abi: iCredentialsAbi, client});
  const classCount = await contract.read.classCount();
  expect(classes.map((c) => c.classId)).toEqual(Array.from({length: Number(classCount)}, (_, i) => i));
  for (const cls of classes) {
    const chain = await contract.read.getClass([BigInt(cls.classId)]);
    expect({
      uri: cls.uri,
      validUntil: cls.validUntil,
      validFor: cls.validFor,
      revocable: cls.revocable,
      issued: BigInt(cls.issued),
      burned: BigInt(cls.burned),
      revoked: BigInt(cls.revoked),
      holders: BigInt(cls.holders),
    }).toEqual({
      uri: chain.uri,
      validUntil: BigInt(chain.validUntil),
      validFor: BigInt(chain.validFor),
      revocable: chain.revocable,
      issued: chain.issued,
      burned: chain.burned,
      revoked: chain.revoked,
      holders: chain.holders,
    });
    // The held credentials of the class are exactly its holders (the route's class and holder filters agree).
    const held = (await indexer.credentials({chainId, token, classId: cls.classId, status: "held", limit: 1_000}))
      .items;
    expect(held.filter((c) => c.credentials === credentials).length).toBe(cls.holders);
    counted.credentialClasses = (counted.credentialClasses ?? 0) + 1;
  }
  for (const indexed of items) {
    const chain = await contract.read.credentialOf([getAddress(indexed.holder), BigInt(indexed.classId)]);
    expect({
      held: indexed.status === "held",
      tokenId: indexed.tokenId,
      expiresAt: indexed.status === "held" ? indexed.expiresAt : 0n,
    }).toEqual({
      held: chain.held,
      tokenId: chain.tokenId,
      expiresAt: BigInt(chain.expiresAt),
    });
    // The holder's portfolio lists it, with its status.
    const mine = (await indexer.portfolio({account: indexed.holder, chainId})).credentials.find(
      (c) => c.credentials === credentials && c.classId === indexed.classId,
    );
    expect(mine?.status).toBe(indexed.status);
    const key = indexed.status === "held" ? "credentialsHeld" : "credentialsEnded";
    counted[key] = (counted[key] ?? 0) + 1;
  }
}
