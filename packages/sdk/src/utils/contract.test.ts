// The getters that read several fields of one object do it in one `eth_call` (one round trip, one block): a counting
// transport records every JSON-RPC request an action sends.
import {createPublicClient, custom, type EIP1193RequestFn, parseEther} from "viem";
import {foundry} from "viem/chains";
import {describe, expect, test} from "vitest";
import {alice, creator, launchAlex, launchAlexIsa, mined, publicClient, usdc} from "../../test/utils.js";
import {incomeShareTarget} from "../contracts.js";
import {
  getCampaign,
  getClaimable,
  getEscrow,
  getOpenRequests,
  getSale,
  getTokenInfo,
  getVesting,
  incomeShareSplitterAbi,
  launchModule,
  stakingModule,
} from "../index.js";
import {multicallProtocolContracts} from "./contract.js";

type Request = {method: string; params?: unknown};

/** A client over the test anvil that records every request it sends. */
function countingClient(chain = foundry) {
  const requests: Request[] = [];
  const client = createPublicClient({
    chain,
    transport: custom({
      request: (async ({method, params}: Request) => {
        requests.push({method, params});
        return publicClient.request({method, params} as never);
      }) as EIP1193RequestFn,
    }),
  });
  return {client, requests};
}

/** The block tag of an `eth_call` request (its second parameter). */
const blockOf = (request: Request) => (request.params as unknown[])[1];

describe("multicall getters", () => {
  test("getSale reads its 11 fields in one eth_call (was 11), deployless on a chain without Multicall3", async () => {
    const {splitter} = await launchAlexIsa([[alice, parseEther("100000")]]);
    const {client, requests} = countingClient();
    const sale = await getSale(client, {splitter: splitter!});
    expect(requests.map((r) => r.method)).toEqual(["eth_call"]);
    // Deployless: no `to`, the Multicall3 bytecode is the call's init code.
    expect((requests[0]!.params as [{to?: string}])[0].to).toBeUndefined();
    expect(sale).toEqual(await getSale(publicClient, {splitter: splitter!}));
    expect(sale.tokensSold).toBe(parseEther("100000"));
  });

  test("getTokenInfo (token and factory) and getVesting: one eth_call each", async () => {
    const {token, vesting} = await launchAlex();
    const {client, requests} = countingClient();
    const info = await getTokenInfo(client, {token});
    expect(info).toMatchObject({symbol: "ALEX", isLaunched: true, vesting});
    await getVesting(client, {vesting});
    expect(requests.map((r) => r.method)).toEqual(["eth_call", "eth_call"]);
  });

  test("getEscrow pins its two multicalls (fields, then offers) to one block", async () => {
    const {escrow} = await launchAlex({escrow: true});
    const {client, requests} = countingClient();
    const read = await getEscrow(client, {escrow: escrow!});
    expect(read.offers).toHaveLength(1);
    expect(requests.map((r) => r.method)).toEqual(["eth_blockNumber", "eth_call", "eth_call"]);
    const block = await publicClient.getBlockNumber({cacheTime: 0});
    expect(blockOf(requests[1]!)).toBe(`0x${block.toString(16)}`);
    expect(blockOf(requests[2]!)).toBe(blockOf(requests[1]!));
  });

  test("getCampaign reads its 13 fields and the reward token's decimals at the block whose timestamp sets `active`", async () => {
    const {token} = await launchAlex();
    const {hash, module: campaign} = await launchModule(creator, {
      token,
      module: stakingModule({config: {stakingToken: usdc, duration: 3_600}}),
    });
    await mined(hash);
    const {client, requests} = countingClient();
    expect(await getCampaign(client, {campaign})).toMatchObject({
      token,
      stakingToken: usdc,
      rewardToken: token,
      active: false,
    });
    expect(requests.map((r) => r.method)).toEqual(["eth_getBlockByNumber", "eth_call", "eth_call"]);
    const block = await publicClient.getBlockNumber({cacheTime: 0});
    expect(blockOf(requests[1]!)).toBe(`0x${block.toString(16)}`);
    expect(blockOf(requests[2]!)).toBe(blockOf(requests[1]!));
  });

  test("getClaimable over several agreements and getOpenRequests: one eth_call each, not one per read", async () => {
    const {splitter} = await launchAlexIsa([[alice, parseEther("100000")]]);
    const {escrow} = await launchAlex({escrow: true, symbol: "ESC"});
    const {client, requests} = countingClient();
    const claimable = await getClaimable(client, {
      splitters: [splitter!, splitter!],
      account: alice.account.address,
      assets: [usdc],
    });
    expect(claimable).toEqual([
      {splitter, asset: usdc, amount: 0n},
      {splitter, asset: usdc, amount: 0n},
    ]);
    expect(await getOpenRequests(client, {escrow: escrow!})).toEqual([]);
    expect(requests.map((r) => r.method)).toEqual(["eth_call", "eth_call"]);
  });

  test("uses the chain's Multicall3 when the chain names one", async () => {
    const multicall3 = "0xcA11bde05977b3631167028862bE2a173976CA11";
    const {client, requests} = countingClient({
      ...foundry,
      contracts: {multicall3: {address: multicall3}},
    } as typeof foundry);
    const splitter = {address: alice.account.address, abi: incomeShareSplitterAbi, target: incomeShareTarget} as const;
    // Nothing is deployed there on the test anvil, so the call fails; the request is what matters.
    await expect(multicallProtocolContracts(client, [{...splitter, functionName: "tokensSold"}])).rejects.toThrow();
    expect(requests).toHaveLength(1);
    expect((requests[0]!.params as [{to?: string}])[0].to).toBe(multicall3);
  });
});
