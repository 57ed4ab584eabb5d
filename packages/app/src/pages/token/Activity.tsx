import type {Address} from "viem";
import {Scroll} from "../../components/Scroll.js";
import {SourceNote} from "../../components/SourceNote.js";
import {Table} from "../../components/Table.js";
import {formatAmount, shortAddress} from "../../lib/format.js";
import {useActivity, useHolders} from "../../lib/queries.js";

/** The top holders with their count, and recent transfers: from the indexer (or the chain's logs without one). */
export function Activity({token, unit}: {token: Address; unit: string}) {
  const holders = useHolders(token);
  const activity = useActivity(token);
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
                <td title={h.account}>{shortAddress(h.account)}</td>
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
                <td>{/^0x0{40}$/.test(a.from) ? "minted" : shortAddress(a.from)}</td>
                <td>{/^0x0{40}$/.test(a.to) ? "burned" : shortAddress(a.to)}</td>
                <td>{formatAmount(a.value, 18)}</td>
              </tr>
            ))}
          </Table>
        </Scroll>
      </div>
    </section>
  );
}
