import {
  createPoll,
  finalizePoll,
  type GetPollResultsReturnType,
  relayVotes,
  type SignedVote,
  signVote,
  vote,
} from "@personal-token/sdk";
import {useState, useSyncExternalStore} from "react";
import type {Address} from "viem";
import {TextField} from "../../components/Field.js";
import {Scroll} from "../../components/Scroll.js";
import {Table} from "../../components/Table.js";
import {WriteForm} from "../../components/Write.js";
import {parseWhole} from "../../lib/amount.js";
import {formatAmount, formatBps, formatTime, percentOf} from "../../lib/format.js";
import {useBlockTime, usePolls} from "../../lib/queries.js";

// Signed votes wait here (this browser's storage) until someone relays them; they carry no secret.
const storeKey = (polls: Address) => `signedVotes:${polls.toLowerCase()}`;
const listeners = new Set<() => void>();
function readSigned(polls: Address): string {
  return localStorage.getItem(storeKey(polls)) ?? "[]";
}
function parseSigned(json: string): SignedVote[] {
  return (JSON.parse(json) as {vote: Record<string, string>; signature: `0x${string}`}[]).map((s) => ({
    signature: s.signature,
    vote: {
      pollId: BigInt(s.vote.pollId ?? 0),
      voter: s.vote.voter as Address,
      option: BigInt(s.vote.option ?? 0),
      nonce: BigInt(s.vote.nonce ?? 0),
    },
  }));
}
function writeSigned(polls: Address, votes: SignedVote[]) {
  localStorage.setItem(
    storeKey(polls),
    JSON.stringify(votes, (_, v) => (typeof v === "bigint" ? v.toString() : v)),
  );
  for (const l of listeners) l();
}
function useSignedVotes(polls: Address): SignedVote[] {
  const json = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => readSigned(polls),
  );
  return parseSigned(json);
}

/** Polls: results, voting directly or by signature, relaying signed votes, finalizing. */
export function Polls({polls, unit}: {polls: Address; unit: string}) {
  const list = usePolls(polls);
  const signed = useSignedVotes(polls);
  return (
    <section aria-labelledby="polls-title" data-testid="polls">
      <h2 id="polls-title">Polls</h2>
      <p className="note">1 {unit} = 1 vote, weighed at the poll's snapshot.</p>
      {list.data?.length === 0 ? <p>No polls yet.</p> : null}
      {(list.data ?? []).map((p) => (
        <Poll key={p.pollId.toString()} polls={polls} poll={p} unit={unit} />
      ))}
      {signed.length ? (
        <WriteForm
          title={`${signed.length} signed vote(s) waiting`}
          action="Relay signed votes"
          prepare={() => {
            const relayed = signed;
            return {
              send: (w) => relayVotes(w, {polls, votes: relayed}),
              // Only once counted: a relay that is pending or fails keeps the votes (and this form, with its status).
              confirmed: () =>
                writeSigned(
                  polls,
                  parseSigned(readSigned(polls)).filter((s) => !relayed.some((r) => r.signature === s.signature)),
                ),
            };
          }}
        />
      ) : null}
    </section>
  );
}

function Poll({polls, poll: p, unit}: {polls: Address; poll: GetPollResultsReturnType; unit: string}) {
  const now = useBlockTime();
  const [option, setOption] = useState("0");
  const signed = useSignedVotes(polls);
  const total = p.tally.reduce((a, b) => a + b, 0n);
  const chosen = () => parseWhole(option, {what: "Option", max: p.options.length - 1});
  return (
    <div className="poll" data-testid={`poll-${p.pollId}`}>
      <h3>{p.question}</h3>
      <p className="note">
        {p.state} · {formatTime(p.start)} → {formatTime(p.end)} · turnout {formatBps(p.turnout.bps)} (
        {p.turnout.voters.toString()} voters)
      </p>
      <Scroll label="Results">
        <Table columns={["Option", `Votes (${unit})`, "Share"]}>
          {p.options.map((label, i) => (
            <tr key={label}>
              <td>
                {i}. {label}
                {p.state === "finalized" && !p.tied && Number(p.winner.option) === i ? " — winner" : ""}
              </td>
              <td>{formatAmount(p.tally[i] ?? 0n, 18)}</td>
              <td>{total ? `${percentOf(p.tally[i] ?? 0n, total)}%` : "—"}</td>
            </tr>
          ))}
        </Table>
      </Scroll>
      {p.state === "active" ? (
        <>
          <fieldset>
            <legend>Your choice</legend>
            {p.options.map((label, i) => (
              <label key={label} style={{display: "block"}}>
                <input
                  type="radio"
                  name={`poll-${polls}-${p.pollId}`}
                  value={i}
                  checked={option === String(i)}
                  onChange={() => setOption(String(i))}
                />{" "}
                {label}
              </label>
            ))}
          </fieldset>
          <WriteForm
            action="Vote"
            prepare={() => {
              const o = chosen();
              return o.ok ? {send: (w) => vote(w, {polls, pollId: p.pollId, option: o.value})} : {error: o.error};
            }}
          />
          <WriteForm
            action="Sign vote (no gas)"
            prepare={() => {
              const o = chosen();
              if (!o.ok) return {error: o.error};
              return {
                send: async (w) => {
                  const s = await signVote(w, {polls, pollId: p.pollId, option: o.value});
                  writeSigned(polls, [
                    ...signed.filter((x) => x.vote.voter !== s.vote.voter || x.vote.pollId !== p.pollId),
                    s,
                  ]);
                  return {hash: undefined};
                },
              };
            }}
          />
        </>
      ) : null}
      {p.state === "ended" ||
      (now.data !== undefined && now.data >= p.end && p.state !== "finalized" && p.state !== "cancelled") ? (
        <WriteForm action="Finalize" prepare={() => ({send: (w) => finalizePoll(w, {polls, pollId: p.pollId})})} />
      ) : null}
    </div>
  );
}

/** Creator: ask the holders a question. */
export function PollsCreator({polls}: {polls: Address}) {
  const now = useBlockTime();
  const [question, setQuestion] = useState("");
  const [options, setOptions] = useState("");
  const [days, setDays] = useState("7");
  return (
    <div>
      <h3>Polls</h3>
      <WriteForm
        title="Create a poll"
        action="Create poll"
        prepare={() => {
          if (!question.trim()) return {error: "Write the question."};
          const list = options
            .split("\n")
            .map((o) => o.trim())
            .filter(Boolean);
          if (list.length < 2) return {error: "Give at least two options, one per line."};
          const d = parseWhole(days, {what: "Days", min: 1, max: 365});
          if (!d.ok) return {error: d.error};
          if (now.data === undefined) return {error: "Reading the chain's time…"};
          const end = now.data + BigInt(d.value) * 86_400n;
          return {send: (w) => createPoll(w, {polls, questionURI: question.trim(), options: list, end})};
        }}
      >
        <TextField label="Question" value={question} onChange={setQuestion} />
        <OptionsField value={options} onChange={setOptions} />
        <TextField label="Open for (days)" value={days} onChange={setDays} />
      </WriteForm>
    </div>
  );
}

function OptionsField({value, onChange}: {value: string; onChange: (v: string) => void}) {
  return (
    <div className="field">
      <label htmlFor="poll-options">Options, one per line</label>
      <textarea id="poll-options" rows={4} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
