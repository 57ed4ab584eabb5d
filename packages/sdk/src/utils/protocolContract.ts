import type {Abi, Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {ContractTarget} from "../contracts.js";
import {type BoundContract, contractAt} from "./boundContract.js";
import {
  senderAddress,
  type WriteFunctionArgs,
  type WriteFunctionName,
  type WriteParameters,
  writeProtocolContract,
} from "./contract.js";

/**
 * One write action as {@link ProtocolContract.write} takes it: the function, and its arguments from the parameters
 * (none for a function without inputs).
 */
export type WriteActionDefinition<parameters, abi extends Abi, functionName extends WriteFunctionName<abi>> = {
  /** The action's name, in errors ("cancelRequest needs an account"). */
  name: string;
  functionName: functionName;
  /** ETH sent with the call (payable functions). */
  value?: ((parameters: parameters) => bigint | undefined) | undefined;
  /** Checks the ABI cannot make (an amount of at least 1); throws a validation error. */
  validate?: ((parameters: parameters) => void) | undefined;
} & (WriteFunctionArgs<abi, functionName> extends readonly []
  ? {args?: undefined}
  : {args: (parameters: parameters, context: {sender: Address}) => WriteFunctionArgs<abi, functionName>});

/**
 * A kind of protocol contract as the actions take it: `key` is the parameter that holds its address (`"escrow"`), and
 * the ABI and target say what is expected there. Each module's folder defines one (`escrowContract`) beside the
 * parameters all its writes share.
 */
export type ProtocolContract<abi extends Abi, key extends string> = {
  /** The contract at `address`, checked first (an `InvalidAddressError` named `key` if it is not an address). */
  at(address: Address): BoundContract<abi>;
  /**
   * A write action from its definition. The action checks the address, runs `validate`, builds the arguments (with
   * the sender, for a default recipient) and sends through {@link writeProtocolContract}: the arguments checked
   * against the ABI by name (so a parameter named as the Solidity input needs no check of its own), a call to the
   * wrong contract named, a simulation before any gas is spent, a revert decoded. `functionName` and `args` are typed
   * from the ABI, so a renamed Solidity function breaks `tsc`.
   */
  write<parameters extends WriteParameters & {readonly [k in key]: Address}>(): <
    functionName extends WriteFunctionName<abi>,
  >(
    definition: WriteActionDefinition<parameters, abi, functionName>,
  ) => <chain extends Chain | undefined, account extends Account | undefined>(
    client: Client<Transport, chain, account>,
    parameters: parameters,
  ) => Promise<Hash>;
};

/**
 * Describes a kind of protocol contract once, for all the actions that call it.
 *
 * @example
 * export const escrowContract = defineProtocolContract("escrow", timeEscrowAbi, timeEscrowTarget)
 * export const cancelRequest = escrowContract.write<CancelRequestParameters>()({
 *   name: "cancelRequest", functionName: "cancel", args: ({requestId}) => [requestId],
 * })
 * const escrow = escrowContract.at(parameters.escrow) // for reads: {address, abi, target}
 */
export function defineProtocolContract<const abi extends Abi, const key extends string>(
  key: key,
  abi: abi,
  target: ContractTarget,
): ProtocolContract<abi, key> {
  const at = (address: Address) => contractAt(abi, target, address, key);
  return {
    at,
    write: () => (definition) =>
      async function write(client, parameters) {
        const {name, functionName} = definition;
        const contract = at(parameters[key]);
        definition.validate?.(parameters);
        const sender = senderAddress(client as Client, parameters.account, name);
        const args = definition.args?.(parameters, {sender}) ?? [];
        const value = definition.value?.(parameters);
        return writeProtocolContract(
          client,
          {...contract, functionName, args, value, account: parameters.account} as never,
          name,
        );
      },
  };
}
