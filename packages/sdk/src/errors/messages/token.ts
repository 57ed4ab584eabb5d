import type {MessagesOf} from "./format.js";
import {time} from "./format.js";

/** The token contract's custom errors in words: what went wrong and what to do. */
export const tokenMessages: MessagesOf<
  | "PersonalToken_TransferToToken"
  | "ERC20ExceededSafeSupply"
  | "ERC2612ExpiredSignature"
  | "ERC2612InvalidSigner"
  | "InvalidAccountNonce"
  | "ECDSAInvalidSignature"
  | "ECDSAInvalidSignatureLength"
  | "ECDSAInvalidSignatureS"
  | "ERC5805FutureLookup"
  | "VotesExpiredSignature"
  | "CheckpointUnorderedInsertion"
  | "OwnableUnauthorizedAccount"
  | "OwnableInvalidOwner"
> = {
  PersonalToken_TransferToToken: () =>
    "Tokens sent to the token contract itself could never move again: send them to another address.",
  ERC20ExceededSafeSupply: ([supply, max]) =>
    `The supply ${supply} would exceed the maximum ${max} that votes can track.`,
  ERC2612ExpiredSignature: ([deadline]) =>
    `The permit expired at ${time(deadline)}: sign a new permit with a later deadline.`,
  ERC2612InvalidSigner: ([signer, owner]) =>
    `The permit was signed by ${signer}, not by the owner ${owner}: sign it with the account that holds the tokens.`,
  InvalidAccountNonce: ([account, nonce]) =>
    `The signature for ${account} uses a stale nonce (current: ${nonce}): sign again with the current nonce.`,
  ECDSAInvalidSignature: () => "The signature is invalid: sign again.",
  ECDSAInvalidSignatureLength: ([length]) => `The signature is ${length} bytes long, not 65: sign again.`,
  ECDSAInvalidSignatureS: ([s]) => `The signature has a malleable s value (${s}): sign again with a standard signer.`,
  ERC5805FutureLookup: ([timepoint, clock]) =>
    `Votes at ${time(timepoint)} are not known yet (now ${time(clock)}): ask for a past timestamp.`,
  VotesExpiredSignature: ([expiry]) => `The delegation signature expired at ${time(expiry)}: sign again.`,
  CheckpointUnorderedInsertion: () => "A vote checkpoint was written out of order (this should never happen).",
  OwnableUnauthorizedAccount: ([account]) =>
    `${account} is not the token's owner: only the creator (or whoever they transferred ownership to) can do this.`,
  OwnableInvalidOwner: ([owner]) => `${owner} cannot be the owner: use renounceOwnership to give up ownership instead.`,
};
