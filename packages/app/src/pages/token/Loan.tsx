import {
  claimLoanRepayments,
  fundLoan,
  type GetLoanReturnType,
  refundLoan,
  repayLoan,
  transferLoanClaim,
  withdrawLoanPrincipal,
} from "@personal-token/sdk";
import {useState} from "react";
import {type Address, zeroAddress} from "viem";
import {useAccount} from "wagmi";
import {AmountField, TextField} from "../../components/Field.js";
import {ProgressBar} from "../../components/Progress.js";
import {Scroll} from "../../components/Scroll.js";
import {Table} from "../../components/Table.js";
import {AmountForm, WriteForm} from "../../components/Write.js";
import {parseAddress, parseAmount} from "../../lib/amount.js";
import {amountErrors, recipientErrors} from "../../lib/fieldErrors.js";
import {formatAmount, formatDuration, formatTime, percentOf, shortAddress} from "../../lib/format.js";
import {type AssetMeta, useAsset, useAssetBalance, useBlockTime, useLoan, useLoanPosition} from "../../lib/queries.js";

type Loan = GetLoanReturnType;

/** An installment's state in words: paid (on time or late), late, due, or upcoming. */
function installmentState(i: Loan["installments"][number], now: bigint | undefined, grace: bigint): string {
  if (i.paidAt > 0n) return i.late ? "paid late" : "paid";
  if (i.late || (now !== undefined && now > i.dueDate + grace)) return "late";
  if (now !== undefined && now >= i.dueDate) return i.paid > 0n ? "due, partly paid" : "due";
  return i.paid > 0n ? "partly paid early" : "upcoming";
}

/** A personal loan beside the token, for anyone: its terms in words, funding, the schedule, and the viewer's claim. */
export default function LoanSection({loan}: {loan: Address}) {
  const l = useLoan(loan);
  const asset = useAsset(l.data?.asset);
  const now = useBlockTime();
  const {address} = useAccount();
  if (!l.data || !asset.data) return <section aria-label="Personal loan">Loading the loan…</section>;
  const d = l.data;
  const a = asset.data;
  const amount = (v: bigint) => `${formatAmount(v, a.decimals)} ${a.symbol}`;
  const funded = percentOf(d.totalFunded, d.principal);
  const fundingOpen = d.status === "funding" && now.data !== undefined && now.data < d.fundingDeadline;
  return (
    <section aria-labelledby={`loan-${loan}`} data-testid="loan">
      <h2 id={`loan-${loan}`}>
        Personal loan: {d.name} <span className="unit">(${d.symbol})</span>
      </h2>
      <p data-testid="loan-terms">
        The creator ({shortAddress(d.creator)}) borrows <strong>{amount(d.principal)}</strong> and promises to pay back{" "}
        <strong>{amount(d.totalOwed)}</strong> in {d.installments.length} installment
        {d.installments.length === 1 ? "" : "s"}. Lenders receive one {d.symbol} claim per {a.symbol} lent; whoever
        holds the claims when a repayment arrives receives it, pro rata. An installment unpaid{" "}
        {d.gracePeriod > 0n ? `${formatDuration(d.gracePeriod)} after` : "on"} its due date reads late, on chain, for
        ever. No contract can force the creator to repay: the promise is auditable, not enforceable.
      </p>
      <p>
        Status: <strong data-testid="loan-status">{d.status}</strong> · still owed{" "}
        <span data-testid="loan-owed">{amount(d.owed)}</span> · repaid {amount(d.totalRepaid)}
        {d.lateInstallmentCount > 0n ? (
          <span className="late"> · {d.lateInstallmentCount.toString()} late installment(s)</span>
        ) : null}
      </p>
      <ProgressBar label="Loan funded" percent={funded} />
      <p data-testid="loan-funding">
        {formatAmount(d.totalFunded, a.decimals)} of {amount(d.principal)} funded ({funded}%) ·{" "}
        {d.status === "funding"
          ? `funding open until ${formatTime(d.fundingDeadline)}; below the principal then, every lender is refunded`
          : d.status === "failed"
            ? `funding failed at ${formatTime(d.fundingDeadline)}: lenders take back what they lent`
            : `funded ${formatTime(d.fundedAt)}${d.principalWithdrawn ? ", principal withdrawn by the creator" : ""}`}
      </p>
      <Scroll label="Installments">
        <Table columns={["#", "Due", `Amount (${a.symbol})`, `Paid (${a.symbol})`, "State"]} testId="loan-installments">
          {d.installments.map((i, n) => {
            const state = installmentState(i, now.data, d.gracePeriod);
            return (
              <tr key={i.dueDate.toString()}>
                <td>{n + 1}</td>
                <td>
                  {formatTime(i.dueDate)}
                  {d.gracePeriod > 0n ? (
                    <span className="note"> (late after {formatTime(i.dueDate + d.gracePeriod)})</span>
                  ) : null}
                </td>
                <td>{formatAmount(i.amount, a.decimals)}</td>
                <td>{formatAmount(i.paid, a.decimals)}</td>
                <td className={state.includes("late") ? "late" : undefined}>{state}</td>
              </tr>
            );
          })}
        </Table>
      </Scroll>
      {fundingOpen ? <Fund loan={d} asset={a} /> : null}
      {address ? <Position loan={d} asset={a} account={address} /> : null}
    </section>
  );
}

function Fund({loan: d, asset: a}: {loan: Loan; asset: AssetMeta}) {
  const {address} = useAccount();
  const held = useAssetBalance(a.address, address);
  const lacking = d.principal - d.totalFunded;
  const balance = held.data;
  const max =
    balance !== undefined && balance < lacking
      ? {value: balance, what: "what you hold"}
      : {value: lacking, what: "what the principal still lacks"};
  const options = {decimals: a.decimals, unit: a.symbol, max};
  return (
    <AmountForm
      title="Lend to the creator"
      level={3}
      action="Fund the loan"
      label="Amount to lend"
      name="loan-fund"
      options={options}
      // An ERC-20 loan pulls the asset: the SDK approves exactly this amount first when the allowance is short.
      send={(w, value) => fundLoan(w, {loan: d.loan, amount: value, approve: true})}
    >
      <p className="note">
        {formatAmount(lacking, a.decimals)} {a.symbol} still lacking; you receive as many {d.symbol} claims as{" "}
        {a.symbol} you lend
        {a.address === zeroAddress ? "." : " (approve, then fund: two transactions when the allowance is short)."}
      </p>
    </AmountForm>
  );
}

/** The viewer's claims: balance, share, what is claimable now; claim, refund after a failed funding, transfer. */
function Position({loan: d, asset: a, account}: {loan: Loan; asset: AssetMeta; account: Address}) {
  const position = useLoanPosition(d.loan, account);
  const [to, setTo] = useState("");
  const [amount, setAmount] = useState("");
  if (!position.data) return null;
  const p = position.data;
  if (p.balance === 0n && p.claimable === 0n) return null;
  const transferOptions = {decimals: a.decimals, unit: d.symbol, max: {value: p.balance, what: "your claims"}};
  return (
    <div data-testid="loan-position">
      <h3>Your claim</h3>
      <p data-testid="loan-claim">
        You hold {formatAmount(p.balance, a.decimals)} {d.symbol} ({Number(p.shareBps) / 100}% of the claims); claimable
        now: <strong>{formatAmount(p.claimable, a.decimals)}</strong> {a.symbol}.
      </p>
      {p.claimable > 0n ? (
        <WriteForm action="Claim repayments" prepare={() => ({send: (w) => claimLoanRepayments(w, {loan: d.loan})})} />
      ) : null}
      {d.status === "failed" && p.balance > 0n ? (
        <WriteForm
          title="The funding failed"
          level={3}
          action="Refund my loan"
          prepare={() => ({send: (w) => refundLoan(w, {loan: d.loan})})}
        >
          <p className="note">
            Burns your {formatAmount(p.balance, a.decimals)} {d.symbol} and pays back exactly{" "}
            {formatAmount(p.balance, a.decimals)} {a.symbol}.
          </p>
        </WriteForm>
      ) : null}
      {d.status !== "failed" && p.balance > 0n ? (
        <WriteForm
          title="Sell or give claims"
          level={3}
          action="Transfer claims"
          errorFields={{"loan-to": recipientErrors, "loan-transfer": amountErrors}}
          prepare={() => {
            const target = parseAddress(to);
            if (!target.ok) return {error: target.error, field: "loan-to"};
            if (target.value.toLowerCase() === account.toLowerCase())
              return {error: "That is your own address.", field: "loan-to"};
            const q = parseAmount(amount, transferOptions);
            if (!q.ok) return {error: q.error, field: "loan-transfer"};
            return {send: (w) => transferLoanClaim(w, {loan: d.loan, to: target.value, amount: q.value})};
          }}
        >
          <TextField label="To (address)" value={to} onChange={setTo} name="loan-to" placeholder="0x…" />
          <AmountField
            label="Claims to transfer"
            value={amount}
            onChange={setAmount}
            options={transferOptions}
            name="loan-transfer"
          />
          <p className="note">
            What your claims earned so far stays yours to claim; every later repayment goes to the new holder.
          </p>
        </WriteForm>
      ) : null}
    </div>
  );
}

/** Creator: take the principal once funded; repay the next installment, or early, or everything owed. */
export function LoanCreator({loan}: {loan: Address}) {
  const l = useLoan(loan);
  const asset = useAsset(l.data?.asset);
  const now = useBlockTime();
  const {address} = useAccount();
  const held = useAssetBalance(asset.data?.address, address);
  const [amount, setAmount] = useState("");
  if (!l.data || !asset.data) return <p>Loading the loan…</p>;
  const d = l.data;
  const a = asset.data;
  const next = d.installments[Number(d.nextInstallment)];
  const nextLeft = next ? next.amount - next.paid : 0n;
  const balance = held.data;
  const max =
    balance !== undefined && balance < d.owed
      ? {value: balance, what: "what you hold"}
      : {value: d.owed, what: "what is still owed"};
  const options = {decimals: a.decimals, unit: a.symbol, max};
  return (
    <div data-testid="loan-creator">
      <h3>
        Personal loan {d.name} (${d.symbol})
      </h3>
      <p>
        Status {d.status}; {formatAmount(d.totalFunded, a.decimals)} of {formatAmount(d.principal, a.decimals)}{" "}
        {a.symbol} funded{d.principalWithdrawn ? ", principal withdrawn" : ""}; still owed{" "}
        {formatAmount(d.owed, a.decimals)} {a.symbol}.
        {next && now.data !== undefined && d.status === "active" ? (
          <span className={now.data > next.dueDate + d.gracePeriod ? "late" : undefined} data-testid="loan-next">
            {" "}
            Next: installment {Number(d.nextInstallment) + 1}, {formatAmount(nextLeft, a.decimals)} {a.symbol} due{" "}
            {formatTime(next.dueDate)}
            {now.data > next.dueDate + d.gracePeriod
              ? " — already late"
              : `, late after ${formatTime(next.dueDate + d.gracePeriod)}`}
            .
          </span>
        ) : null}
      </p>
      {d.status === "active" && !d.principalWithdrawn ? (
        <WriteForm
          title="Take the principal"
          action="Withdraw principal"
          prepare={() => ({send: (w) => withdrawLoanPrincipal(w, {loan})})}
        >
          <p className="note">
            {formatAmount(d.principal, a.decimals)} {a.symbol} to you, once.
          </p>
        </WriteForm>
      ) : null}
      {d.status === "active" ? (
        <AmountForm
          title="Repay"
          action="Repay"
          label="Amount to repay"
          name="loan-repay"
          options={options}
          value={amount}
          onChange={setAmount}
          send={(w, value) => repayLoan(w, {loan, amount: value, approve: true})}
        >
          <div className="actions">
            {nextLeft > 0n ? (
              <button type="button" onClick={() => setAmount(formatAmount(nextLeft, a.decimals, a.decimals))}>
                Fill in installment {Number(d.nextInstallment) + 1}
              </button>
            ) : null}
            <button type="button" onClick={() => setAmount(formatAmount(d.owed, a.decimals, a.decimals))}>
              Fill in everything owed (repay early)
            </button>
          </div>
          <p className="note">
            Installments fill in order; anything above the next one pays the following ones early.
            {a.address === zeroAddress ? "" : " Approve, then repay, when the allowance is short."}
          </p>
        </AmountForm>
      ) : null}
    </div>
  );
}

/** Portfolio: the holder's claims on a loan and what they can claim now. */
export function LoanHolding({loan, account}: {loan: Address; account: Address}) {
  const l = useLoan(loan);
  const asset = useAsset(l.data?.asset);
  const position = useLoanPosition(loan, account);
  if (!l.data || !asset.data || !position.data) return null;
  const p = position.data;
  if (p.balance === 0n && p.claimable === 0n) return null;
  const {decimals, symbol} = asset.data;
  return (
    <p data-testid="portfolio-loan">
      Loan {l.data.name}: you hold {formatAmount(p.balance, decimals)} {l.data.symbol}; claimable{" "}
      {formatAmount(p.claimable, decimals)} {symbol} (claim on the token's page).
    </p>
  );
}
