import {type DecodeErrorResultReturnType, formatUnits} from "viem";
import type {ProtocolErrorAbiItem, ProtocolErrorName} from "./abi.js";

/** The decoded arguments of custom error `name`, typed from the ABI. */
export type ProtocolErrorArgs<name extends ProtocolErrorName> = Extract<
  DecodeErrorResultReturnType<readonly ProtocolErrorAbiItem[]>,
  {errorName: name}
>["args"];

type Messages = {[name in ProtocolErrorName]: (args: NonNullable<ProtocolErrorArgs<name>>) => string};

const SALE_STATUS = ["upcoming", "active", "succeeded", "failed"] as const;
const REQUEST_STATUS = [
  "None",
  "Requested",
  "Accepted",
  "Delivered",
  "Disputed",
  "Cancelled",
  "Declined",
  "Released",
  "Refunded",
  "Resolved",
] as const;

/** Personal-token amounts (18 decimals) as a person reads them. */
const tokens = (amount: bigint) => `${formatUnits(amount, 18)} tokens`;
/** A unix timestamp as an ISO date. */
const time = (seconds: bigint | number) => {
  const date = new Date(Number(seconds) * 1000);
  return Number.isNaN(date.getTime()) ? `unix time ${seconds}` : date.toISOString();
};
const days = (seconds: bigint | number) => `${Number(seconds) / 86_400} days`;
const LOAN_STATUS = ["funding", "failed (below the principal at the deadline)", "active", "repaid"] as const;

/**
 * A readable sentence for every custom error of the covered contracts: what went wrong and what to do. The keys are
 * checked against the generated ABIs by the type (a missing or unknown name does not compile) and by a test.
 */
export const errorMessages: Messages = {
  // PersonalTokenFactory
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

  // PersonalToken
  PersonalToken_TransferToToken: () =>
    "Tokens sent to the token contract itself could never move again: send them to another address.",
  PersonalToken_NotFactory: ([caller]) =>
    `${caller} cannot initialize a personal token: only the protocol's factory does, when it launches one.`,
  PersonalToken_AlreadyInitialized: () => "This personal token is already initialized: launch a new one instead.",
  PersonalToken_SupplyTooLarge: ([supply, max]) => `A supply of ${supply} exceeds the maximum ${max}: lower it.`,
  PersonalToken_NotSnapshotter: ([caller]) =>
    `${caller} cannot take a snapshot: only the token's own polls module does, when the creator creates a poll.`,
  PersonalToken_UnknownSnapshot: ([id, latest]) =>
    `Snapshot ${id} does not exist (the latest is ${latest}; 0 means none yet): ask for one from 1 to ${latest}.`,
  PersonalToken_SnapshotNotFinal: ([id, finalAt]) =>
    `Snapshot ${id} is not final until ${time(finalAt)} (balances can still change in its second): read it then.`,
  ERC20InsufficientBalance: ([sender, balance, needed]) =>
    `${sender} holds ${balance} but ${needed} are needed (base units of the token that reverted): get more tokens or lower the amount.`,
  ERC20InsufficientAllowance: ([spender, allowance, needed]) =>
    `${spender} may spend ${allowance} but needs ${needed} (base units): approve the spender for at least that amount first, or use a permit.`,
  ERC20InvalidSender: ([sender]) => `${sender} cannot send tokens: the zero address is not a sender.`,
  ERC20InvalidReceiver: ([receiver]) => `${receiver} cannot receive tokens: use a non-zero recipient.`,
  ERC20InvalidApprover: ([approver]) => `${approver} cannot approve: the zero address is not an owner.`,
  ERC20InvalidSpender: ([spender]) => `${spender} cannot be approved: use a non-zero spender.`,
  ERC2612ExpiredSignature: ([deadline]) =>
    `The permit expired at ${time(deadline)}: sign a new permit with a later deadline.`,
  ERC2612InvalidSigner: ([signer, owner]) =>
    `The permit was signed by ${signer}, not by the owner ${owner}: sign it with the account that holds the tokens.`,
  InvalidAccountNonce: ([account, nonce]) =>
    `The signature for ${account} uses a stale nonce (current: ${nonce}): sign again with the current nonce.`,
  ECDSAInvalidSignature: () => "The signature is invalid: sign again.",
  ECDSAInvalidSignatureLength: ([length]) => `The signature is ${length} bytes long, not 65: sign again.`,
  ECDSAInvalidSignatureS: ([s]) => `The signature has a malleable s value (${s}): sign again with a standard signer.`,
  SafeCastOverflowedUintDowncast: ([bits, value]) => `${value} does not fit in ${bits} bits: lower the value.`,
  OwnableUnauthorizedAccount: ([account]) =>
    `${account} is not the token's owner: only the creator (or whoever they transferred ownership to) can do this.`,
  OwnableInvalidOwner: ([owner]) => `${owner} cannot be the owner: use renounceOwnership to give up ownership instead.`,
  InvalidInitialization: () => "The contract is already initialized (or is an implementation, which never is).",
  NotInitializing: () => "This function can only run while the contract is being initialized.",

  // CreatorVesting
  CreatorVesting_NothingToRelease: () =>
    "Nothing has vested since the last release (the cliff may not have passed yet): try again later.",
  ReentrancyGuardReentrantCall: () => "The call re-entered the contract, which is not allowed.",
  SafeERC20FailedOperation: ([token]) =>
    `A transfer of ${token} failed: check the balance and the allowance of the sender for that asset.`,

  // IncomeShareSplitter
  IncomeShareSplitter_TokensOfferedOutOfRange: ([offered, max]) =>
    `The splitter would offer ${tokens(offered)}: give it between 1 unit and ${tokens(max)} to sell (the module's tokenAmount).`,
  IncomeShareSplitter_TokensNotReceived: ([offered, balance]) =>
    `The splitter holds ${tokens(balance)}, not the ${tokens(offered)} it offers: launch it through the factory, which funds it first.`,
  IncomeShareSplitter_PaymentAssetIsToken: ([asset]) =>
    `The sale cannot be paid in the personal token itself (${asset}): choose ETH (the zero address) or another ERC-20.`,
  IncomeShareSplitter_ZeroPrice: () => "The price per whole token is zero: set a positive price.",
  IncomeShareSplitter_ZeroSoftCap: () =>
    "The soft cap is zero: set the least number of tokens the sale must sell to succeed (at least 1 unit).",
  IncomeShareSplitter_SoftCapAboveOffered: ([softCap, offered]) =>
    `The soft cap (${tokens(softCap)}) is above the ${tokens(offered)} offered: lower it or offer more tokens.`,
  IncomeShareSplitter_EmptySaleWindow: ([start, end]) =>
    `The sale window ends (${time(end)}) no later than it starts (${time(start)}): make saleEnd later than saleStart.`,
  IncomeShareSplitter_SaleEndPassed: ([end, now]) =>
    `The sale would end at ${time(end)}, which is not after now (${time(now)}): choose a saleEnd in the future.`,
  IncomeShareSplitter_ShareBpsOutOfRange: ([bps, max]) =>
    `The income share is ${bps} basis points: choose between 1 and ${max} (100%).`,
  IncomeShareSplitter_TermStartsBeforeSaleEnd: ([termStart, saleEnd]) =>
    `The income term starts (${time(termStart)}) before the sale ends (${time(saleEnd)}): start the term at or after saleEnd.`,
  IncomeShareSplitter_EmptyTerm: ([start, end]) =>
    `The income term ends (${time(end)}) no later than it starts (${time(start)}): make termEnd later than termStart.`,
  IncomeShareSplitter_ZeroPeriodLength: () =>
    "The reporting period length is zero: choose a positive periodLength (e.g. 30 days).",
  IncomeShareSplitter_TooManyPeriods: ([periods, max]) =>
    `The term holds ${periods} reporting periods, more than the ${max} allowed: lengthen periodLength or shorten the term.`,
  IncomeShareSplitter_WrongSaleStatus: ([status]) =>
    `The sale is ${SALE_STATUS[status] ?? `in state ${status}`}, which does not allow this: check getSale().status first.`,
  IncomeShareSplitter_ZeroAmount: () => "The amount is zero: pass a positive amount.",
  IncomeShareSplitter_ZeroAddress: () => "The recipient is the zero address: pass a recipient.",
  IncomeShareSplitter_WrongPayment: ([expected, sent]) =>
    `The payment sent (${sent} wei) does not match what is due (${expected}): send exactly the cost in ETH, or no ETH when paying in an ERC-20.`,
  IncomeShareSplitter_PaymentShortfall: ([expected, received]) =>
    `Only ${received} of ${expected} arrived: fee-on-transfer tokens cannot be the sale currency.`,
  IncomeShareSplitter_InvalidAllowance: () =>
    "The allowlist signature is not valid for this buyer, chain and sale: ask the sale's allowlist signer for a new one.",
  IncomeShareSplitter_AllowanceExpired: ([deadline]) =>
    `The allowlist approval expired at ${time(deadline)}: ask the allowlist signer for a new one.`,
  IncomeShareSplitter_AllowanceRevoked: ([buyer, maxTokens, deadline]) =>
    `The creator revoked this allowlist approval (${buyer}, ${tokens(maxTokens)}, until ${time(deadline)}): ask the allowlist signer for a new one.`,
  IncomeShareSplitter_AllowanceExceeded: ([maxTokens, requested]) =>
    `The allowlist approval covers ${tokens(maxTokens)} in total but the purchase brings you to ${tokens(requested)}: buy less.`,
  IncomeShareSplitter_NothingToWithdraw: () => "There is nothing to refund, deliver or withdraw for this account.",
  IncomeShareSplitter_NotCreator: ([caller]) => `${caller} is not the creator: only the token's creator can do this.`,
  IncomeShareSplitter_UnknownPeriod: ([period, count]) =>
    `Period ${period} does not exist: the agreement has periods 0 to ${count - 1n}.`,
  IncomeShareSplitter_PeriodNotEnded: ([period, end]) =>
    `Period ${period} ends at ${time(end)}: report its income after it ended.`,
  IncomeShareSplitter_AlreadyReported: ([period]) => `Period ${period} is already reported: reports cannot be edited.`,
  IncomeShareSplitter_AssetNotAccepted: ([asset]) =>
    `${asset} is not a payout asset yet (or the list of 16 is full): only the creator can list a new asset, by paying income in it.`,
  IncomeShareSplitter_SharesNotTransferable: () =>
    "Claim shares of this agreement stay with the buyers: the terms do not allow transfers.",
  IncomeShareSplitter_InsufficientShares: ([held, requested]) =>
    `You hold ${held} claim shares, fewer than the ${requested} to transfer.`,
  IncomeShareSplitter_PaymentTooLarge: ([received, room]) =>
    `The payment of ${received} exceeds the ${room} this asset can still take: pay less.`,
  IncomeShareSplitter_ProceedsLocked: ([saleEnd]) =>
    `The buyers' payments stay in the sale until it closes at ${time(saleEnd)}: withdraw the proceeds after that.`,
  IncomeShareSplitter_ValueTooLarge: ([value, max]) =>
    `The declared value ${value} is above the ${max} any payment can be worth: declare what the payment is really worth.`,
  IncomeShareSplitter_EthTransferFailed: ([to, amount]) =>
    `Sending ${amount} wei to ${to} failed (the recipient refuses ETH): claim or refund to another address.`,
  InvalidShortString: () => "A string is too long for the EIP-712 domain.",
  StringTooLong: ([value]) => `The string "${value}" is too long for the EIP-712 domain.`,

  // TimeEscrow
  TimeEscrow_FundedAtLaunch: ([amount]) =>
    `The time escrow was given ${tokens(amount)} at launch: launch it with tokenAmount 0 (it only holds what requests lock).`,
  TimeEscrow_ConfirmationWindowOutOfRange: ([window, max]) =>
    `The confirmation window is ${window} s: choose between 1 s and ${max} s.`,
  TimeEscrow_DeliveryGraceOutOfRange: ([grace, max]) =>
    `The delivery grace is ${grace} s: choose between 1 s and ${max} s.`,
  TimeEscrow_ArbitrationTimeoutOutOfRange: ([timeout, max]) =>
    `The arbitration timeout is ${timeout} s: with an arbiter, choose between 1 s and ${max} s.`,
  TimeEscrow_CapacityPeriodOutOfRange: ([period, max]) =>
    `The capacity period is ${period} s: choose between 1 s and ${max} s.`,
  TimeEscrow_ZeroPricePerUnit: () => "The offer's price per unit is zero: set a positive pricePerUnit.",
  TimeEscrow_UnitLengthOutOfRange: ([length, max]) =>
    `The offer's unit length is ${length} s: choose between 1 s and ${max} s.`,
  TimeEscrow_ZeroCapacity: () => "The offer's capacity is zero: allow at least one unit per capacity period.",
  TimeEscrow_NotCreator: ([caller]) => `${caller} is not the creator: only the creator can do this.`,
  TimeEscrow_NotHolder: ([caller]) => `${caller} did not make this request: only its holder can do this.`,
  TimeEscrow_NotArbiter: ([caller]) => `${caller} is not the escrow's arbiter: only the arbiter resolves disputes.`,
  TimeEscrow_UnknownOffer: ([offerId]) => `Offer ${offerId} does not exist: list the offers with getOffers().`,
  TimeEscrow_OfferClosed: ([offerId]) => `Offer ${offerId} is closed to new requests.`,
  TimeEscrow_ZeroUnits: () => "Request at least one unit.",
  TimeEscrow_CapacityExceeded: ([offerId, available, requested]) =>
    `Offer ${offerId} has ${available} units left this capacity period, fewer than the ${requested} requested: request fewer units or wait for the next period.`,
  TimeEscrow_WrongStatus: ([requestId, status]) =>
    `Request ${requestId} is ${REQUEST_STATUS[status] ?? `in state ${status}`}, which does not allow this.`,
  TimeEscrow_InvalidSchedule: ([scheduledAt]) =>
    `The session cannot be scheduled at ${time(scheduledAt)}: pick a time from now to 365 days ahead.`,
  TimeEscrow_TooEarly: ([requestId, opensAt]) =>
    `Request ${requestId}: this is possible from ${time(opensAt)} on; try again then.`,
  TimeEscrow_TooLate: ([requestId, closedAt]) => `Request ${requestId}: this was possible until ${time(closedAt)}.`,
  TimeEscrow_ArbitrationClosed: ([requestId, closedAt]) =>
    `Request ${requestId}: arbitration closed at ${time(closedAt)}; the holder can now reclaim everything.`,
  TimeEscrow_NoArbiter: () => "This escrow has no arbiter, so deliveries cannot be disputed; the timeouts decide.",
  TimeEscrow_InvalidSplit: ([toCreator, amount]) =>
    `The creator's part (${tokens(toCreator)}) is more than the request locks (${tokens(amount)}).`,
  TimeEscrow_UnknownRequest: ([requestId]) => `Request ${requestId} does not exist.`,
  TimeEscrow_NoSurplus: ([asset]) => `The escrow holds no ${asset} beyond what open requests lock: nothing to recover.`,

  // StakingRewards
  StakingRewards_ZeroStakingToken: () =>
    "The staking token is the zero address: name the token stakers lock (e.g. an LP token).",
  StakingRewards_DurationOutOfRange: ([duration, max]) =>
    `The reward duration is ${duration} s: choose between 1 s and ${max} s (10 years).`,
  StakingRewards_FundedRewardNotToken: ([rewardToken, token]) =>
    `The campaign is funded at launch but pays rewards in ${rewardToken}: funding comes in the personal token (${token}), so leave rewardToken unset or fund it later with notifyRewardAmount.`,
  StakingRewards_FundingNotReceived: ([amount, balance]) =>
    `The campaign holds ${tokens(balance)}, not the ${tokens(amount)} it was funded with: launch it through the factory, which funds it first.`,
  StakingRewards_StartWithoutFunding: () =>
    "The campaign has no funding but startAtLaunch is set: give it a tokenAmount, or leave startAtLaunch off and start it later with notifyRewardAmount.",
  StakingRewards_NotCreator: ([caller]) => `${caller} is not the campaign's creator: only the creator can do this.`,
  StakingRewards_ZeroAmount: () => "The amount is zero (or nothing arrived): stake or withdraw a positive amount.",
  StakingRewards_InvalidAccount: ([account]) => `Cannot stake for ${account}: name a real account.`,
  StakingRewards_InsufficientStake: ([staked, requested]) =>
    `Only ${staked} is staked, less than the ${requested} requested: withdraw at most the stake.`,
  StakingRewards_NothingStaked: ([account]) => `${account} has nothing staked in this campaign.`,
  StakingRewards_StakeTooLarge: ([totalStaked, max]) =>
    `The stake would bring the total to ${totalStaked}, above the maximum ${max}: stake less.`,
  StakingRewards_RewardTooLarge: ([reserve, max]) =>
    `The rewards would total ${reserve}, above the maximum ${max} the campaign can hold: notify less.`,
  StakingRewards_ZeroRewardRate: () =>
    "There is nothing to stream (or too little for the duration): send or notify a positive reward amount first.",
  StakingRewards_NothingToRecover: ([asset]) =>
    `The campaign holds no ${asset} beyond stakes and owed or scheduled rewards: nothing to recover.`,

  // HolderPolls
  HolderPolls_FundedAtLaunch: ([amount]) =>
    `The polls module was given ${tokens(amount)} at launch: launch it with tokenAmount 0 (it holds no tokens).`,
  HolderPolls_UnexpectedData: ([length]) =>
    `The polls module was given ${length} bytes of data at launch: launch it with empty data (polls are created after launch).`,
  HolderPolls_NotCreator: ([caller]) => `${caller} is not the creator: only the creator can create or cancel polls.`,
  HolderPolls_EmptyQuestion: () => "The poll has no question: give it a question URI.",
  HolderPolls_InvalidOptionCount: ([count]) => `A poll needs 2 to 16 options, not ${count}.`,
  HolderPolls_EmptyOption: ([index]) => `Option ${index} is empty: give every option a label.`,
  HolderPolls_InvalidWindow: ([start, end]) =>
    `The voting window ${time(start)} to ${time(end)} is invalid: the end must be after the start and in the future, at most 365 days long, opening at most 365 days ahead.`,
  HolderPolls_NoSupplyAtSnapshot: ([snapshot]) =>
    `The token has no supply left to weigh votes with (snapshot ${snapshot}): every token was burned.`,
  HolderPolls_UnknownPoll: ([pollId]) => `Poll ${pollId} does not exist.`,
  HolderPolls_PollIsCancelled: ([pollId]) => `Poll ${pollId} was cancelled.`,
  HolderPolls_AlreadyFinalized: ([pollId]) => `Poll ${pollId} is already finalized.`,
  HolderPolls_TooEarly: ([pollId, opensAt]) => `Poll ${pollId} opens at ${time(opensAt)}: try again then.`,
  HolderPolls_TooLate: ([pollId, closedAt]) => `Poll ${pollId} closed at ${time(closedAt)}: voting is over.`,
  HolderPolls_InvalidOption: ([pollId, option, optionCount]) =>
    `Poll ${pollId} has ${optionCount} options (0 to ${BigInt(optionCount) - 1n}), not option ${option}.`,
  HolderPolls_NoVotingWeight: ([voter, snapshot]) =>
    `${voter} held no tokens at the poll's snapshot (snapshot ${snapshot}, the end of the creating second): only holders then can vote.`,
  HolderPolls_InvalidNonce: ([voter, currentNonce]) =>
    `The signed vote's nonce is stale (${voter}'s nonce is now ${currentNonce}): the voter voted since; sign again.`,
  HolderPolls_InvalidSignature: ([voter]) => `The signature is not ${voter}'s signature of this vote.`,
  HolderPolls_InsufficientGas: ([voter, gasLimit]) =>
    `Too little gas to check ${voter}'s smart-wallet signature (each check gets ${gasLimit} gas): send the transaction again with a higher gas limit.`,
  HolderPolls_LengthMismatch: ([votes, signatures]) =>
    `${votes} votes but ${signatures} signatures: give one signature per vote.`,
  HolderPolls_PollHasVotes: ([pollId, voterCount]) =>
    `Poll ${pollId} already has ${voterCount} voters: a poll with votes cannot be cancelled.`,
  // PersonalLoan
  PersonalLoan_FundedAtLaunch: ([amount]) =>
    `The loan was given ${tokens(amount)} at launch: launch it with tokenAmount 0 (it holds only the loan's asset).`,
  PersonalLoan_EmptyName: () => 'The claim token\'s name is empty: name the debt, e.g. "Peter Pan Loan 2026".',
  PersonalLoan_EmptySymbol: () => "The claim token's symbol is empty: give it a symbol such as PPL26.",
  PersonalLoan_PrincipalOutOfRange: ([principal, max]) =>
    `The principal ${principal} is out of range: lend between 1 and ${max} asset units.`,
  PersonalLoan_FundingDeadlineNotInFuture: ([deadline, timestamp]) =>
    `The funding deadline ${time(deadline)} is not after now (${time(timestamp)}): give lenders time to fund.`,
  PersonalLoan_GracePeriodTooLong: ([gracePeriod, max]) =>
    `The grace period is ${days(gracePeriod)}, more than the maximum of ${days(max)}: grace periods are in seconds — check the unit.`,
  PersonalLoan_InstallmentCountOutOfRange: ([count, max]) =>
    `The schedule has ${count} installments: a loan needs 1 to ${max}.`,
  PersonalLoan_ZeroInstallment: ([index]) => `Installment ${index} is for nothing: give it an amount or remove it.`,
  PersonalLoan_DueDateNotAfter: ([index, dueDate, previous]) =>
    `Installment ${index} is due ${time(dueDate)}, not after ${time(previous)} (the funding deadline or the previous installment): due dates must increase.`,
  PersonalLoan_OwedBelowPrincipal: ([owed, principal]) =>
    `The installments owe back ${owed}, less than the principal ${principal}: what is repaid must cover what is lent.`,
  PersonalLoan_OwedTooLarge: ([owed, max]) => `The installments owe back ${owed}, above the maximum ${max}.`,
  PersonalLoan_NotCreator: ([caller]) =>
    `${caller} is not the loan's creator: only the creator can take the principal.`,
  PersonalLoan_WrongStatus: ([status]) =>
    `The loan is ${LOAN_STATUS[status] ?? `in state ${status}`}, which does not allow this.`,
  PersonalLoan_ZeroAmount: () => "The amount is zero (or nothing arrived): send a positive amount.",
  PersonalLoan_ZeroAddress: () => "The recipient is the zero address: name a real account.",
  PersonalLoan_WrongPayment: ([expected, value]) =>
    `The transaction sent ${formatUnits(value, 18)} ETH but the call expects ${formatUnits(expected, 18)}: send exactly the amount for an ETH loan, and no ETH for an ERC-20 loan.`,
  PersonalLoan_FundingExceeded: ([received, remaining]) =>
    `The asset delivered ${received}, more than the ${remaining} the principal still lacked: this token is not supported.`,
  PersonalLoan_PrincipalAlreadyWithdrawn: () => "The principal was already withdrawn.",
  PersonalLoan_RepaymentExceedsDebt: ([amount, owed]) =>
    `The repayment of ${amount} is more than the ${owed} still owed: repay at most what is owed.`,
  PersonalLoan_NothingToClaim: ([account]) => `${account} has no repayment to claim yet.`,
  PersonalLoan_NothingToRefund: ([account]) => `${account} holds no claim tokens of this loan: nothing to refund.`,
  PersonalLoan_EthTransferFailed: ([to, amount]) =>
    `Sending ${formatUnits(amount, 18)} ETH to ${to} failed (it rejects ETH): choose another recipient.`,
  PersonalLoan_NothingToRecover: ([asset]) =>
    `The loan holds no ${asset} beyond what it owes lenders and claim holders: nothing to recover.`,
  PersonalLoan_UnknownInstallment: ([index, count]) =>
    `Installment ${index} does not exist: the loan has ${count} (0 to ${BigInt(count) - 1n}).`,
};
