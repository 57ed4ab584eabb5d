import type {MessagesOf} from "./format.js";
import {time} from "./format.js";

/** The token contract's custom errors in words: what went wrong and what to do. */
export const tokenMessages: MessagesOf<
  | "PersonalToken_TransferToToken"
  | "PersonalToken_NotFactory"
  | "PersonalToken_AlreadyInitialized"
  | "PersonalToken_SupplyTooLarge"
  | "PersonalToken_NotSnapshotter"
  | "PersonalToken_UnknownSnapshot"
  | "PersonalToken_SnapshotNotFinal"
  | "ERC2612ExpiredSignature"
  | "ERC2612InvalidSigner"
  | "InvalidAccountNonce"
  | "ECDSAInvalidSignature"
  | "ECDSAInvalidSignatureLength"
  | "ECDSAInvalidSignatureS"
  | "OwnableUnauthorizedAccount"
  | "OwnableInvalidOwner"
> = {
  PersonalToken_TransferToToken: () =>
    "Tokens sent to the token contract itself could never move again: send them to another address.",
  PersonalToken_NotFactory: ([caller]) =>
    `${caller} cannot initialize a personal token: only the protocol's factory does, when it launches one.`,
  PersonalToken_AlreadyInitialized: () => "This personal token is already initialized: launch a new one instead.",
  PersonalToken_SupplyTooLarge: ([supply, max]) => `A supply of ${supply} exceeds the maximum ${max}: lower it.`,
  PersonalToken_NotSnapshotter: ([caller]) =>
    `${caller} cannot take a snapshot: only the token's own polls module does, when the creator creates a poll.`,
  PersonalToken_UnknownSnapshot: ([id, latest]) =>
    `Snapshot ${id} does not exist (the latest is ${latest}; 0 means none yet): ask for one from 1 to ${latest}.`,
  PersonalToken_SnapshotNotFinal: ([id, finalAt]) =>
    `Snapshot ${id} is not final until ${time(finalAt)} (balances can still change in its second): read it then.`,
  ERC2612ExpiredSignature: ([deadline]) =>
    `The permit expired at ${time(deadline)}: sign a new permit with a later deadline.`,
  ERC2612InvalidSigner: ([signer, owner]) =>
    `The permit was signed by ${signer}, not by the owner ${owner}: sign it with the account that holds the tokens.`,
  InvalidAccountNonce: ([account, nonce]) =>
    `The signature for ${account} uses a stale nonce (current: ${nonce}): sign again with the current nonce.`,
  ECDSAInvalidSignature: () => "The signature is invalid: sign again.",
  ECDSAInvalidSignatureLength: ([length]) => `The signature is ${length} bytes long, not 65: sign again.`,
  ECDSAInvalidSignatureS: ([s]) => `The signature has a malleable s value (${s}): sign again with a standard signer.`,
  OwnableUnauthorizedAccount: ([account]) =>
    `${account} is not the token's owner: only the creator (or whoever they transferred ownership to) can do this.`,
  OwnableInvalidOwner: ([owner]) => `${owner} cannot be the owner: use renounceOwnership to give up ownership instead.`,
};
