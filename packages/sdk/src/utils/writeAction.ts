import type {Abi, Account, Address, Chain, Client, Hash, Transport} from "viem";
import type {ContractTarget} from "../contracts.js";
import {contractAt} from "./boundContract.js";
import {
  senderAddress,
  type WriteFunctionArgs,
  type WriteFunctionName,
  type WriteParameters,
  writeProtocolContract,
} from "./contract.js";

/** The parameter names whose values are addresses: where the contract called can be. */
type AddressKey<parameters> = {
  [key in keyof parameters]-?: parameters[key] extends Address ? key : never;
}[keyof parameters] &
  string;

/**
 * One write action from its description: which parameter holds the contract's address, the contract's kind and ABI,
 * the function and how its arguments come from the parameters. The action checks the address, runs `validate`,
 * builds the arguments (with the sender, for a default recipient) and sends through {@link writeProtocolContract}:
 * arguments checked against the ABI, a call to the wrong contract named, a simulation before any gas is spent, a
 * revert decoded. `functionName` and `args` are typed from the ABI, so a renamed Solidity function breaks `tsc`.
 *
 * @example
 * export const cancelRequest = defineWriteAction<CancelRequestParameters>()({
 *   name: "cancelRequest", address: "escrow", target: timeEscrowTarget, abi: timeEscrowAbi,
 *   functionName: "cancel", args: ({requestId}) => [requestId],
 * })
 */
export function defineWriteAction<parameters extends WriteParameters>() {
  return <const abi extends Abi, functionName extends WriteFunctionName<abi>>(definition: {
    /** The action's name, in errors ("cancelRequest needs an account"). */
    name: string;
    /** The parameter that holds the contract's address, e.g. `"escrow"`. */
    address: AddressKey<parameters>;
    target: ContractTarget;
    abi: abi;
    functionName: functionName;
    args: (parameters: parameters, context: {sender: Address}) => WriteFunctionArgs<abi, functionName>;
    /** ETH sent with the call (payable functions). */
    value?: ((parameters: parameters) => bigint | undefined) | undefined;
    /** Checks the ABI cannot make (an amount of at least 1); throws a validation error. */
    validate?: ((parameters: parameters) => void) | undefined;
  }) =>
    async function write<chain extends Chain | undefined, account extends Account | undefined>(
      client: Client<Transport, chain, account>,
      parameters: parameters,
    ): Promise<Hash> {
      const {name, target, abi, functionName} = definition;
      const contract = contractAt(abi, target, parameters[definition.address] as Address, definition.address);
      definition.validate?.(parameters);
      const sender = senderAddress(client as Client, parameters.account, name);
      const args = definition.args(parameters, {sender});
      const value = definition.value?.(parameters);
      return writeProtocolContract(
        client,
        {...contract, functionName, args, value, account: parameters.account} as never,
        name,
      );
    };
}
