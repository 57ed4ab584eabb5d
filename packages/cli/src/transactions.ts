// Sending: one transaction at a time, built by an SDK write, then its receipt waited for, with progress on stderr. In a
// dry run the SDK simulates and estimates as usual and the wallet's transport refuses to broadcast: the step records
// the node's estimate instead.
import {approveToken} from "@personal-token/sdk";
import {
  type Address,
  type Chain,
  custom,
  erc20Abi,
  type Hash,
  http,
  type TransactionReceipt,
  WaitForTransactionReceiptTimeoutError,
} from "viem";
import type {Asset} from "./assets.js";
import type {Context, Wallet} from "./context.js";
import {CliError, DryRunStop, findCause, isDryRunStop} from "./errors.js";
import {show} from "./format.js";

/** A step sent (its hash, gas and block) or, in a dry run, simulated (its estimate, or why there is none). */
export type Step =
  | {step: string; hash: Hash; gasUsed: bigint; block: bigint}
  | {step: string; estimatedGas: bigint | null; note?: string};

/** What a dry run has seen so far. */
export class DryRunLog {
  /** The first gas estimate the node gave since the current step started. */
  estimate: bigint | null = null;
  /** Whether an earlier step was not sent, so later ones may depend on state that is not there. */
  unsent = false;
}

/** A transport that answers everything from `url` but refuses to broadcast, noting the node's estimate in `log`. */
export function dryRunTransport(url: string, chain: Chain, log: DryRunLog) {
  const base = http(url)({chain, retryCount: 0});
  return custom(
    {
      request: async ({method, params}: {method: string; params?: unknown}) => {
        if (method === "eth_sendRawTransaction" || method === "eth_sendTransaction") throw new DryRunStop();
        const result = await base.request({method, params} as never);
        // The first estimate after a step starts is the node's (the SDK then sends it plus a margin). viem asks with
        // eth_fillTransaction where the node has it, else eth_estimateGas.
        if (log.estimate === null) {
          if (method === "eth_estimateGas") log.estimate = BigInt(result as string);
          const gas = (result as {tx?: {gas?: string}} | null)?.tx?.gas;
          if (method === "eth_fillTransaction" && gas) log.estimate = BigInt(gas);
        }
        return result;
      },
    },
    {retryCount: 0},
  );
}

/**
 * The wallet's transport outside a dry run: everything goes to `url`, and the moment a transaction is broadcast (its
 * simulation passed, it is signed) `onBroadcast` runs first, so the step with its parsed amounts and assets is on
 * the screen before any money moves.
 */
export function echoingTransport(url: string, chain: Chain, onBroadcast: () => void) {
  const base = http(url)({chain, retryCount: 0});
  return custom(
    {
      request: async ({method, params}: {method: string; params?: unknown}) => {
        if (method === "eth_sendRawTransaction" || method === "eth_sendTransaction") onBroadcast();
        return base.request({method, params} as never);
      },
    },
    {retryCount: 0},
  );
}

/** A transaction this run sent: its step, hash and, once mined, its block. */
export type Sent = {step: string; hash: Hash; block?: bigint | undefined};

/**
 * Sends one transaction built by an SDK write and waits for it; undefined in a dry run (nothing was sent). The step
 * (with the parsed amounts and assets) is echoed as it is broadcast ({@link echoingTransport}); while the receipt is awaited a "still
 * waiting" line comes every `ctx.waitNotice` ms; past `ctx.timeout` the command fails saying the transaction was sent
 * and may still confirm.
 */
export async function send(
  ctx: Context,
  step: string,
  write: (wallet: Wallet) => Promise<Hash>,
): Promise<TransactionReceipt | undefined> {
  const wallet = await ctx.wallet();
  if (ctx.dryRun) return simulate(ctx, step, () => write(wallet));
  ctx.pending = step;
  const hash = await write(wallet);
  const sent: Sent = {step, hash};
  ctx.sent.push(sent);
  ctx.pending = undefined;
  ctx.progress(`${step}: sent ${hash}, waiting for the receipt`);
  const started = Date.now();
  const notice = setInterval(
    () =>
      ctx.progress(
        `${step}: still waiting for ${hash} (${Math.round((Date.now() - started) / 1000)} s; gives up after ${Math.round(ctx.timeout / 1000)} s, Ctrl-C stops waiting — the transaction may confirm anyway)`,
      ),
    ctx.waitNotice,
  );
  let receipt: TransactionReceipt;
  try {
    receipt = await wallet.waitForTransactionReceipt({hash, timeout: ctx.timeout});
  } catch (error) {
    if (
      findCause(
        error,
        (e): e is WaitForTransactionReceiptTimeoutError => e instanceof WaitForTransactionReceiptTimeoutError,
      )
    ) {
      throw new CliError(
        `${step}: transaction ${hash} was sent but had no receipt after ${Math.round(ctx.timeout / 1000)} s: it may still confirm — look it up before sending it again`,
      );
    }
    throw error;
  } finally {
    clearInterval(notice);
  }
  sent.block = receipt.blockNumber;
  if (receipt.status !== "success") throw new CliError(`${step}: transaction ${hash} reverted`);
  ctx.steps.push({step, hash, gasUsed: receipt.gasUsed, block: receipt.blockNumber});
  ctx.progress(`${step}: confirmed in block ${receipt.blockNumber} (gas ${receipt.gasUsed})`);
  return receipt;
}

/**
 * What this run sent, for a person who stopped it or whose command failed halfway: each transaction with its hash,
 * confirmed or possibly still to confirm; the step being prepared, not sent; and how to resume. Empty when nothing
 * was sent.
 */
export function sentReport(ctx: Context, why: "interrupted" | "failed"): string[] {
  if (ctx.dryRun || ctx.sent.length + (why === "interrupted" && ctx.pending !== undefined ? 1 : 0) === 0) return [];
  const lines = ctx.sent.map((s) =>
    s.block === undefined
      ? `  sent, not confirmed yet (it may still confirm): ${s.step} — ${s.hash}`
      : `  sent and confirmed in block ${s.block}: ${s.step} — ${s.hash}`,
  );
  if (ctx.pending !== undefined) lines.push(`  not sent (was being prepared): ${ctx.pending}`);
  return [
    `${why === "interrupted" ? "interrupted" : "stopped by the error below"}; transactions of this command:`,
    ...(lines.length ? lines : ["  none sent"]),
    "  nothing after these was sent: check the sent ones, then run the command again to finish (an approval already in place is not sent twice)",
  ];
}

async function simulate(ctx: Context, step: string, write: () => Promise<Hash>): Promise<undefined> {
  const log = ctx.dryRunLog;
  log.estimate = null;
  try {
    await write();
    throw new CliError(`${step}: the dry run was not stopped before sending`); // never: the transport refuses
  } catch (error) {
    if (findCause(error, isDryRunStop)) {
      ctx.steps.push({step, estimatedGas: log.estimate});
      ctx.progress(`${step}: simulated, estimated gas ${log.estimate ?? "?"} (not sent)`);
      log.unsent = true;
      return undefined;
    }
    if (log.unsent) {
      // It needs what an earlier step would have done (e.g. an approval): it cannot be simulated before that.
      ctx.steps.push({step, estimatedGas: null, note: "needs the previous step on-chain to simulate"});
      ctx.progress(`${step}: not simulated (needs the previous step on-chain)`);
      return undefined;
    }
    throw error;
  }
}

/** The result's `transactionHash` field, when the transaction was sent. */
export const sentHash = (receipt: {transactionHash: Hash} | undefined) =>
  receipt ? {transactionHash: receipt.transactionHash} : {};

/** Approves `spender` for `amount` of `asset` first when the sender's allowance is short (a progress step). */
export async function ensureAllowance(ctx: Context, asset: Asset, spender: Address, amount: bigint) {
  const client = await ctx.client();
  const owner = await ctx.sender();
  const [balance, allowance] = await Promise.all([
    client.readContract({address: asset.address, abi: erc20Abi, functionName: "balanceOf", args: [owner]}),
    client.readContract({address: asset.address, abi: erc20Abi, functionName: "allowance", args: [owner, spender]}),
  ]);
  if (balance < amount) throw new CliError(`${owner} holds ${show(balance, asset)}, needs ${show(amount, asset)}`);
  if (allowance >= amount) return;
  await send(ctx, `approve ${show(amount, asset)} to ${spender}`, (w) =>
    approveToken(w, {token: asset.address, spender, amount}),
  );
}
