import {releaseVested} from "@personal-token/sdk";
import type {Address} from "viem";
import {useAccount} from "wagmi";
import {WriteForm} from "../components/Write.js";
import {formatAmount, formatTime} from "../lib/format.js";
import {useCreatorTokens, useTokenInfo, useTokenModules, useVesting} from "../lib/queries.js";
import {href} from "../router.js";
import {AddModule} from "./token/AddModule.js";
import {CredentialsCreator} from "./token/Credentials.js";
import {LoanCreator} from "./token/Loan.js";
import {PollsCreator} from "./token/Polls.js";
import {SaleCreator} from "./token/Sale.js";
import {StakingCreator} from "./token/Staking.js";
import {Requests} from "./token/TimeOffers.js";

/** The creator's desk: per token, proceeds and income periods, the time inbox, polls, campaigns, vesting. */
export default function Dashboard() {
  const {address} = useAccount();
  const tokens = useCreatorTokens(address);
  if (!address) return <p>Connect the creator's wallet to see their dashboard.</p>;
  return (
    <>
      <h1>Creator dashboard</h1>
      {tokens.data?.length === 0 ? (
        <p>
          You have not launched a token. <a href={href("launch")}>Launch one</a>.
        </p>
      ) : null}
      {(tokens.data ?? []).map((token) => (
        <CreatorToken key={token} token={token} />
      ))}
    </>
  );
}

function CreatorToken({token}: {token: Address}) {
  const info = useTokenInfo(token);
  const modules = useTokenModules(token);
  if (!info.data) return <p>Loading…</p>;
  const unit = info.data.symbol;
  return (
    <section aria-labelledby={`dash-${token}`} data-testid={`dashboard-${unit}`}>
      <h2 id={`dash-${token}`}>
        <a href={href("token", token)}>
          {info.data.name} (${unit})
        </a>
      </h2>
      {info.data.vesting ? <Vesting vesting={info.data.vesting} unit={unit} /> : null}
      {(modules.data ?? []).map((m) => {
        switch (m.kind) {
          case "incomeShare":
            return <SaleCreator key={m.address} splitter={m.address} />;
          case "timeEscrow":
            return <Requests key={m.address} escrow={m.address} holder={null} unit={unit} />;
          case "polls":
            return <PollsCreator key={m.address} polls={m.address} />;
          case "staking":
            return <StakingCreator key={m.address} campaign={m.address} unit={unit} />;
          case "loan":
            return <LoanCreator key={m.address} loan={m.address} />;
          case "credentials":
            return <CredentialsCreator key={m.address} token={token} credentials={m.address} />;
          default:
            return null;
        }
      })}
      <AddModule token={token} />
    </section>
  );
}

function Vesting({vesting, unit}: {vesting: Address; unit: string}) {
  const v = useVesting(vesting);
  if (!v.data) return null;
  return (
    <div>
      <h3>Vesting</h3>
      <WriteForm
        action="Release vested tokens"
        prepare={() =>
          v.data.releasable > 0n
            ? {send: (w) => releaseVested(w, {vesting})}
            : {error: `Nothing releasable before ${formatTime(v.data.cliffEnd)}.`}
        }
      >
        <p className="note">
          Cliff {formatTime(v.data.cliffEnd)}, fully vested {formatTime(v.data.end)}; released{" "}
          {formatAmount(v.data.released, 18)} {unit}, releasable now {formatAmount(v.data.releasable, 18)} {unit}.
        </p>
      </WriteForm>
    </div>
  );
}
