import {
  acceptRequest,
  cancelRequest,
  confirmRequest,
  declineRequest,
  disputeRequest,
  markDelivered,
  reclaimRequest,
  requestTime,
  type TimeRequest,
} from "@personal-token/sdk";
import {useState} from "react";
import {type Address, zeroAddress} from "viem";
import {useAccount} from "wagmi";
import {TextField} from "../../components/Field.js";
import {WriteForm} from "../../components/Write.js";
import {parseWhole} from "../../lib/amount.js";
import {formatAmount, formatDuration, formatTime, shortAddress} from "../../lib/format.js";
import {useBalances, useBlockTime, useEscrow, useOpenRequests} from "../../lib/queries.js";

/** The creator's time offers, requesting time (tokens locked in escrow by permit), and the holder's own requests. */
export function TimeOffers({escrow, unit, token}: {escrow: Address; unit: string; token: Address}) {
  const e = useEscrow(escrow);
  const {address} = useAccount();
  const balance = useBalances(token, [address]);
  const [units, setUnits] = useState("1");
  const [offerId, setOfferId] = useState("0");
  const [note, setNote] = useState("");
  if (!e.data) return <section aria-label="Time offers">Loading time offers…</section>;
  const offers = e.data.offers;
  const offer = offers[Number(offerId)];
  return (
    <section aria-labelledby="time-title" data-testid="time-offers">
      <h2 id="time-title">Time offers</h2>
      {offers.length === 0 ? <p>No offers yet.</p> : null}
      <ul>
        {offers.map((o) => (
          <li key={o.offerId.toString()}>
            Offer {o.offerId.toString()}:{" "}
            <strong>
              {formatAmount(o.pricePerUnit, 18)} {unit}
            </strong>{" "}
            per {formatDuration(o.unitLength)} · {o.availableUnits.toString()} of {o.capacity} available this period ·{" "}
            {o.open ? "open" : "closed"}
            {o.burn ? " · tokens burned on delivery" : " · tokens go to the creator on delivery"}
            {o.uri ? <span className="note"> · {o.uri}</span> : null}
          </li>
        ))}
      </ul>
      {offers.length ? (
        <WriteForm
          title="Request time"
          level={3}
          action="Request time"
          prepare={() => {
            const id = parseWhole(offerId, {what: "Offer", max: offers.length - 1});
            if (!id.ok) return {error: id.error};
            const u = parseWhole(units, {what: "Units", min: 1, max: 1_000});
            if (!u.ok) return {error: u.error};
            const chosen = offers[id.value];
            if (!chosen?.open) return {error: "This offer is closed."};
            const cost = chosen.pricePerUnit * BigInt(u.value);
            const held = balance.data?.[0] ?? 0n;
            if (cost > held)
              return {
                error: `That locks ${formatAmount(cost, 18)} ${unit}; you hold ${formatAmount(held, 18)} ${unit}.`,
              };
            return {
              send: (w) =>
                requestTime(w, {escrow, offerId: BigInt(id.value), units: u.value, note: note || "", permit: true}),
            };
          }}
        >
          {offers.length > 1 ? <TextField label="Offer" value={offerId} onChange={setOfferId} /> : null}
          <TextField
            label="Units"
            value={units}
            onChange={setUnits}
            hint={
              offer && /^\d+$/.test(units)
                ? `Locks ${formatAmount(offer.pricePerUnit * BigInt(units), 18)} ${unit} in escrow until delivered`
                : undefined
            }
          />
          <TextField label="Note for the creator" value={note} onChange={setNote} placeholder="What the time is for" />
        </WriteForm>
      ) : null}
      {address ? <Requests escrow={escrow} holder={address} unit={unit} /> : null}
    </section>
  );
}

/** Open requests: the holder's (confirm, dispute, reclaim, cancel) or the creator's inbox (accept, decline, deliver). */
export function Requests({escrow, holder, unit}: {escrow: Address; holder: Address | null; unit: string}) {
  const requests = useOpenRequests(escrow, holder);
  const e = useEscrow(escrow);
  // Without an arbiter there is nobody to hear a dispute: the contract refuses one (TimeEscrow_NoArbiter).
  const arbiter = e.data && e.data.config.arbiter !== zeroAddress ? e.data.config.arbiter : undefined;
  const list = requests.data ?? [];
  return (
    <div data-testid={holder === null ? "inbox" : "my-requests"}>
      <h3>{holder === null ? "Inbox: time requests" : "Your time requests"}</h3>
      {list.length === 0 ? <p className="note">No open requests.</p> : null}
      {list.map((r) => (
        <RequestRow
          key={r.requestId.toString()}
          escrow={escrow}
          request={r}
          unit={unit}
          asCreator={holder === null}
          arbiter={arbiter}
        />
      ))}
    </div>
  );
}

function RequestRow({
  escrow,
  request: r,
  unit,
  asCreator,
  arbiter,
}: {
  escrow: Address;
  request: TimeRequest;
  unit: string;
  asCreator: boolean;
  arbiter: Address | undefined;
}) {
  const now = useBlockTime();
  const [hours, setHours] = useState("24");
  const requestId = r.requestId;
  const t = now.data ?? 0n;
  return (
    <div className="request" data-testid={`request-${requestId}`}>
      <p>
        Request {requestId.toString()} by {shortAddress(r.holder)}: {r.units} unit(s), {formatAmount(r.amount, 18)}{" "}
        {unit} locked — <strong>{r.status}</strong>
        {r.scheduledAt ? ` · scheduled ${formatTime(r.scheduledAt)}` : ""}
      </p>
      {asCreator && r.status === "requested" ? (
        <>
          <WriteForm
            action="Accept"
            prepare={() => {
              const h = parseWhole(hours, {what: "Hours from now", min: 0, max: 24 * 365});
              if (!h.ok) return {error: h.error};
              return {send: (w) => acceptRequest(w, {escrow, requestId, scheduledAt: t + BigInt(h.value) * 3_600n})};
            }}
          >
            <TextField label={`Schedule request ${requestId} in (hours from now)`} value={hours} onChange={setHours} />
          </WriteForm>
          <WriteForm action="Decline" prepare={() => ({send: (w) => declineRequest(w, {escrow, requestId})})} />
        </>
      ) : null}
      {asCreator && r.status === "accepted" ? (
        <WriteForm action="Mark delivered" prepare={() => ({send: (w) => markDelivered(w, {escrow, requestId})})} />
      ) : null}
      {!asCreator && r.status === "requested" ? (
        <WriteForm action="Cancel request" prepare={() => ({send: (w) => cancelRequest(w, {escrow, requestId})})} />
      ) : null}
      {!asCreator && r.status === "delivered" ? (
        <>
          <WriteForm
            action="Confirm delivery"
            prepare={() => ({send: (w) => confirmRequest(w, {escrow, requestId})})}
          />
          {arbiter ? (
            <WriteForm action="Dispute" prepare={() => ({send: (w) => disputeRequest(w, {escrow, requestId})})}>
              <p className="note">
                Until {formatTime(r.deadlines.releaseOpensAt)}: the arbiter {shortAddress(arbiter)} then decides how the
                locked {unit} are split.
              </p>
            </WriteForm>
          ) : (
            <p className="note">
              This escrow names no arbiter, so a delivery cannot be disputed: if you do nothing, the {unit} go to the
              creator from {formatTime(r.deadlines.releaseOpensAt)}.
            </p>
          )}
        </>
      ) : null}
      {!asCreator &&
      (r.status === "accepted" || r.status === "disputed") &&
      t >= r.deadlines.reclaimOpensAt &&
      r.deadlines.reclaimOpensAt > 0n ? (
        <WriteForm action="Reclaim tokens" prepare={() => ({send: (w) => reclaimRequest(w, {escrow, requestId})})} />
      ) : null}
      {!asCreator && r.deadlines.reclaimOpensAt > 0n ? (
        <p className="note">
          Reclaim possible from {formatTime(r.deadlines.reclaimOpensAt)}{" "}
          {r.status === "disputed" ? "if the arbiter has not decided by then" : "if not delivered"}.
        </p>
      ) : null}
    </div>
  );
}
