import type {Address, Chain, Client, ReadContractErrorType, Transport} from "viem";
import type {ValidationErrorType} from "../../errors/validation.js";
import {factoryAt} from "../../utils/boundContract.js";
import {readProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

export type GetCreatorTokensParameters = {
  creator: Address;
  /** Override the factory (defaults to the registry's for the client's chain). */
  factory?: Address | undefined;
};

/** The tokens `creator` launched, oldest first. */
export type GetCreatorTokensReturnType = readonly Address[];

export type GetCreatorTokensErrorType = ValidationErrorType | ReadContractErrorType;

/**
 * Lists the tokens a creator launched through the factory (`tokensByCreator`).
 *
 * @example
 * const tokens = await getCreatorTokens(publicClient, {creator: alex})
 */
export async function getCreatorTokens<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {creator, factory: override}: GetCreatorTokensParameters,
): Promise<GetCreatorTokensReturnType> {
  assertAddress(creator, "creator");
  const factory = factoryAt(client.chain?.id, override);
  return readProtocolContract(client, {...factory, functionName: "tokensByCreator", args: [creator]});
}
