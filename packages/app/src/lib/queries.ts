// Every read the pages make, as TanStack Query hooks over the SDK's read actions. Keys are ["pt", what, ...inputs]
// with addresses lower-cased, so a write's receipt can invalidate exactly the reads of the contracts it touched
// (src/lib/write.ts).
import {
  getCampaign,
  getClaimable,
  getCreatorTokens,
  getCredential,
  getCredentialClass,
  getEscrow,
  getLoan,
  getLoanPosition,
  getOpenRequests,
  getPeriodRecord,
  getPollResults,
  getSale,
  getSalePosition,
  getStakingPosition,
  getTokenInfo,
  getVesting,
  holderPollsAbi,
  iCredentialsAbi,
} from "@personal-token/sdk";
import {useInfiniteQuery, useQuery} from "@tanstack/react-query";
import {type Address, erc20Abi, erc721Abi, type PublicClient, zeroAddress} from "viem";
import {usePublicClient} from "wagmi";
import {parseAsset} from "./amount.js";
import {getActivity, getCredentialHolders, getHolders, listPortfolioTokens, listTokens} from "./indexer.js";
import {getTokenModules, type TokenModule} from "./modules.js";
import {fetchProfile} from "./profile.js";

const low = (a: Address | undefined) => a?.toLowerCase();

/** A query over the public client, enabled once every input is defined. */
function useRead<T>(key: readonly unknown[], read: (client: PublicClient) => Promise<T>, enabled = true) {
  const client = usePublicClient() as PublicClient | undefined;
  return useQuery({
    queryKey: ["pt", ...key.map((k) => (typeof k === "string" && k.startsWith("0x") ? k.toLowerCase() : k))],
    queryFn: () => read(client as PublicClient),
    enabled: enabled && client !== undefined && key.every((k) => k !== undefined),
  });
}

export const useBlockTime = () => useRead(["block"], async (c) => (await c.getBlock()).timestamp);

export const useTokenInfo = (token: Address | undefined) =>
  useRead(["token", token], (c) => getTokenInfo(c, {token: token as Address}));

export const useTokenModules = (token: Address | undefined) =>
  useRead(["modules", token], (c) => getTokenModules(c, token as Address));

export const useProfile = (uri: string | undefined) =>
  useRead(["profile", uri], () => fetchProfile(uri as string).then((p) => p ?? null));

/**
 * The launched tokens to browse, a page at a time (`fetchNextPage` while `hasNextPage`); a write's receipt refetches
 * every page loaded (its key is ["pt", "tokens"]: src/lib/write.ts).
 */
export function useTokens() {
  const client = usePublicClient() as PublicClient | undefined;
  return useInfiniteQuery({
    queryKey: ["pt", "tokens"],
    queryFn: ({pageParam}) => listTokens(client as PublicClient, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last) => last.next,
    enabled: client !== undefined,
  });
}
export const usePortfolioTokens = (account: Address | undefined) =>
  useRead(["portfolioTokens", account], (c) => listPortfolioTokens(c, account as Address));
export const useHolders = (token: Address | undefined) =>
  useRead(["holders", token], (c) => getHolders(c, token as Address));
export const useActivity = (token: Address | undefined) =>
  useRead(["activity", token], (c) => getActivity(c, token as Address));

// Plain ERC-20 reads go out together in one JSON-RPC batch (the transport batches): the local chain has no Multicall3.

/** ERC-20 balances of `accounts` in `token`. */
export const useBalances = (token: Address | undefined, accounts: (Address | undefined)[]) =>
  useRead(["balances", token, ...accounts.map(low)], (c) =>
    Promise.all(
      accounts.map((a) =>
        c.readContract({address: token as Address, abi: erc20Abi, functionName: "balanceOf", args: [a as Address]}),
      ),
    ),
  );

export type AssetMeta = {address: Address; symbol: string; decimals: number};

/** Symbol and decimals of an ERC-20, or ETH for the zero address. */
export const useAsset = (asset: Address | undefined) =>
  useRead(["asset", asset], async (c): Promise<AssetMeta> => {
    if (asset === zeroAddress) return {address: zeroAddress, symbol: "ETH", decimals: 18};
    const [symbol, decimals] = await Promise.all([
      c.readContract({address: asset as Address, abi: erc20Abi, functionName: "symbol"}),
      c.readContract({address: asset as Address, abi: erc20Abi, functionName: "decimals"}),
    ]);
    return {address: asset as Address, symbol, decimals};
  });

/** The asset a form's asset field names: "ETH", an ERC-20 address, or nothing yet (anything else). */
export const useAssetInput = (input: string) => {
  const asset = parseAsset(input);
  return useAsset(asset.ok ? asset.value : undefined);
};

export const useAllowance = (asset: Address | undefined, owner: Address | undefined, spender: Address | undefined) =>
  useRead(["allowance", asset, owner, spender], (c) =>
    asset === zeroAddress
      ? Promise.resolve(2n ** 256n - 1n)
      : c.readContract({
          address: asset as Address,
          abi: erc20Abi,
          functionName: "allowance",
          args: [owner as Address, spender as Address],
        }),
  );

export const useSale = (splitter: Address | undefined) =>
  useRead(["sale", splitter], (c) => getSale(c, {splitter: splitter as Address}));

export const usePeriods = (splitter: Address | undefined, count: bigint | undefined) =>
  useRead(["periods", splitter, count?.toString()], (c) =>
    Promise.all(
      Array.from({length: Number(count ?? 0n)}, (_, i) =>
        getPeriodRecord(c, {splitter: splitter as Address, period: BigInt(i)}),
      ),
    ),
  );

export const useClaimable = (splitters: Address[], account: Address | undefined) =>
  useRead(["claimable", account, ...splitters.map(low)], (c) =>
    splitters.length ? getClaimable(c, {splitters, account: account as Address}) : Promise.resolve([]),
  );

export const useEscrow = (escrow: Address | undefined) =>
  useRead(["escrow", escrow], (c) => getEscrow(c, {escrow: escrow as Address}));

/** Open time requests: the holder's, or the creator's whole inbox when `holder` is null. */
export const useOpenRequests = (escrow: Address | undefined, holder: Address | null | undefined) =>
  useRead(["requests", escrow, holder === null ? "inbox" : holder], (c) =>
    getOpenRequests(c, {escrow: escrow as Address, holder: holder ?? undefined}),
  );

export const usePolls = (polls: Address | undefined) =>
  useRead(["polls", polls], async (c) => {
    const count = await c.readContract({address: polls as Address, abi: holderPollsAbi, functionName: "pollCount"});
    const ids = Array.from({length: Number(count)}, (_, i) => BigInt(i));
    return Promise.all(ids.map((pollId) => getPollResults(c, {polls: polls as Address, pollId})));
  });

export const useCampaign = (campaign: Address | undefined) =>
  useRead(["campaign", campaign], (c) => getCampaign(c, {campaign: campaign as Address}));

/** The connected account's purchase and claim shares in an income-share agreement. */
export const useSalePosition = (splitter: Address | undefined, account: Address | undefined) =>
  useRead(["salePosition", splitter, account], (c) =>
    getSalePosition(c, {splitter: splitter as Address, account: account as Address}),
  );

export const useStakingPosition = (campaign: Address | undefined, account: Address | undefined) =>
  useRead(["position", campaign, account], (c) =>
    getStakingPosition(c, {campaign: campaign as Address, account: account as Address}),
  );

export const useVesting = (vesting: Address | undefined) =>
  useRead(["vesting", vesting], (c) => getVesting(c, {vesting: vesting as Address}));

export const useCreatorTokens = (creator: Address | undefined) =>
  useRead(["creatorTokens", creator], (c) => getCreatorTokens(c, {creator: creator as Address}));

export const useLoan = (loan: Address | undefined) =>
  useRead(["loan", loan], (c) => getLoan(c, {loan: loan as Address}));

export const useLoanPosition = (loan: Address | undefined, account: Address | undefined) =>
  useRead(["loanPosition", loan, account], (c) =>
    getLoanPosition(c, {loan: loan as Address, account: account as Address}),
  );

/**
 * Whether `account` has something in a token's loans or credentials — claims on a loan or repayments to claim, a
 * credential — so that the portfolio shows the token even to someone who holds none of it.
 */
export const useModuleHoldings = (
  token: Address | undefined,
  modules: readonly TokenModule[] | undefined,
  account: Address | undefined,
) =>
  useRead(
    ["moduleHoldings", token, account, modules?.length],
    async (c) => {
      const holder = account as Address;
      const held = await Promise.all(
        (modules ?? []).map(async (m) => {
          if (m.kind === "loan") {
            const p = await getLoanPosition(c, {loan: m.address, account: holder});
            return p.balance > 0n || p.claimable > 0n;
          }
          if (m.kind === "credentials") {
            const count = await c.readContract({
              address: m.address,
              abi: erc721Abi,
              functionName: "balanceOf",
              args: [holder],
            });
            return count > 0n;
          }
          return false;
        }),
      );
      return held.some(Boolean);
    },
    modules !== undefined,
  );

/** Every class of a credentials module, in id order. */
export const useCredentialClasses = (credentials: Address | undefined) =>
  useRead(["credentialClasses", credentials], async (c) => {
    const count = await c.readContract({
      address: credentials as Address,
      abi: iCredentialsAbi,
      functionName: "classCount",
    });
    return Promise.all(
      Array.from({length: Number(count)}, (_, i) =>
        getCredentialClass(c, {credentials: credentials as Address, classId: BigInt(i)}),
      ),
    );
  });

/** Who holds a credential of each class of `credentials` (a module of `token`) now, and where the list came from. */
export const useCredentialHolders = (token: Address | undefined, credentials: Address | undefined) =>
  useRead(["credentialHolders", token, credentials], (c) =>
    getCredentialHolders(c, token as Address, credentials as Address),
  );

export const useCredential = (credentials: Address | undefined, holder: Address | undefined, classId: bigint) =>
  useRead(["credential", credentials, holder, classId.toString()], (c) =>
    getCredential(c, {credentials: credentials as Address, holder: holder as Address, classId}),
  );

/** What `account` holds of an asset: ETH for the zero address, else the ERC-20 balance. */
export const useAssetBalance = (asset: Address | undefined, account: Address | undefined) =>
  useRead(["assetBalance", asset, account], (c) =>
    asset === zeroAddress
      ? c.getBalance({address: account as Address})
      : c.readContract({
          address: asset as Address,
          abi: erc20Abi,
          functionName: "balanceOf",
          args: [account as Address],
        }),
  );
