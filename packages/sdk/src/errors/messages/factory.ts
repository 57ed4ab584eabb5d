import type {ProtocolErrorName} from "../abi.js";
import type {MessagesOf} from "./format.js";
import {days, tokens} from "./format.js";

/** The factory contract's custom errors in words: what went wrong and what to do. */
export const factoryMessages: MessagesOf<
  Extract<ProtocolErrorName, `PersonalTokenFactory_${string}`> | "FailedDeployment" | "InsufficientBalance"
> = {
  PersonalTokenFactory_EmptyName: () => "The token name is empty: give the token a name.",
  PersonalTokenFactory_EmptySymbol: () => "The token symbol is empty: give the token a symbol such as ALEX.",
  PersonalTokenFactory_ZeroSupply: () => "The total supply is zero: a token needs a positive supply.",
  PersonalTokenFactory_SupplyTooLarge: ([supply, max]) =>
    `The total supply ${supply} is above the maximum ${max} (vote checkpoints hold 208 bits): lower it.`,
  PersonalTokenFactory_ZeroRecipient: ([index]) =>
    `Allocation ${index} has no recipient (the zero address): set a recipient or remove the line.`,
  PersonalTokenFactory_InvalidRecipient: ([index, recipient]) =>
    `Allocation ${index} sends tokens to ${recipient}, where they could never move again (the token, the factory or an unused vesting address): send them to a person or a contract that can move them.`,
  PersonalTokenFactory_ZeroAmount: ([index]) => `Allocation ${index} has a zero amount: remove it or give it tokens.`,
  PersonalTokenFactory_AllocationMismatch: ([allocated, supply]) =>
    `Allocations, vesting and modules add up to ${tokens(allocated)}, not the total supply of ${tokens(supply)}: make them add up exactly.`,
  PersonalTokenFactory_AllocationsExceedSupply: ([index, supply]) =>
    `Allocation ${index} takes the running total past the total supply of ${tokens(supply)}: lower the allocations or raise the supply.`,
  PersonalTokenFactory_InvalidVesting: ([amount, cliff, duration]) =>
    `The vesting schedule is inconsistent (amount ${tokens(amount)}, cliff ${cliff} s, duration ${duration} s): a vested amount needs a duration, the cliff must not be after the end, and a schedule needs an amount.`,
  PersonalTokenFactory_VestingTooLong: ([duration, max]) =>
    `The vesting lasts ${days(duration)}, more than the maximum of ${days(max)}: durations are in seconds — check the unit.`,
  PersonalTokenFactory_InvalidModule: ([index]) =>
    `Module ${index} names an implementation without code: use the implementation address from the deployments registry for this chain.`,
  PersonalTokenFactory_ModulesExceedSupply: ([index, supply]) =>
    `Module ${index} takes the tokens given to modules past the total supply of ${tokens(supply)}: lower the module amounts.`,
  PersonalTokenFactory_UnknownToken: ([token]) =>
    `${token} was not launched by this factory: add modules only to tokens launched here.`,
  PersonalTokenFactory_NotCreator: ([token, caller]) =>
    `${caller} did not launch ${token}: only the account that launched a token can add modules to it.`,
  PersonalTokenFactory_SaltAlreadyUsed: ([creator, salt, token]) =>
    `${creator} already launched ${token} with salt ${salt}: pick another salt for a new token.`,
  FailedDeployment: () =>
    "The factory could not deploy the clone: the address is taken or the implementation is wrong.",
  InsufficientBalance: ([balance, needed]) =>
    `The factory holds ${balance} wei but the deployment needs ${needed}: send no ETH with a launch.`,
};
