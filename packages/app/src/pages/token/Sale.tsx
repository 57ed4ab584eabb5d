import {
  approveToken,
  buyTokens,
  claimIncome,
  type GetPeriodRecordReturnType,
  payIncome,
  purchaseCost,
  reportIncome,
  withdrawProceeds,
} from "@personal-token/sdk";
import {useState} from "react";
import {type Address, type PublicClient, zeroAddress} from "viem";
import {useAccount, usePublicClient} from "wagmi";
import {AmountField, TextField} from "../../components/Field.js";
import {ProgressBar} from "../../components/Progress.js";
import {Scroll} from "../../components/Scroll.js";
import {Table} from "../../components/Table.js";
import {WriteForm} from "../../components/Write.js";
import {parseAmount, parseWhole} from "../../lib/amount.js";
import {amountErrors, periodErrors} from "../../lib/fieldErrors.js";
import {formatAmount, formatBps, formatDuration, formatShare, formatTime, percentOf} from "../../lib/format.js";
import {
  type AssetMeta,
  useAllowance,
  useAsset,
  useBlockTime,
  useClaimable,
  usePeriods,
  useSale,
  useSalePosition,
} from "../../lib/queries.js";
import type {WalletClient} from "../../lib/write.js";

/** Approves `amount` of an ERC-20 to `spender` when the allowance is short, and waits for it: the step before a pull. */
async function approveIfShort(
  wallet: WalletClient,
  client: PublicClient,
  asset: Address,
  spender: Address,
  amount: bigint,
  allowance: bigint,
) {
  if (asset === zeroAddress || allowance >= amount) return [];
  const hash = await approveToken(wallet, {token: asset, spender, amount});
  await client.waitForTransactionReceipt({hash});
  return [hash];
}

/** The income-share sale: progress, buying, income history per period, and the buyer's claim. */
export function Sale({splitter, unit}: {splitter: Address; unit: string}) {
  const sale = useSale(splitter);
  const asset = useAsset(sale.data?.terms.paymentAsset);
  const now = useBlockTime();
  if (!sale.data || !asset.data) return <section aria-label="Income-share sale">Loading the sale…</section>;
  const s = sale.data;
  const a = asset.data;
  const left = s.tokensOffered - s.tokensSold;
  const pctSold = percentOf(s.tokensSold, s.tokensOffered);
  const price = formatAmount(s.terms.price, a.decimals);
  return (
    <section aria-labelledby="sale-title" data-testid="sale">
      <h2 id="sale-title">Income-share sale</h2>
      <p>
        {formatAmount(s.tokensOffered, 18)} {unit} at {price} {a.symbol} each; buyers share{" "}
        <strong>{formatBps(s.terms.shareBps)}</strong> of the creator's income from {formatTime(s.terms.termStart)} to{" "}
        {formatTime(s.terms.termEnd)} ({s.periodCount.toString()} periods of {formatDuration(s.terms.periodLength)},{" "}
        {formatDuration(s.terms.gracePeriod)} grace).
      </p>
      <p>
        Status: <strong data-testid="sale-status">{s.status}</strong> · window {formatTime(s.terms.saleStart)} →{" "}
        {formatTime(s.terms.saleEnd)} · soft cap {formatAmount(s.terms.softCap, 18)} {unit}
      </p>
      <ProgressBar label="Tokens sold" percent={pctSold} />
      <p data-testid="sale-sold">
        {formatAmount(s.tokensSold, 18)} of {formatAmount(s.tokensOffered, 18)} {unit} sold ({pctSold}%)
      </p>
      {s.status === "active" || (s.status === "upcoming" && now.data !== undefined) ? (
        <Buy splitter={splitter} unit={unit} asset={a} price={s.terms.price} left={left} />
      ) : null}
      <Periods splitter={splitter} count={s.periodCount} asset={a} />
      <Claim splitter={splitter} unit={unit} shareBps={s.terms.shareBps} asset={a} />
    </section>
  );
}

function Buy({
  splitter,
  unit,
  asset,
  price,
  left,
}: {
  splitter: Address;
  unit: string;
  asset: AssetMeta;
  price: bigint;
  left: bigint;
}) {
  const {address} = useAccount();
  const client = usePublicClient() as PublicClient;
  const allowance = useAllowance(asset.address, address, splitter);
  const [amount, setAmount] = useState("");
  const options = {decimals: 18, unit, max: {value: left, what: "what is left on sale"}};
  const parsed = amount.trim() ? parseAmount(amount, options) : undefined;
  return (
    <WriteForm
      title={`Buy ${unit}`}
      level={3}
      action="Buy"
      errorFields={{"buy-amount": amountErrors}}
      prepare={() => {
        const p = parseAmount(amount, options);
        if (!p.ok) return {error: p.error};
        const cost = purchaseCost(p.value, price);
        return {
          send: async (wallet) => [
            ...(await approveIfShort(wallet, client, asset.address, splitter, cost, allowance.data ?? 0n)),
            await buyTokens(wallet, {splitter, tokens: p.value}),
          ],
        };
      }}
    >
      <AmountField label="Tokens to buy" value={amount} onChange={setAmount} options={options} name="buy-amount" />
      <p className="note" data-testid="buy-cost">
        {parsed?.ok
          ? `Cost: ${formatAmount(purchaseCost(parsed.value, price), asset.decimals)} ${asset.symbol}${asset.address !== zeroAddress && (allowance.data ?? 0n) < purchaseCost(parsed.value, price) ? " (approve, then buy: two transactions)" : ""}`
          : `${formatAmount(left, 18)} ${unit} left`}
      </p>
    </WriteForm>
  );
}

function Periods({splitter, count, asset}: {splitter: Address; count: bigint; asset: AssetMeta}) {
  const periods = usePeriods(splitter, count);
  const now = useBlockTime();
  return (
    <Scroll label="Income per period">
      <h3>Income per period</h3>
      <Table
        columns={[
          "Period",
          "Report due",
          "Declared income",
          "Owed",
          `Paid (${asset.symbol})`,
          "Declared value",
          "State",
        ]}
        testId="periods"
      >
        {(periods.data ?? [])
          .filter((p) => p.reported || now.data === undefined || p.start <= now.data)
          .map((p) => (
            <tr key={p.period.toString()}>
              <td>{p.period.toString()}</td>
              <td>{formatTime(p.due)}</td>
              <td>{p.reported ? formatAmount(p.grossIncome, asset.decimals) : "—"}</td>
              <td>{p.reported ? formatAmount(p.owed, asset.decimals) : "—"}</td>
              <td>{formatAmount(p.paid, asset.decimals)}</td>
              <td>{formatAmount(p.declaredValue, asset.decimals)}</td>
              <td className={p.late ? "late" : undefined}>
                {p.late ? "late" : p.reported ? (p.paid >= p.owed ? "paid" : "reported") : "open"}
              </td>
            </tr>
          ))}
      </Table>
    </Scroll>
  );
}

/** The holder's part: their purchase and claim shares (when they have any), what they can claim, and claiming it. */
function Claim({
  splitter,
  unit,
  shareBps,
  asset,
}: {
  splitter: Address;
  unit: string;
  shareBps: number;
  asset: AssetMeta;
}) {
  const {address} = useAccount();
  const claimable = useClaimable([splitter], address);
  const position = useSalePosition(splitter, address);
  const rows = (claimable.data ?? []).filter((c) => c.amount > 0n);
  if (!address) return null;
  const p = position.data;
  return (
    <WriteForm
      title="Your income"
      level={3}
      action="Claim income"
      prepare={() =>
        rows.length ? {send: (wallet) => claimIncome(wallet, {splitter})} : {error: "Nothing to claim yet."}
      }
    >
      {p && (p.tokensBought > 0n || p.shares > 0n) ? (
        <p data-testid="sale-position">
          {p.tokensBought > 0n
            ? `You bought ${formatAmount(p.tokensBought, 18)} ${unit} for ${formatAmount(p.paid, asset.decimals)} ${asset.symbol}${p.undelivered > 0n ? ` (${formatAmount(p.undelivered, 18)} held for you until the sale succeeds)` : ""}. `
            : ""}
          Your claim: {formatAmount(p.shares, 18)} of {formatAmount(p.totalShares, 18)} shares, so{" "}
          <strong>{formatShare(p.shares, p.totalShares)}</strong> of every payment of the creator's{" "}
          {formatBps(shareBps)} income share.
        </p>
      ) : null}
      <ClaimableList rows={rows} />
    </WriteForm>
  );
}

export function ClaimableList({rows}: {rows: {asset: Address; amount: bigint}[]}) {
  if (!rows.length) return <p className="note">Nothing to claim yet.</p>;
  return (
    <ul data-testid="claimable">
      {rows.map((r) => (
        <ClaimableRow key={r.asset} asset={r.asset} amount={r.amount} />
      ))}
    </ul>
  );
}

function ClaimableRow({asset, amount}: {asset: Address; amount: bigint}) {
  const meta = useAsset(asset);
  return <li>{meta.data ? `${formatAmount(amount, meta.data.decimals)} ${meta.data.symbol}` : "…"} claimable</li>;
}

/**
 * What the creator owes next, in the contract's own terms: a period whose report is missing (late, on-chain, once its
 * due date — the period's end plus the grace — has passed, until it is sent), or a reported period not fully paid.
 */
function nextStep(next: GetPeriodRecordReturnType, asset: AssetMeta): string {
  const period = next.period.toString();
  if (next.reported) {
    const left = formatAmount(next.owed - next.paid, asset.decimals);
    return `Next: period ${period} has ${left} ${asset.symbol} of ${formatAmount(next.owed, asset.decimals)} owed still to pay.`;
  }
  return next.late
    ? `Next: report period ${period}. Its report was due ${formatTime(next.due)}: it reads late until you send it.`
    : `Next: report period ${period} by ${formatTime(next.due)}; after that it reads late, on-chain.`;
}

/** Creator: withdraw the proceeds, report a period and pay what it owes (lateness shown before it happens). */
export function SaleCreator({splitter}: {splitter: Address}) {
  const sale = useSale(splitter);
  const asset = useAsset(sale.data?.terms.paymentAsset);
  const periods = usePeriods(splitter, sale.data?.periodCount);
  const client = usePublicClient() as PublicClient;
  const {address} = useAccount();
  const allowance = useAllowance(asset.data?.address, address, splitter);
  const [period, setPeriod] = useState("0");
  const [income, setIncome] = useState("");
  const [evidence, setEvidence] = useState("");
  const [pay, setPay] = useState("");
  if (!sale.data || !asset.data) return <p>Loading the sale…</p>;
  const a = asset.data;
  const s = sale.data;
  const next = (periods.data ?? []).find((p) => !p.reported || p.paid < p.owed);
  const selected = (periods.data ?? [])[Number(period)];
  /** The period both forms act on: 0 up to the last. */
  const parsePeriod = () => parseWhole(period, {what: "Period", max: Number(s.periodCount) - 1});
  const incomeOptions = {decimals: a.decimals, unit: a.symbol, min: 0n};
  const parsedIncome = income.trim() ? parseAmount(income, incomeOptions) : undefined;
  return (
    <div data-testid="sale-creator">
      <h3>Income-share sale</h3>
      <p>
        Status {s.status}; {formatAmount(s.tokensSold, 18)} sold; {s.latePeriodCount.toString()} late period(s).
        {next ? (
          <span className={next.late ? "late" : undefined} data-testid="sale-next">
            {" "}
            {nextStep(next, a)}
          </span>
        ) : null}
      </p>
      <WriteForm
        title="Withdraw the proceeds"
        action="Withdraw proceeds"
        prepare={() => ({send: (w) => withdrawProceeds(w, {splitter})})}
      />
      <WriteForm
        title="Report a period's income"
        action="Report income"
        errorFields={{"report-period": periodErrors}}
        prepare={() => {
          const p = parsePeriod();
          if (!p.ok) return {error: p.error};
          const g = parseAmount(income, incomeOptions);
          if (!g.ok) return {error: g.error};
          if (!evidence.trim()) return {error: "Give a link to the evidence (a statement, an invoice)."};
          return {
            send: (w) =>
              reportIncome(w, {splitter, period: BigInt(p.value), grossIncome: g.value, evidenceURI: evidence.trim()}),
          };
        }}
      >
        <TextField
          label="Period"
          value={period}
          onChange={setPeriod}
          hint={`0 to ${Number(s.periodCount) - 1}`}
          name="report-period"
        />
        <AmountField
          label="Gross income earned in the period"
          value={income}
          onChange={setIncome}
          options={incomeOptions}
        />
        {parsedIncome?.ok ? (
          <p className="note">
            Owed to buyers: {formatAmount((parsedIncome.value * BigInt(s.terms.shareBps)) / 10_000n, a.decimals)}{" "}
            {a.symbol} ({formatBps(s.terms.shareBps)})
          </p>
        ) : null}
        <TextField label="Evidence link" value={evidence} onChange={setEvidence} placeholder="ipfs://… or https://…" />
      </WriteForm>
      <WriteForm
        title="Pay a period"
        action="Pay income"
        errorFields={{"pay-amount": amountErrors}}
        prepare={() => {
          const p = parsePeriod();
          if (!p.ok) return {error: p.error};
          const amount = parseAmount(pay, {decimals: a.decimals, unit: a.symbol});
          if (!amount.ok) return {error: amount.error};
          return {
            send: async (w) => [
              ...(await approveIfShort(w, client, a.address, splitter, amount.value, allowance.data ?? 0n)),
              await payIncome(w, {splitter, period: BigInt(p.value), asset: a.address, amount: amount.value}),
            ],
          };
        }}
      >
        <p className="note">
          Period {period}: owed {selected ? formatAmount(selected.owed, a.decimals) : "—"} {a.symbol}, paid{" "}
          {selected ? formatAmount(selected.paid, a.decimals) : "—"}.
        </p>
        <AmountField
          label="Amount to pay"
          value={pay}
          onChange={setPay}
          options={{decimals: a.decimals, unit: a.symbol}}
          name="pay-amount"
        />
      </WriteForm>
    </div>
  );
}
