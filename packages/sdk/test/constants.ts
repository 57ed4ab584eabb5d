import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../../..");

/** The harness's anvil accounts (tools/anvil.mjs): the public "test test ... junk" mnemonic, local anvils only. */
export {ANVIL_MNEMONIC, DEPLOYER_KEY} from "../../../tools/anvil.mjs";
