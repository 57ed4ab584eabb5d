/** The repository root. */
export declare const ROOT: string;
/** The absolute path of the native `tool` binary (never the npm wrapper, which drops the exit status). */
export declare function foundryBinary(tool: "forge" | "anvil" | "cast"): string;
