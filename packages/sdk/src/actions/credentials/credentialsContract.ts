import type {Address} from "viem";
import {credentialsTarget} from "../../contracts.js";
import {iCredentialsAbi} from "../../generated.js";
import type {WriteParameters} from "../../utils/contract.js";
import {defineProtocolContract} from "../../utils/protocolContract.js";

/** What every write to the credentials takes: the credentials, and optionally the account that sends. */
export type CredentialsParameters = WriteParameters & {
  /** The token's credentials module (`Credentials`). */
  credentials: Address;
};

/**
 * The credentials as its actions call it: `credentialsContract.write` defines a write action,
 * `credentialsContract.at(address)` binds the address, checked, for reads.
 */
export const credentialsContract = /* @__PURE__ */ defineProtocolContract(
  "credentials",
  iCredentialsAbi,
  credentialsTarget,
);
