import {
  type Address,
  type Chain,
  type Client,
  erc20Abi,
  type Hex,
  type ReadContractErrorType,
  type Transport,
} from "viem";
import {getChainId, readContract, verifyMessage} from "viem/actions";
import {parseSiweMessage, type SiweMessage, validateSiweMessage} from "viem/siwe";
import {InvalidParameterError, type ValidationErrorType} from "../../errors/validation.js";
import {iCredentialsAbi} from "../../generated.js";
import {assertAddress, assertAmount} from "../../utils/validate.js";

export type VerifyHolderSignInParameters = {
  /** The EIP-4361 (Sign-In with Ethereum) message the wallet signed, as text. */
  message: string;
  /** The wallet's `personal_sign` signature: ECDSA for an EOA, anything its contract accepts for an ERC-1271 wallet, or ERC-6492-wrapped for one not deployed yet. */
  signature: Hex;
  /** The personal token (or any ERC-20) whose holders may sign in; omit to gate on a credential only. */
  token?: Address | undefined;
  /** With `token`: the smallest balance that lets an account in, in base units (e.g. `parseEther("1")`). */
  minBalance?: bigint | undefined;
  /**
   * Require a credential of a class (`Credentials` module), instead of a balance (no `token`) or beside it (both must
   * hold). At least one of `token` and `credential` is required.
   */
  credential?: HolderSignInCredentialRequirement | undefined;
  /** Read the balance and the credential at this block (a snapshot); defaults to the latest block. */
  blockNumber?: bigint | undefined;
  /** The server's own domain (host[:port]); the message must name exactly it. Always pass it in production. */
  domain?: string | undefined;
  /** The nonce the server issued for this sign-in; the message must carry exactly it. Always pass it in production. */
  nonce?: string | undefined;
  /** "Now" for `expirationTime` / `notBefore`; defaults to the current time. */
  time?: Date | undefined;
};

/** The credential {@link verifyHolderSignIn} can require. */
export type HolderSignInCredentialRequirement = {
  /** The token's credentials module (`Credentials`). */
  credentials: Address;
  classId: bigint;
  /** Refuse an expired credential (default true); false admits any credential of the class ever issued and still held. */
  unexpiredOnly?: boolean | undefined;
};

export type HolderSignInFailureReason =
  | "invalid-message"
  | "invalid-signature"
  | "expired"
  | "not-yet-valid"
  | "domain-mismatch"
  | "nonce-mismatch"
  | "chain-mismatch"
  | "insufficient-balance"
  | "missing-credential"
  | "expired-credential";

export type VerifyHolderSignInReturnType =
  | {
      ok: true;
      /** The signed-in account (an EOA or a smart wallet). */
      address: Address;
      /** Its token balance (at `blockNumber` if given); undefined when gated on a credential only. */
      balance: bigint | undefined;
      /** With `credential`: the credential that let it in (its token id, and its expiry: cap the session at it). */
      credential?: {classId: bigint; tokenId: bigint; expiresAt: bigint} | undefined;
      chainId: number;
      domain: string;
      nonce: string;
      /** Until when the message is valid, if it says (cap the session at it). */
      expirationTime: Date | undefined;
      /** The parsed message. */
      siwe: SiweMessage;
    }
  | {
      ok: false;
      reason: HolderSignInFailureReason;
      /** What is wrong, in words (safe to show the user). */
      detail: string;
      /** The account the message claims (undefined when the message does not parse). */
      address?: Address | undefined;
      /** With `insufficient-balance`: the balance found. */
      balance?: bigint | undefined;
      /** With `expired-credential`: when it expired (unix seconds). */
      expiresAt?: bigint | undefined;
    };

export type VerifyHolderSignInErrorType = ValidationErrorType | ReadContractErrorType;

/**
 * Token-gated sign-in: checks a Sign-In with Ethereum message (viem's `parseSiweMessage` / `validateSiweMessage`), its
 * signature (`verifyMessage`: EOAs, ERC-1271 smart wallets and ERC-6492 counterfactual ones) and the signer's token
 * balance, or a credential the creator gave them (`credential`: held, and by default unexpired), or both. Every refusal is a result (`ok: false` with a `reason`), not an exception; exceptions are left for bad
 * parameters and RPC failures.
 *
 * The checks, in order: the message parses and has every EIP-4361 field; `domain` matches; `nonce` matches; its chain is
 * the client's; `time` is before `expirationTime` and not before `notBefore`; the signature is the account's; the
 * balance is at least `minBalance`; the account holds the credential (unexpired at the block read, unless
 * `unexpiredOnly: false`). The nonce must be one the server issued, stored and now marks used (single use):
 * this function compares, the server remembers — see the README's "Token-gated access".
 *
 * @example
 * const result = await verifyHolderSignIn(publicClient, {message, signature, token, minBalance: parseEther("1"), domain: "chat.alex.xyz", nonce})
 * if (!result.ok) return reply(result.reason === "insufficient-balance" ? 403 : 401, result.detail)
 * // Early believers only (credential class 0), whatever they hold:
 * await verifyHolderSignIn(publicClient, {message, signature, credential: {credentials, classId: 0n}, domain, nonce})
 */
export async function verifyHolderSignIn<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  parameters: VerifyHolderSignInParameters,
): Promise<VerifyHolderSignInReturnType> {
  const {message, signature, token, minBalance, credential, blockNumber, domain, nonce, time = new Date()} = parameters;
  if (typeof message !== "string")
    throw new InvalidParameterError({field: "message", reason: "must be the SIWE message text"});
  if (typeof signature !== "string" || !/^0x([0-9a-fA-F]{2})*$/.test(signature)) {
    throw new InvalidParameterError({field: "signature", reason: "must be 0x-prefixed hex bytes"});
  }
  if (token === undefined && credential === undefined) {
    throw new InvalidParameterError({field: "token", reason: "give a token (with minBalance), a credential, or both"});
  }
  if (token !== undefined) {
    assertAddress(token, "token");
    assertAmount(minBalance, "minBalance");
  } else if (minBalance !== undefined) {
    throw new InvalidParameterError({field: "minBalance", reason: "needs a token"});
  }
  if (credential !== undefined) {
    if (typeof credential !== "object" || credential === null) {
      throw new InvalidParameterError({field: "credential", reason: "must be {credentials, classId, unexpiredOnly?}"});
    }
    assertAddress(credential.credentials, "credential.credentials");
    assertAmount(credential.classId, "credential.classId");
    if (credential.unexpiredOnly !== undefined && typeof credential.unexpiredOnly !== "boolean") {
      throw new InvalidParameterError({field: "credential.unexpiredOnly", reason: "must be true or false"});
    }
  }
  if (blockNumber !== undefined) assertAmount(blockNumber, "blockNumber");
  if (!(time instanceof Date) || Number.isNaN(time.getTime()))
    throw new InvalidParameterError({field: "time", reason: "must be a valid Date"});

  const fail = (
    reason: HolderSignInFailureReason,
    detail: string,
    extra: {address?: Address; balance?: bigint; expiresAt?: bigint} = {},
  ) => ({ok: false, reason, detail, ...extra}) as const;

  let siwe: ReturnType<typeof parseSiweMessage>;
  try {
    siwe = parseSiweMessage(message);
  } catch {
    return fail("invalid-message", "The message is not a Sign-In with Ethereum (EIP-4361) message.");
  }
  const missing = (["domain", "address", "uri", "version", "chainId", "nonce", "issuedAt"] as const).filter(
    (field) => siwe[field] === undefined,
  );
  // The three checks after `missing` are implied by it; they let TypeScript see the fields used below are set.
  if (missing.length > 0 || siwe.address === undefined || siwe.domain === undefined || siwe.nonce === undefined) {
    return fail(
      "invalid-message",
      `The message is not a complete Sign-In with Ethereum message (missing ${missing.join(", ")}).`,
    );
  }
  const address = siwe.address;
  if (domain !== undefined && siwe.domain !== domain) {
    return fail("domain-mismatch", `The message is for ${siwe.domain}, not ${domain}: sign in from this site.`, {
      address,
    });
  }
  if (nonce !== undefined && siwe.nonce !== nonce) {
    return fail(
      "nonce-mismatch",
      "The message's nonce is not the one this server issued: request a new nonce and sign again.",
      {address},
    );
  }
  const chainId = client.chain?.id ?? (await getChainId(client as Client));
  if (siwe.chainId !== chainId) {
    return fail(
      "chain-mismatch",
      `The message is for chain ${siwe.chainId}, but balances are read on chain ${chainId}.`,
      {address},
    );
  }
  if (siwe.expirationTime && !Number.isNaN(siwe.expirationTime.getTime()) && time >= siwe.expirationTime) {
    return fail("expired", `The message expired at ${siwe.expirationTime.toISOString()}: sign a new one.`, {address});
  }
  if (siwe.notBefore && !Number.isNaN(siwe.notBefore.getTime()) && time < siwe.notBefore) {
    return fail("not-yet-valid", `The message is valid from ${siwe.notBefore.toISOString()} only.`, {address});
  }
  // Everything else EIP-4361 requires (version 1, nonce format, valid dates, a valid address), by viem's own check.
  if (!validateSiweMessage({message: siwe, domain, nonce, time})) {
    return fail("invalid-message", "The message does not satisfy EIP-4361 (version, nonce format, dates or address).", {
      address,
    });
  }

  let valid = false;
  try {
    valid = await verifyMessage(client as Client, {address, message, signature});
  } catch {
    valid = false;
  }
  if (!valid)
    return fail("invalid-signature", `The signature is not ${address}'s signature of this message.`, {address});

  const at = blockNumber === undefined ? {} : {blockNumber};
  let balance: bigint | undefined;
  if (token !== undefined) {
    const required = minBalance as bigint; // checked with token above
    balance = await readContract(client as Client, {
      address: token,
      abi: erc20Abi,
      functionName: "balanceOf",
      args: [address],
      ...at,
    });
    if (balance < required) {
      return fail(
        "insufficient-balance",
        `${address} holds ${balance} of the token, less than the ${required} required.`,
        {address, balance},
      );
    }
  }
  let held: {classId: bigint; tokenId: bigint; expiresAt: bigint} | undefined;
  if (credential !== undefined) {
    const {credentials, classId, unexpiredOnly = true} = credential;
    // hasCredential answers false for an unknown class where credentialOf reverts: read it first.
    const has = await readContract(client as Client, {
      address: credentials,
      abi: iCredentialsAbi,
      functionName: "hasCredential",
      args: [address, classId, false],
      ...at,
    });
    if (!has) {
      return fail("missing-credential", `${address} holds no credential of class ${classId}.`, {address});
    }
    const c = await readContract(client as Client, {
      address: credentials,
      abi: iCredentialsAbi,
      functionName: "credentialOf",
      args: [address, classId],
      ...at,
    });
    if (unexpiredOnly && !c.valid) {
      return fail(
        "expired-credential",
        `${address}'s credential of class ${classId} expired at ${new Date(Number(c.expiresAt) * 1000).toISOString()}.`,
        {address, expiresAt: c.expiresAt},
      );
    }
    held = {classId, tokenId: c.tokenId, expiresAt: c.expiresAt};
  }
  return {
    ok: true,
    address,
    balance,
    ...(held === undefined ? {} : {credential: held}),
    chainId,
    domain: siwe.domain,
    nonce: siwe.nonce,
    expirationTime: siwe.expirationTime,
    siwe: siwe as SiweMessage,
  };
}
