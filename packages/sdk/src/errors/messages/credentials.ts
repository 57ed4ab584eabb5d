import type {ProtocolErrorName} from "../abi.js";
import type {MessagesOf} from "./format.js";
import {days, time, tokens} from "./format.js";

/** The credentials module's custom errors in words: what went wrong and what to do. */
export const credentialsMessages: MessagesOf<Extract<ProtocolErrorName, `Credentials_${string}`>> = {
  Credentials_NotCreator: ([caller]) =>
    `${caller} is not the creator: only the creator can define classes, issue, cancel claims or revoke.`,
  Credentials_FundedAtLaunch: ([amount]) =>
    `The credentials module was given ${tokens(amount)}: it holds no tokens, launch it with tokenAmount 0.`,
  Credentials_EmptyURI: () => "The class has no metadata URI: give it one (ipfs://… or https://…).",
  Credentials_ExpiryInPast: ([validUntil]) =>
    `The class's expiry date ${time(validUntil)} is not in the future: pick a later date, or 0 for none.`,
  Credentials_ValidityTooLong: ([validFor, max]) =>
    `A credential valid for ${days(validFor)} is longer than the maximum of ${days(max)}: durations are in seconds — check the unit, or use 0 for no expiry.`,
  Credentials_UnknownClass: ([classId]) => `Credential class ${classId} does not exist.`,
  Credentials_ClassExpired: ([classId, validUntil]) =>
    `Credential class ${classId} expired at ${time(validUntil)}: nothing more can be issued in it.`,
  Credentials_NoRecipients: () => "No recipients: give at least one address.",
  Credentials_AlreadyHeld: ([classId, holder]) =>
    `${holder} already holds a credential of class ${classId} (expired or not): remove it from the list.`,
  Credentials_NotHeld: ([classId, holder]) => `${holder} holds no credential of class ${classId}.`,
  Credentials_NotRevocable: ([classId]) =>
    `Credential class ${classId} was created not revocable: its credentials can only be burned by their holders.`,
  Credentials_ClaimExpired: ([deadline]) =>
    `The claim expired at ${time(deadline)}: ask the creator for a new signature.`,
  Credentials_InvalidNonce: ([recipient, currentNonce]) =>
    `The claim for ${recipient} was already used or cancelled (the current nonce is ${currentNonce}): ask the creator for a new signature.`,
  Credentials_InvalidSignature: () => "The signature is not the creator's signature of this claim.",
  Credentials_InsufficientGas: ([signer, gasLimit]) =>
    `Too little gas to check the creator's smart-wallet signature (${signer} gets ${gasLimit} gas): send the transaction again with a higher gas limit.`,
  Credentials_NotTransferable: () =>
    "Credentials never move: they cannot be transferred or approved, only burned by their holder.",
};
