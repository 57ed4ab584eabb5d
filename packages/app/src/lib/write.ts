// The one write flow every form uses: check the input (refused before anything is signed), let the SDK action
// simulate and send (a revert becomes its readable ContractRevertedError before any gas is spent), show the hash while
// pending, then confirmed or failed; never two submissions at once; and from the receipt, invalidate the reads of
// every contract the transaction touched (and the sender's).
import {useQueryClient} from "@tanstack/react-query";
import {useCallback, useRef, useState} from "react";
import type {Account, Chain, Client, Hash, PublicClient, TransactionReceipt, Transport} from "viem";
import {useAccount, useConfig, usePublicClient} from "wagmi";
import {getAccount, getWalletClient, switchChain} from "wagmi/actions";
import {config as appConfig} from "../config.js";

export type WalletClient = Client<Transport, Chain, Account>;

export type WriteState =
  | {status: "idle"}
  | {status: "invalid"; error: string; field?: string | undefined}
  | {status: "submitting"}
  | {status: "pending"; hashes: Hash[]}
  | {status: "confirmed"; hashes: Hash[]; receipts: TransactionReceipt[]}
  | {
      status: "failed";
      error: string;
      errorName?: string;
      hashes: Hash[];
      /** Transactions the sender sent before the failure (an approval before a simulation that reverted). */
      sentBefore?: number;
    };

/** What an action returns: a hash, `{hash}` (createPoll, launchModule), or several (claimAllIncome). */
export type WriteResult = Hash | {hash?: Hash | undefined} | readonly ({hash: Hash} | Hash)[];

/**
 * A validation step returns the error to show (nothing is sent) — with the form field it belongs to, shown there — or
 * the action to run.
 */
export type Prepared =
  | {error: string; field?: string | undefined}
  | {
      send: (wallet: WalletClient) => Promise<WriteResult>;
      /**
       * Runs with the receipts once every transaction succeeded, in the same render as the "Confirmed" status: what it
       * shows (the launched token's link) appears with it, not a moment before, while the status still changes height.
       */
      confirmed?: (receipts: TransactionReceipt[]) => void;
    };

function hashesOf(result: WriteResult): Hash[] {
  if (typeof result === "string") return [result];
  if (Array.isArray(result)) return result.map((r) => (typeof r === "string" ? r : r.hash));
  const {hash} = result as {hash?: Hash};
  return hash ? [hash] : [];
}

/** The SDK's sentence when it has one (`shortMessage`), with the custom error's name; else the first line. */
export function readableError(error: unknown): {message: string; errorName?: string} {
  const e = error as {shortMessage?: string; message?: string; errorName?: string; code?: number; cause?: unknown};
  const rejected = (x: unknown): boolean => {
    const c = x as {code?: number; name?: string; cause?: unknown} | undefined;
    return !!c && (c.code === 4001 || c.name === "UserRejectedRequestError" || rejected(c.cause));
  };
  if (rejected(e)) return {message: "You rejected the request in your wallet: nothing was sent."};
  const message = e?.shortMessage ?? String(e?.message ?? error).split("\n")[0] ?? "Unknown error";
  return {message, errorName: e?.errorName};
}

export function useWrite() {
  const [state, setState] = useState<WriteState>({status: "idle"});
  const busy = useRef(false);
  const wagmiConfig = useConfig();
  const publicClient = usePublicClient() as PublicClient | undefined;
  const {address} = useAccount();
  const queryClient = useQueryClient();

  const submit = useCallback(
    async (prepare: () => Prepared | Promise<Prepared>) => {
      if (busy.current) return; // a second click while one is in flight sends nothing
      busy.current = true;
      let hashes: Hash[] = [];
      let nonceBefore: number | undefined;
      try {
        const prepared = await prepare();
        if ("error" in prepared) {
          setState({status: "invalid", error: prepared.error, field: prepared.field});
          return;
        }
        if (!address || !publicClient) {
          setState({status: "invalid", error: "Connect a wallet first."});
          return;
        }
        setState({status: "submitting"});
        // A wallet on another chain would sign for the wrong network: ask it to switch first.
        if (getAccount(wagmiConfig).chainId !== appConfig.chain.id) {
          await switchChain(wagmiConfig, {chainId: appConfig.chain.id});
        }
        const wallet = (await getWalletClient(wagmiConfig)) as unknown as WalletClient;
        // The sender's nonce before: if a step after an approval fails, the screen says the approval was sent.
        nonceBefore = await publicClient.getTransactionCount({address, blockTag: "pending"});
        hashes = hashesOf(await prepared.send(wallet));
        setState({status: "pending", hashes});
        const receipts = await Promise.all(hashes.map((hash) => publicClient.waitForTransactionReceipt({hash})));
        const touched = new Set<string>([address.toLowerCase()]);
        for (const receipt of receipts) {
          if (receipt.to) touched.add(receipt.to.toLowerCase());
          for (const log of receipt.logs) touched.add(log.address.toLowerCase());
        }
        await queryClient.invalidateQueries({
          predicate: ({queryKey}) =>
            queryKey[0] === "pt" &&
            (queryKey[1] === "block" ||
              queryKey[1] === "tokens" ||
              queryKey.some((k) => typeof k === "string" && touched.has(k))),
        });
        const reverted = receipts.find((r) => r.status !== "success");
        if (!reverted) prepared.confirmed?.(receipts);
        setState(
          reverted
            ? {status: "failed", error: `Transaction ${reverted.transactionHash} reverted.`, hashes}
            : {status: "confirmed", hashes, receipts},
        );
      } catch (error) {
        const {message, errorName} = readableError(error);
        const sentBefore =
          nonceBefore === undefined || !address || !publicClient || hashes.length
            ? 0
            : await publicClient.getTransactionCount({address, blockTag: "pending"}).then(
                (n) => n - (nonceBefore as number),
                () => 0,
              );
        setState({status: "failed", error: message, errorName, hashes, sentBefore});
      } finally {
        busy.current = false;
      }
    },
    [address, publicClient, queryClient, wagmiConfig],
  );

  const busyNow = state.status === "submitting" || state.status === "pending";
  const reset = useCallback(() => setState({status: "idle"}), []);
  return {state, submit, busy: busyNow, reset};
}
