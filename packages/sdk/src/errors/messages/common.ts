import type {MessagesOf} from "./format.js";

/** The common contract's custom errors in words: what went wrong and what to do. */
export const commonMessages: MessagesOf<
  | "ERC20InsufficientBalance"
  | "ERC20InsufficientAllowance"
  | "ERC20InvalidSender"
  | "ERC20InvalidReceiver"
  | "ERC20InvalidApprover"
  | "ERC20InvalidSpender"
  | "SafeCastOverflowedUintDowncast"
  | "InvalidInitialization"
  | "NotInitializing"
  | "ReentrancyGuardReentrantCall"
  | "SafeERC20FailedOperation"
  | "InvalidShortString"
  | "StringTooLong"
> = {
  ERC20InsufficientBalance: ([sender, balance, needed]) =>
    `${sender} holds ${balance} but ${needed} are needed (base units of the token that reverted): get more tokens or lower the amount.`,
  ERC20InsufficientAllowance: ([spender, allowance, needed]) =>
    `${spender} may spend ${allowance} but needs ${needed} (base units): approve the spender for at least that amount first, or use a permit.`,
  ERC20InvalidSender: ([sender]) => `${sender} cannot send tokens: the zero address is not a sender.`,
  ERC20InvalidReceiver: ([receiver]) => `${receiver} cannot receive tokens: use a non-zero recipient.`,
  ERC20InvalidApprover: ([approver]) => `${approver} cannot approve: the zero address is not an owner.`,
  ERC20InvalidSpender: ([spender]) => `${spender} cannot be approved: use a non-zero spender.`,
  SafeCastOverflowedUintDowncast: ([bits, value]) => `${value} does not fit in ${bits} bits: lower the value.`,
  InvalidInitialization: () => "The contract is already initialized (or is an implementation, which never is).",
  NotInitializing: () => "This function can only run while the contract is being initialized.",
  ReentrancyGuardReentrantCall: () => "The call re-entered the contract, which is not allowed.",
  SafeERC20FailedOperation: ([token]) =>
    `A transfer of ${token} failed: check the balance and the allowance of the sender for that asset.`,
  InvalidShortString: () => "A string is too long for the EIP-712 domain.",
  StringTooLong: ([value]) => `The string "${value}" is too long for the EIP-712 domain.`,
};
