/** The repository root. */
export declare const ROOT: string;
/** The absolute path of the native `tool` binary (never the npm wrapper, which drops the exit status). */
export declare function foundryBinary(tool: "forge" | "anvil" | "cast"): string;
/** Genesis time of every test anvil (2026-01-01 00:00 UTC). */
export declare const ANVIL_GENESIS_TIMESTAMP: number;
/** Every block is its parent + 1 s from now on; time moves further only by `evm_setNextBlockTimestamp`. */
export declare function useBlockClock(rpcUrl: string): Promise<void>;
