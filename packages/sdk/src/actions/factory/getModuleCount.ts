import type {Address, Chain, Client, ReadContractErrorType, Transport} from "viem";
import type {ValidationErrorType} from "../../errors/validation.js";
import {factoryAt} from "../../utils/boundContract.js";
import {readProtocolContract} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

export type GetModuleCountParameters = {
  token: Address;
  /** Override the factory (defaults to the registry's for the client's chain). */
  factory?: Address | undefined;
};
/** How many modules the token has: the index the next {@link launchModule} gets. */
export type GetModuleCountReturnType = bigint;
export type GetModuleCountErrorType = ValidationErrorType | ReadContractErrorType;

/**
 * The token's module count (`moduleCountOf`): modules launched with it plus those added later.
 *
 * @example
 * const index = await getModuleCount(publicClient, {token}) // the next module's index
 */
export async function getModuleCount<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {token, factory: override}: GetModuleCountParameters,
): Promise<GetModuleCountReturnType> {
  assertAddress(token, "token");
  const factory = factoryAt(client.chain?.id, override);
  return readProtocolContract(client, {...factory, functionName: "moduleCountOf", args: [token]});
}
