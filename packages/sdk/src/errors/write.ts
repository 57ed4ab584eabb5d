import type {SimulateContractErrorType, WriteContractErrorType} from "viem";
import type {ContractRevertedErrorType} from "./contract.js";
import type {ValidationErrorType} from "./validation.js";

/**
 * What every write action can throw: a bad input, before any RPC ({@link ValidationErrorType}); a revert decoded from
 * the contract's custom error, in the simulation or the gas estimate ({@link ContractRevertedErrorType}); or viem's
 * own simulation and send errors (no account, RPC failures, a rejected signature). Each action's `<Action>ErrorType` is
 * this type, with `SignTypedDataErrorType` added where the action signs a permit.
 */
export type WriteActionErrorType =
  | ValidationErrorType
  | ContractRevertedErrorType
  | SimulateContractErrorType
  | WriteContractErrorType;
