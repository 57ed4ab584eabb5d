import type {Address, Chain, Client, Transport, WatchContractEventReturnType} from "viem";
import {watchContractEvent} from "viem/actions";
import {resolveFactory} from "../../deployments.js";
import type {ValidationErrorType} from "../../errors/validation.js";
import {personalTokenFactoryAbi} from "../../generated.js";
import {assertAddress} from "../../utils/validate.js";

export type WatchTokenLaunchedParameters = {
  /** Called with each launch, in block order. */
  onLaunched: (launch: {
    token: Address;
    creator: Address;
    vesting: Address | undefined;
    symbol: string;
    blockNumber: bigint | null;
  }) => void;
  /** Only launches by this creator. */
  creator?: Address | undefined;
  onError?: ((error: Error) => void) | undefined;
  /** Polling interval in ms (HTTP transports poll; WebSocket transports subscribe). */
  pollingInterval?: number | undefined;
  /** Override the factory (defaults to the registry's for the client's chain). */
  factory?: Address | undefined;
};

/** Stops watching. */
export type WatchTokenLaunchedReturnType = WatchContractEventReturnType;

export type WatchTokenLaunchedErrorType = ValidationErrorType;

/**
 * Watches the factory for new launches (`TokenLaunched`), optionally by one creator.
 *
 * @example
 * const unwatch = watchTokenLaunched(publicClient, {
 *   onLaunched: ({token, creator, symbol}) => console.log(`${symbol} launched by ${creator} at ${token}`),
 * })
 */
export function watchTokenLaunched<chain extends Chain | undefined>(
  client: Client<Transport, chain>,
  {onLaunched, creator, onError, pollingInterval, factory}: WatchTokenLaunchedParameters,
): WatchTokenLaunchedReturnType {
  if (creator !== undefined) assertAddress(creator, "creator");
  return watchContractEvent(client, {
    address: resolveFactory(client.chain?.id, factory),
    abi: personalTokenFactoryAbi,
    eventName: "TokenLaunched",
    ...(creator ? {args: {creator}} : {}),
    ...(onError ? {onError} : {}),
    ...(pollingInterval ? {pollingInterval} : {}),
    onLogs: (logs) => {
      for (const {args, blockNumber} of logs) {
        if (!args.token || !args.creator || !args.params) continue;
        onLaunched({
          token: args.token,
          creator: args.creator,
          vesting: !args.vesting || /^0x0{40}$/.test(args.vesting) ? undefined : args.vesting,
          symbol: args.params.symbol,
          blockNumber,
        });
      }
    },
  });
}
