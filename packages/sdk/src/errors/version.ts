declare const __SDK_VERSION__: string;

/** The package version, injected at build time (tsup and vitest `define`). */
export const version: string = typeof __SDK_VERSION__ === "string" ? __SDK_VERSION__ : "0.0.0-dev";
