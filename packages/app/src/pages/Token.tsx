import type {ProtocolModuleKind} from "@personal-token/sdk";
import {lazy, Suspense} from "react";
import type {Address} from "viem";
import {isAddress} from "viem";
import {useAccount} from "wagmi";
import {Account} from "../components/Account.js";
import {Scroll} from "../components/Scroll.js";
import {Table} from "../components/Table.js";
import {formatAmount, shortAddress} from "../lib/format.js";
import {safeUrl} from "../lib/profile.js";
import {useBalances, useProfile, useTokenInfo, useTokenModules} from "../lib/queries.js";
import {Activity} from "./token/Activity.js";
import {Polls} from "./token/Polls.js";
import {Sale} from "./token/Sale.js";
import {Staking} from "./token/Staking.js";
import {TimeOffers} from "./token/TimeOffers.js";
import {UnknownModule} from "./token/UnknownModule.js";

// The loan and the credentials load only on the pages of tokens that have them.
const Loan = lazy(() => import("./token/Loan.js"));
const Credentials = lazy(() => import("./token/Credentials.js"));

const kindLabel: Record<ProtocolModuleKind, string> = {
  incomeShare: "income-share sale",
  timeEscrow: "time escrow",
  staking: "staking campaign",
  polls: "polls",
  loan: "personal loan",
  credentials: "credentials",
};

/** A personal token, for anyone: profile, supply, and every module with what the connected account can do in it. */
export default function TokenPage({token}: {token: Address}) {
  if (!isAddress(token)) return <p role="alert">"{token}" is not a token address.</p>;
  return <TokenView token={token} />;
}

function TokenView({token}: {token: Address}) {
  const {address} = useAccount();
  const info = useTokenInfo(token);
  const profile = useProfile(info.data?.contractURI);
  const modules = useTokenModules(token);
  const holders = [info.data?.creator, info.data?.vesting, ...(modules.data ?? []).map((m) => m.address), address];
  const balances = useBalances(
    info.data ? token : undefined,
    holders.filter((h): h is Address => !!h),
  );
  if (info.isError) return <p role="alert">Could not read this token: {info.error.message.split("\n")[0]}</p>;
  if (!info.data) return <p>Loading token…</p>;
  const t = info.data;
  const unit = t.symbol;
  const p = profile.data;
  const image = safeUrl(p?.image);
  const known = holders.filter((h): h is Address => !!h);
  const balanceOf = (a: Address | undefined) => (a && balances.data ? balances.data[known.indexOf(a)] : undefined);
  const listed = [
    ["creator (liquid)", t.creator],
    ["creator vesting", t.vesting],
    ...(modules.data ?? []).map((m) => [m.kind ? kindLabel[m.kind] : "unknown module", m.address] as const),
  ].filter((row): row is [string, Address] => !!row[1]);
  const inModules = listed.reduce((s, [, a]) => s + (balanceOf(a) ?? 0n), 0n);
  const sections = modules.data ?? [];
  return (
    <article data-testid="token-page">
      <section className="profile" aria-labelledby="token-title">
        {image ? <img src={image} alt="" /> : null}
        <div>
          <h1 id="token-title" data-testid="token-ready">
            {p?.name ?? t.name} <span className="unit">${t.symbol}</span>
          </h1>
          {p?.description ? <p>{p.description}</p> : null}
          <p className="note">
            Token {t.address} · creator {shortAddress(t.creator)}
            {t.isLaunched ? " · launched by the protocol's factory" : " · NOT launched by the factory"}
          </p>
          {p?.external_link && safeUrl(p.external_link) ? (
            <a href={safeUrl(p.external_link)} rel="noreferrer noopener" target="_blank">
              {p.external_link}
            </a>
          ) : null}
          {address && balanceOf(address) !== undefined ? (
            <p data-testid="my-balance">
              You hold{" "}
              <strong>
                {formatAmount(balanceOf(address) as bigint, 18)} {unit}
              </strong>
            </p>
          ) : null}
        </div>
      </section>

      <section aria-labelledby="supply-title">
        <h2 id="supply-title">Supply</h2>
        <Scroll label="Supply by holder">
          <Table columns={["Held by", unit, "Share"]}>
            {listed.map(([label, a]) => (
              <tr key={`${label}-${a}`}>
                <td>
                  <Account address={a} label={label} />
                </td>
                <td>{balanceOf(a) === undefined ? "…" : formatAmount(balanceOf(a) as bigint, 18)}</td>
                <td>{balanceOf(a) === undefined ? "" : pct(balanceOf(a) as bigint, t.totalSupply)}</td>
              </tr>
            ))}
            <tr>
              <td>everyone else</td>
              <td>{balances.data ? formatAmount(t.totalSupply - inModules, 18) : "…"}</td>
              <td>{balances.data ? pct(t.totalSupply - inModules, t.totalSupply) : ""}</td>
            </tr>
            <tr>
              <th scope="row">total supply</th>
              <td>{formatAmount(t.totalSupply, 18)}</td>
              <td>100%</td>
            </tr>
          </Table>
        </Scroll>
      </section>

      {sections.map((m) => {
        switch (m.kind) {
          case "incomeShare":
            return <Sale key={m.address} splitter={m.address} unit={unit} />;
          case "timeEscrow":
            return <TimeOffers key={m.address} escrow={m.address} unit={unit} token={token} />;
          case "polls":
            return <Polls key={m.address} polls={m.address} unit={unit} />;
          case "staking":
            return <Staking key={m.address} campaign={m.address} unit={unit} />;
          case "loan":
            return (
              <Suspense key={m.address} fallback={<p>Loading the loan…</p>}>
                <Loan loan={m.address} />
              </Suspense>
            );
          case "credentials":
            return (
              <Suspense key={m.address} fallback={<p>Loading credentials…</p>}>
                <Credentials token={token} credentials={m.address} />
              </Suspense>
            );
          default:
            return <UnknownModule key={m.address} module={m} />;
        }
      })}
      <Activity token={token} unit={unit} labels={address ? [...listed, ["you", address]] : listed} />
    </article>
  );
}

function pct(part: bigint, whole: bigint): string {
  if (whole === 0n) return "";
  return `${(Number((part * 10_000n) / whole) / 100).toFixed(2)}%`;
}
