import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../../..");

/** Anvil's first pre-funded account's key (the public "test test ... junk" mnemonic); used only against the test anvil. */
export const DEPLOYER_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

/** The mnemonic anvil funds its default accounts from. */
export const ANVIL_MNEMONIC = "test test test test test test test test test test test junk";
