import type {Address} from "viem";
import {Account} from "../../components/Account.js";
import {Scroll} from "../../components/Scroll.js";
import {SourceNote} from "../../components/SourceNote.js";
import {Table} from "../../components/Table.js";
import {checksummed, formatAmount} from "../../lib/format.js";
import {useActivity, useHolders} from "../../lib/queries.js";

/** Names for the accounts the page knows: the creator, the vesting, each module, and the connected account. */
export type AccountLabels = ReadonlyArray<readonly [label: string, account: Address]>;

/**
 * The top holders with their count, and recent transfers: from the indexer (or the chain's logs without one). An
 * account the page knows is named beside its address, so a reader sees that the largest holder is the creator's
 * vesting, or that a run of transfers comes from the staking campaign.
 */
export function Activity({token, unit, labels}: {token: Address; unit: string; labels: AccountLabels}) {
  const holders = useHolders(token);
  const activity = useActivity(token);
  const account = (a: Address) => (
    <Account address={a} label={labels.find(([, known]) => known.toLowerCase() === a.toLowerCase())?.[0]} />
  );
  return (
    <section aria-labelledby="holders-title">
      <h2 id="holders-title">Holders and activity</h2>
      {holders.data ? <SourceNote source={holders.data.source} /> : null}
      <div className="grid">
        <Scroll label="Top holders">
          <h3>
            Top holders of <span data-testid="holder-count">{holders.data?.holderCount ?? "…"}</span>
          </h3>
          <Table columns={["Holder", unit]}>
            {(holders.data?.items ?? []).map((h) => (
              <tr key={h.account}>
                <td title={checksummed(h.account)}>{account(h.account)}</td>
                <td>{formatAmount(h.balance, 18)}</td>
              </tr>
            ))}
          </Table>
        </Scroll>
        <Scroll label="Recent transfers">
          <h3>Recent transfers</h3>
          <Table columns={["From", "To", unit]}>
            {(activity.data?.items ?? []).map((a) => (
              <tr key={`${a.hash}-${a.from}-${a.to}-${a.value}`}>
                <td>{/^0x0{40}$/.test(a.from) ? "minted" : account(a.from)}</td>
                <td>{/^0x0{40}$/.test(a.to) ? "burned" : account(a.to)}</td>
                <td>{formatAmount(a.value, 18)}</td>
              </tr>
            ))}
          </Table>
        </Scroll>
      </div>
    </section>
  );
}
