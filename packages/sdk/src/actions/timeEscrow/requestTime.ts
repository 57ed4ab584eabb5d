import type {Account, Chain, Client, Hash, Hex, SignTypedDataErrorType, Transport} from "viem";
import {keccak256, stringToHex, zeroHash} from "viem";
import {InvalidParameterError} from "../../errors/validation.js";
import type {WriteActionErrorType} from "../../errors/write.js";
import {readNamed, senderOf, writeProtocolContract} from "../../utils/contract.js";
import {type PermitDeadlineParameters, signPermit} from "../../utils/permit.js";
import {assertAbiValue, assertAmount} from "../../utils/validate.js";
import {type EscrowParameters, escrowContract} from "./escrowContract.js";

export type RequestTimeParameters = EscrowParameters &
  PermitDeadlineParameters & {
    offerId: bigint;
    /** Units of the offer (e.g. hours); locks `units × pricePerUnit` tokens. */
    units: number;
    /** A short note for the creator; only its keccak256 goes on-chain (keep the text off-chain). */
    note?: string | undefined;
    /** Or the note's hash directly. */
    noteHash?: Hex | undefined;
    /**
     * Sign an EIP-2612 permit with the wallet and send `requestWithPermit`: one transaction, no approval (default).
     * With `false`, `request` is sent and the escrow must already be approved ({@link approveToken}).
     */
    permit?: boolean | undefined;
  };
export type RequestTimeReturnType = Hash;
export type RequestTimeErrorType = WriteActionErrorType | SignTypedDataErrorType;

/**
 * A holder books the creator's time: locks `units × pricePerUnit` tokens against an offer. By default it signs an
 * EIP-2612 permit for exactly that amount (domain read from the token's ERC-5267 `eip712Domain`) and sends
 * `requestWithPermit`. Read the new request's id with {@link getTimeRequestFromReceipt}.
 *
 * @example
 * const hash = await requestTime(walletClient, {escrow, offerId: 0n, units: 2, note: "Portfolio review"})
 * const {requestId} = getTimeRequestFromReceipt(await publicClient.waitForTransactionReceipt({hash}))
 */
export async function requestTime<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  parameters: RequestTimeParameters,
): Promise<RequestTimeReturnType> {
  const {offerId, units, note, permit = true, account} = parameters;
  const escrow = escrowContract.at(parameters.escrow);
  assertAmount(offerId, "offerId");
  assertAbiValue({type: "uint32"}, units, "units");
  if (units === 0) throw new InvalidParameterError({field: "units", reason: "must be at least 1"});
  if (note !== undefined && parameters.noteHash !== undefined) {
    throw new InvalidParameterError({field: "note", reason: "and noteHash cannot both be given"});
  }
  if (parameters.permitDeadline !== undefined) assertAmount(parameters.permitDeadline, "permitDeadline");
  const noteHash = parameters.noteHash ?? (note === undefined ? zeroHash : keccak256(stringToHex(note)));
  const sender = senderOf(client as Client, account, "requestTime");
  if (!permit) {
    return writeProtocolContract(
      client,
      {...escrow, functionName: "request", args: [offerId, units, noteHash], account},
      "requestTime",
    );
  }
  const {token, offer} = await readNamed(client, escrow, {token: ["token"], offer: ["offer", [offerId]]});
  const amount = offer.pricePerUnit * BigInt(units);
  const {deadline, v, r, s} = await signPermit(client as Client, {
    token,
    spender: escrow.address,
    amount,
    sender,
    deadline: parameters.permitDeadline,
  });
  return writeProtocolContract(
    client,
    {...escrow, functionName: "requestWithPermit", args: [offerId, units, noteHash, deadline, v, r, s], account},
    "requestTime",
  );
}
