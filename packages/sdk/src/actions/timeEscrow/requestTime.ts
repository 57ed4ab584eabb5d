import {
  type Account,
  type Address,
  type Chain,
  type Client,
  type Hash,
  type Hex,
  keccak256,
  parseSignature,
  type SignTypedDataErrorType,
  type SimulateContractErrorType,
  stringToHex,
  type Transport,
  type WriteContractErrorType,
  zeroHash,
} from "viem";
import {getBlock, getEip712Domain, readContract, signTypedData} from "viem/actions";
import type {ContractRevertedErrorType} from "../../errors/contract.js";
import {InvalidParameterError, type ValidationErrorType} from "../../errors/validation.js";
import {personalTokenAbi, timeEscrowAbi} from "../../generated.js";
import type {TimeEscrowOffer} from "../../modules/timeEscrow.js";
import {readProtocolContract, senderAddress, type WriteParameters, writeProtocolContract} from "../../utils/contract.js";
import {assertAbiValue, assertAddress, assertAmount} from "../../utils/validate.js";

export type RequestTimeParameters = WriteParameters & {
  escrow: Address;
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
  /** The permit's deadline (unix seconds); defaults to one hour after the latest block. */
  permitDeadline?: bigint | undefined;
};
export type RequestTimeReturnType = Hash;
export type RequestTimeErrorType =
  | ValidationErrorType
  | ContractRevertedErrorType
  | SignTypedDataErrorType
  | SimulateContractErrorType
  | WriteContractErrorType;

const PERMIT_TYPES = {
  Permit: [
    {name: "owner", type: "address"},
    {name: "spender", type: "address"},
    {name: "value", type: "uint256"},
    {name: "nonce", type: "uint256"},
    {name: "deadline", type: "uint256"},
  ],
} as const;

/**
 * A holder books the creator's time: locks `units × pricePerUnit` tokens against an offer. By default it signs an
 * EIP-2612 permit for exactly that amount (domain read from the token's ERC-5267 `eip712Domain`) and sends
 * `requestWithPermit`. Read the new request's id with {@link getTimeRequestFromReceipt}.
 */
export async function requestTime<chain extends Chain | undefined, account extends Account | undefined>(
  client: Client<Transport, chain, account>,
  parameters: RequestTimeParameters,
): Promise<RequestTimeReturnType> {
  const {escrow, offerId, units, note, permit = true, account} = parameters;
  assertAddress(escrow, "escrow");
  assertAmount(offerId, "offerId");
  assertAbiValue({type: "uint32"}, units, "units");
  if (units === 0) throw new InvalidParameterError({field: "units", reason: "must be at least 1"});
  if (note !== undefined && parameters.noteHash !== undefined) {
    throw new InvalidParameterError({field: "note", reason: "and noteHash cannot both be given"});
  }
  if (parameters.permitDeadline !== undefined) assertAmount(parameters.permitDeadline, "permitDeadline");
  const noteHash = parameters.noteHash ?? (note === undefined ? zeroHash : keccak256(stringToHex(note)));
  const owner = senderAddress(client as Client, account, "requestTime");

  if (!permit) {
    return writeProtocolContract(
      client,
      {address: escrow, abi: timeEscrowAbi, functionName: "request", args: [offerId, units, noteHash], account},
      "requestTime",
    );
  }

  const read = <result>(functionName: string, args?: readonly unknown[]) =>
    readProtocolContract<result>(client, {address: escrow, abi: timeEscrowAbi, functionName, args});
  const [token, offer] = await Promise.all([read<Address>("token"), read<TimeEscrowOffer>("offer", [offerId])]);
  const [eip712, nonce, deadline] = await Promise.all([
    getEip712Domain(client as Client, {address: token}),
    readContract(client as Client, {address: token, abi: personalTokenAbi, functionName: "nonces", args: [owner]}),
    parameters.permitDeadline ?? getBlock(client as Client).then((block) => block.timestamp + 3_600n),
  ]);
  // ERC-5267: `fields` says which domain fields are used (OpenZeppelin: name, version, chainId, verifyingContract).
  const {fields, domain: d} = eip712;
  const has = (bit: number) => (Number.parseInt(fields, 16) & (1 << bit)) !== 0;
  const domain = {
    ...(has(0) ? {name: d.name} : {}),
    ...(has(1) ? {version: d.version} : {}),
    ...(has(2) ? {chainId: d.chainId} : {}),
    ...(has(3) ? {verifyingContract: d.verifyingContract} : {}),
    ...(has(4) ? {salt: d.salt} : {}),
  };
  const signature = await signTypedData(client as Client, {
    account: account ?? (client.account as Account),
    domain,
    types: PERMIT_TYPES,
    primaryType: "Permit",
    message: {owner, spender: escrow, value: offer.pricePerUnit * BigInt(units), nonce, deadline},
  });
  const {r, s, v, yParity} = parseSignature(signature);
  return writeProtocolContract(
    client,
    {
      address: escrow,
      abi: timeEscrowAbi,
      functionName: "requestWithPermit",
      args: [offerId, units, noteHash, deadline, Number(v ?? BigInt(yParity + 27)), r, s],
      account,
    },
    "requestTime",
  );
}
