import type {ChildProcess} from "node:child_process";

/** The mnemonic anvil funds its default accounts from (local anvils only). */
export declare const ANVIL_MNEMONIC: string;
/** The key of the mnemonic's first account, which deploys the protocol (local anvils only). */
export declare const DEPLOYER_KEY: `0x${string}`;
/** Genesis time of every harness anvil (2026-01-01 00:00 UTC). */
export declare const ANVIL_GENESIS_TIMESTAMP: number;
export type Anvil = {url: string; child: ChildProcess; output: () => string; stop: () => Promise<void>};
/** Starts anvil on a free port, from the fixed genesis time, on the block clock. */
export declare function startAnvil(options?: {
  bin?: string;
  chainId?: number;
  accounts?: number;
  timestamp?: number;
  timeoutMs?: number;
  onSpawn?: (child: ChildProcess) => void;
}): Promise<Anvil>;
/** Deploys the protocol with script/Deploy.s.sol; resolves with forge's output. */
export declare function deployProtocol(url: string, options?: {timeoutMs?: number}): Promise<string>;
/** Every block is its parent + 1 s from now on; time moves further only by `evm_setNextBlockTimestamp`. */
export declare function useBlockClock(url: string): Promise<void>;
