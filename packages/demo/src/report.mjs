// The demo's report: acts, steps with the gas their transactions used, tables, and the final summary. Everything it
// prints is deterministic (no wall-clock times except the elapsed-time lines, which say so).

import {performance} from "node:perf_hooks";
import {formatUnits} from "viem";

/** `1234567.5` → `1,234,567.5`: thousands separators, rounded to at most `maxFraction` decimals, zeros trimmed. */
export function amount(value, decimals = 18, maxFraction = 4) {
  const negative = value < 0n;
  let abs = negative ? -value : value;
  const digits = Math.min(maxFraction, decimals);
  const unit = 10n ** BigInt(decimals - digits);
  abs = ((abs + unit / 2n) / unit) * unit; // half up
  const [whole, fraction = ""] = formatUnits(abs, decimals).split(".");
  const cut = fraction.slice(0, digits).replace(/0+$/, "");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${grouped}${cut ? `.${cut}` : ""}`;
}

/** A gas figure with thousands separators. */
export function gas(value) {
  return amount(BigInt(value), 0);
}

export function short(address) {
  return `${address.slice(0, 6)}…${address.slice(-4)}`;
}

export class Report {
  constructor(write = (line) => console.log(line)) {
    this.write = write;
    this.acts = [];
    this.current = undefined;
  }

  /** Starts a section: "== Act 2. The ISA sale ==". */
  act(title) {
    this.current = {title, gas: 0n, txs: 0, started: performance.now(), elapsed: 0};
    this.acts.push(this.current);
    this.write(`\n== ${title} ==`);
  }

  /** A section that is not an act (no transactions): "== Who holds what now ==". */
  heading(title) {
    this.endAct();
    this.current = {title, gas: 0n, txs: 0, started: performance.now(), elapsed: 0};
    this.write(`\n== ${title} ==`);
  }

  line(text = "") {
    this.write(text === "" ? "" : `  ${text}`);
  }

  /** Records a step's receipts: one line with its gas (sum of `gasUsed`) and transaction count. */
  step(title, receipts) {
    const list = Array.isArray(receipts) ? receipts : [receipts];
    const used = list.reduce((sum, receipt) => sum + receipt.gasUsed, 0n);
    this.current.gas += used;
    this.current.txs += list.length;
    const txs = list.length === 1 ? "1 tx" : `${list.length} txs`;
    this.write(`  - ${title.padEnd(72)} ${gas(used).padStart(11)} gas  (${txs})`);
    return list;
  }

  /** A left-aligned table, two spaces indented; numeric-looking cells are right-aligned. */
  table(header, rows) {
    const all = [header, ...rows].map((row) => row.map(String));
    const widths = header.map((_, i) => Math.max(...all.map((row) => row[i].length)));
    const numeric = header.map(
      (_, i) => rows.length > 0 && rows.every((row) => /^[-\d,.]+( \S+)?$|^—$/.test(String(row[i]))),
    );
    const render = (row) =>
      row
        .map((cell, i) => (numeric[i] && i > 0 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
        .join("  ")
        .trimEnd();
    this.write(`  ${render(all[0])}`);
    this.write(`  ${widths.map((w) => "-".repeat(w)).join("  ")}`);
    for (const row of all.slice(1)) this.write(`  ${render(row)}`);
  }

  endAct() {
    if (this.current) this.current.elapsed = performance.now() - this.current.started;
  }

  /** The final summary: transactions and gas per act. */
  summary() {
    this.endAct();
    const total = this.acts.reduce((sum, act) => ({gas: sum.gas + act.gas, txs: sum.txs + act.txs}), {gas: 0n, txs: 0});
    this.table(
      ["act", "txs", "gas"],
      [
        ...this.acts.map((act) => [act.title, String(act.txs), gas(act.gas)]),
        ["total", String(total.txs), gas(total.gas)],
      ],
    );
    return total;
  }
}
