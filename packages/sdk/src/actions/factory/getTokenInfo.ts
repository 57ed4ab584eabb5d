import type {Address, Chain, Client, MulticallErrorType, ReadContractErrorType, Transport} from "viem";
import {tokenTarget} from "../../contracts.js";
import type {ContractRevertedErrorType} from "../../errors/contract.js";
import type {ValidationErrorType} from "../../errors/validation.js";
import {personalTokenAbi} from "../../generated.js";
import {factoryAt} from "../../utils/boundContract.js";
import {multicallProtocolContracts} from "../../utils/contract.js";
import {assertAddress} from "../../utils/validate.js";

export type GetTokenInfoParameters = {
  token: Address;
  /** Override the factory (defaults to the registry's for the client's chain). */
  factory?: Address | undefined;
};

export type GetTokenInfoReturnType = {
  address: Address;
  name: string;
  symbol: string;
  decimals: number;
  totalSupply: bigint;
  /** ERC-7572 profile URI. */
  contractURI: string;
  /** The token's owner (the creator until they transfer or renounce ownership). */
  owner: Address;
  /** Whether the factory launched it — only then does it run the audited implementation. */
  isLaunched: boolean;
  /** Who launched it, when (unix seconds), and the creator's vesting wallet (undefined without vesting). */
  creator: Address;
  launchedAt: bigint;
  vesting: Address | undefined;
};

export type GetTokenInfoErrorType =
  | ValidationErrorType
  | ContractRevertedErrorType
  | ReadContractErrorType
  | MulticallErrorType;

/**
 * Reads a personal token and its launch record (creator, launch time, vesting wallet) from the factory registry.
 *
 * @example
 * const {name, symbol, totalSupply, isLaunched, vesting} = await getTokenInfo(publicClient, {token})
 */
export async function getTokenInfo<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {token, factory: factoryOverride}: GetTokenInfoParameters,
): Promise<GetTokenInfoReturnType> {
  assertAddress(token, "token");
  const personalTokenFactory = factoryAt(client.chain?.id, factoryOverride);
  const personalToken = {address: token, abi: personalTokenAbi, target: tokenTarget} as const;
  const [name, symbol, decimals, totalSupply, contractURI, owner, isLaunched, launch] =
    await multicallProtocolContracts(client, [
      {...personalToken, functionName: "name"},
      {...personalToken, functionName: "symbol"},
      {...personalToken, functionName: "decimals"},
      {...personalToken, functionName: "totalSupply"},
      {...personalToken, functionName: "contractURI"},
      {...personalToken, functionName: "owner"},
      {...personalTokenFactory, functionName: "isLaunched", args: [token]},
      {...personalTokenFactory, functionName: "launchOf", args: [token]},
    ]);
  return {
    address: token,
    name,
    symbol,
    decimals,
    totalSupply,
    contractURI,
    owner,
    isLaunched,
    creator: launch.creator,
    launchedAt: launch.launchedAt,
    vesting: /^0x0{40}$/.test(launch.vesting) ? undefined : launch.vesting,
  };
}
