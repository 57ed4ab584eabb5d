import {claimAllIncome} from "@personal-token/sdk";
import type {Address} from "viem";
import {useAccount} from "wagmi";
import {SourceNote} from "../components/SourceNote.js";
import {WriteForm} from "../components/Write.js";
import {formatAmount, formatShare} from "../lib/format.js";
import type {TokenModule} from "../lib/modules.js";
import {
  useAsset,
  useBalances,
  useCampaign,
  useClaimable,
  useCredentialClasses,
  useCredentialHolders,
  useModuleHoldings,
  usePolls,
  usePortfolioTokens,
  useSalePosition,
  useStakingPosition,
  useTokenModules,
} from "../lib/queries.js";
import {href} from "../router.js";
import {LoanHolding} from "./token/Loan.js";
import {ClaimableList} from "./token/Sale.js";
import {Requests} from "./token/TimeOffers.js";

/**
 * Everything the connected holder has: tokens, income to claim (all at once), time requests, stakes, loan claims,
 * credentials, polls. Which tokens to show comes from the indexer's portfolio across creators (else every token, each
 * balance read); a token shows when the holder has any of it, income to claim, or something in its loans or credentials.
 */
export default function Portfolio() {
  const {address} = useAccount();
  const tokens = usePortfolioTokens(address);
  if (!address) return <p>Connect a wallet to see what you hold.</p>;
  return (
    <>
      <h1>Portfolio</h1>
      {tokens.data ? <SourceNote source={tokens.data.source} /> : null}
      {(tokens.data?.items ?? []).map((t) => (
        <Holding key={t.token} token={t.token} name={t.name} symbol={t.symbol} account={address} />
      ))}
    </>
  );
}

function Holding({token, name, symbol, account}: {token: Address; name: string; symbol: string; account: Address}) {
  const balance = useBalances(token, [account]);
  const modules = useTokenModules(token);
  const splitters = (modules.data ?? []).filter((m) => m.kind === "incomeShare").map((m) => m.address);
  const claimable = useClaimable(splitters, account);
  const rows = (claimable.data ?? []).filter((c) => c.amount > 0n);
  const inModules = useModuleHoldings(token, modules.data, account);
  const held = balance.data?.[0] ?? 0n;
  if (held === 0n && rows.length === 0 && !inModules.data) return null;
  return (
    <section aria-labelledby={`hold-${token}`} data-testid={`holding-${symbol}`}>
      <h2 id={`hold-${token}`}>
        <a href={href("token", token)}>
          {name} (${symbol})
        </a>
        : {formatAmount(held, 18)} {symbol}
      </h2>
      <WriteForm
        title="Income to claim"
        level={3}
        action="Claim all income"
        prepare={() => (rows.length ? {send: (w) => claimAllIncome(w, {splitters})} : {error: "Nothing to claim yet."})}
      >
        <ClaimableList rows={rows} />
      </WriteForm>
      {(modules.data ?? []).map((m: TokenModule) =>
        m.kind === "timeEscrow" ? <Requests key={m.address} escrow={m.address} holder={account} unit={symbol} /> : null,
      )}
      {(modules.data ?? []).map((m: TokenModule) =>
        m.kind === "staking" ? <Stake key={m.address} campaign={m.address} account={account} unit={symbol} /> : null,
      )}
      {(modules.data ?? []).map((m: TokenModule) =>
        m.kind === "incomeShare" ? <IncomeShare key={m.address} splitter={m.address} account={account} /> : null,
      )}
      {(modules.data ?? []).map((m: TokenModule) =>
        m.kind === "loan" ? <LoanHolding key={m.address} loan={m.address} account={account} /> : null,
      )}
      {(modules.data ?? []).map((m: TokenModule) =>
        m.kind === "credentials" ? (
          <CredentialsHeld key={m.address} token={token} credentials={m.address} account={account} />
        ) : null,
      )}
      {(modules.data ?? []).map((m: TokenModule) =>
        m.kind === "polls" ? <OpenPolls key={m.address} polls={m.address} token={token} /> : null,
      )}
    </section>
  );
}

/** `account`'s claim shares in one income-share agreement, and so its part of every payment (when it has any). */
function IncomeShare({splitter, account}: {splitter: Address; account: Address}) {
  const position = useSalePosition(splitter, account);
  const p = position.data;
  if (!p || p.shares === 0n) return null;
  return (
    <p data-testid="portfolio-income-share">
      Income share: {formatAmount(p.shares, 18)} of {formatAmount(p.totalShares, 18)} claim shares, so{" "}
      <strong>{formatShare(p.shares, p.totalShares)}</strong> of every payment.
    </p>
  );
}

/** The credentials `account` holds in one module, with each class's metadata URI. */
function CredentialsHeld({token, credentials, account}: {token: Address; credentials: Address; account: Address}) {
  const classes = useCredentialClasses(credentials);
  const holders = useCredentialHolders(token, credentials);
  const mine = (holders.data?.items ?? []).filter((h) => h.holder.toLowerCase() === account.toLowerCase());
  if (mine.length === 0) return null;
  return (
    <p data-testid="portfolio-credentials">
      Credentials: {mine.map((h) => `class ${h.classId} (${classes.data?.[Number(h.classId)]?.uri ?? "…"})`).join("; ")}
    </p>
  );
}

function Stake({campaign, account, unit}: {campaign: Address; account: Address; unit: string}) {
  const c = useCampaign(campaign);
  const staked = useAsset(c.data?.stakingToken);
  const position = useStakingPosition(campaign, account);
  if (!position.data || !staked.data || (position.data.balance === 0n && position.data.earned === 0n)) return null;
  return (
    <p data-testid="portfolio-stake">
      Staked {formatAmount(position.data.balance, staked.data.decimals)} {staked.data.symbol}; rewards earned{" "}
      {formatAmount(position.data.earned, 18)} {unit} (claim on the token's page).
    </p>
  );
}

function OpenPolls({polls, token}: {polls: Address; token: Address}) {
  const list = usePolls(polls);
  const open = (list.data ?? []).filter((p) => p.state === "active");
  if (!open.length) return null;
  return (
    <p>
      {open.length} poll(s) open to your vote: {open.map((p) => `"${p.question}"`).join(", ")} —{" "}
      <a href={href("token", token)}>vote on the token's page</a>.
    </p>
  );
}
