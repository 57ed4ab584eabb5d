// @personal-token/sdk: viem actions for the Personal Token Protocol. Every action takes a viem client first.

// Actions: credentials
export {
  type BurnCredentialErrorType,
  type BurnCredentialParameters,
  type BurnCredentialReturnType,
  burnCredential,
} from "./actions/credentials/burnCredential.js";
export {
  type CancelCredentialClaimErrorType,
  type CancelCredentialClaimParameters,
  type CancelCredentialClaimReturnType,
  cancelCredentialClaim,
} from "./actions/credentials/cancelCredentialClaim.js";
export {
  type ClaimCredentialErrorType,
  type ClaimCredentialParameters,
  type ClaimCredentialReturnType,
  claimCredential,
} from "./actions/credentials/claimCredential.js";
export {
  type CreateCredentialClassErrorType,
  type CreateCredentialClassParameters,
  type CreateCredentialClassReturnType,
  createCredentialClass,
} from "./actions/credentials/createCredentialClass.js";
export {
  type GetCredentialErrorType,
  type GetCredentialParameters,
  type GetCredentialReturnType,
  getCredential,
} from "./actions/credentials/getCredential.js";
export {
  type GetCredentialClassErrorType,
  type GetCredentialClassParameters,
  type GetCredentialClassReturnType,
  getCredentialClass,
} from "./actions/credentials/getCredentialClass.js";
export {
  type IssueCredentialsErrorType,
  type IssueCredentialsParameters,
  type IssueCredentialsReturnType,
  issueCredentials,
} from "./actions/credentials/issueCredentials.js";
export {
  type RevokeCredentialErrorType,
  type RevokeCredentialParameters,
  type RevokeCredentialReturnType,
  revokeCredential,
} from "./actions/credentials/revokeCredential.js";
export {
  type CredentialClaim,
  credentialClaimTypes,
  type SignCredentialClaimErrorType,
  type SignCredentialClaimParameters,
  type SignCredentialClaimReturnType,
  type SignedCredentialClaim,
  signCredentialClaim,
} from "./actions/credentials/signCredentialClaim.js";
// Actions: factory
export {
  type GetCreatorTokensErrorType,
  type GetCreatorTokensParameters,
  type GetCreatorTokensReturnType,
  getCreatorTokens,
} from "./actions/factory/getCreatorTokens.js";
export {
  type GetModuleCountErrorType,
  type GetModuleCountParameters,
  type GetModuleCountReturnType,
  getModuleCount,
} from "./actions/factory/getModuleCount.js";
export {
  type GetTokenInfoErrorType,
  type GetTokenInfoParameters,
  type GetTokenInfoReturnType,
  getTokenInfo,
} from "./actions/factory/getTokenInfo.js";
export {
  type GetTokenModulesErrorType,
  type GetTokenModulesParameters,
  type GetTokenModulesReturnType,
  getTokenModules,
  type TokenModule,
} from "./actions/factory/getTokenModules.js";
export {
  type LaunchModuleErrorType,
  type LaunchModuleParameters,
  type LaunchModuleReturnType,
  launchModule,
} from "./actions/factory/launchModule.js";
export {
  defaultSalt,
  type LaunchTokenErrorType,
  type LaunchTokenParameters,
  type LaunchTokenReturnType,
  launchToken,
} from "./actions/factory/launchToken.js";
export {
  type WatchTokenLaunchedErrorType,
  type WatchTokenLaunchedParameters,
  type WatchTokenLaunchedReturnType,
  watchTokenLaunched,
} from "./actions/factory/watchTokenLaunched.js";
// Token-gated access (Sign-In with Ethereum + balance)
export {
  type HolderSignInCredentialRequirement,
  type HolderSignInFailureReason,
  type VerifyHolderSignInErrorType,
  type VerifyHolderSignInParameters,
  type VerifyHolderSignInReturnType,
  verifyHolderSignIn,
} from "./actions/gating/verifyHolderSignIn.js";
// Actions: income-share agreements
export {
  type BuyTokensErrorType,
  type BuyTokensParameters,
  type BuyTokensReturnType,
  buyTokens,
  purchaseCost,
} from "./actions/incomeShare/buyTokens.js";
export {
  type ClaimAllIncomeErrorType,
  type ClaimAllIncomeParameters,
  type ClaimAllIncomeReturnType,
  claimAllIncome,
} from "./actions/incomeShare/claimAllIncome.js";
export {
  type ClaimIncomeErrorType,
  type ClaimIncomeParameters,
  type ClaimIncomeReturnType,
  claimIncome,
} from "./actions/incomeShare/claimIncome.js";
export {
  type DeliverTokensErrorType,
  type DeliverTokensParameters,
  type DeliverTokensReturnType,
  deliverTokens,
} from "./actions/incomeShare/deliverTokens.js";
export {
  type DistributeIncomeErrorType,
  type DistributeIncomeParameters,
  type DistributeIncomeReturnType,
  distributeIncome,
} from "./actions/incomeShare/distributeIncome.js";
export {
  type DistributeSurplusErrorType,
  type DistributeSurplusParameters,
  type DistributeSurplusReturnType,
  distributeSurplus,
} from "./actions/incomeShare/distributeSurplus.js";
export {
  type GetClaimableErrorType,
  type GetClaimableParameters,
  type GetClaimableReturnType,
  getClaimable,
} from "./actions/incomeShare/getClaimable.js";
export {
  type GetPeriodRecordErrorType,
  type GetPeriodRecordParameters,
  type GetPeriodRecordReturnType,
  getPeriodRecord,
} from "./actions/incomeShare/getPeriodRecord.js";
export {
  type GetSaleErrorType,
  type GetSaleParameters,
  type GetSaleReturnType,
  getSale,
} from "./actions/incomeShare/getSale.js";
export {
  type GetSalePositionErrorType,
  type GetSalePositionParameters,
  type GetSalePositionReturnType,
  getSalePosition,
} from "./actions/incomeShare/getSalePosition.js";
export {
  type PayIncomeErrorType,
  type PayIncomeParameters,
  type PayIncomeReturnType,
  payIncome,
} from "./actions/incomeShare/payIncome.js";
export {
  type RefundPaymentErrorType,
  type RefundPaymentParameters,
  type RefundPaymentReturnType,
  refundPayment,
} from "./actions/incomeShare/refundPayment.js";
export {
  type ReportIncomeErrorType,
  type ReportIncomeParameters,
  type ReportIncomeReturnType,
  reportIncome,
} from "./actions/incomeShare/reportIncome.js";
export {
  type WithdrawProceedsErrorType,
  type WithdrawProceedsParameters,
  type WithdrawProceedsReturnType,
  withdrawProceeds,
} from "./actions/incomeShare/withdrawProceeds.js";
// Actions: personal loans (tradable debt)
export {
  type ClaimLoanRepaymentsErrorType,
  type ClaimLoanRepaymentsParameters,
  type ClaimLoanRepaymentsReturnType,
  claimLoanRepayments,
} from "./actions/loan/claimLoanRepayments.js";
export {
  type FundLoanErrorType,
  type FundLoanParameters,
  type FundLoanReturnType,
  fundLoan,
} from "./actions/loan/fundLoan.js";
export {
  type GetLoanErrorType,
  type GetLoanParameters,
  type GetLoanReturnType,
  getLoan,
  type LoanInstallmentRecord,
} from "./actions/loan/getLoan.js";
export {
  type GetLoanPositionErrorType,
  type GetLoanPositionParameters,
  type GetLoanPositionReturnType,
  getLoanPosition,
} from "./actions/loan/getLoanPosition.js";
export {
  type RecoverLoanSurplusErrorType,
  type RecoverLoanSurplusParameters,
  type RecoverLoanSurplusReturnType,
  recoverLoanSurplus,
} from "./actions/loan/recoverLoanSurplus.js";
export {
  type RefundLoanErrorType,
  type RefundLoanParameters,
  type RefundLoanReturnType,
  refundLoan,
} from "./actions/loan/refundLoan.js";
export {
  type RepayLoanErrorType,
  type RepayLoanParameters,
  type RepayLoanReturnType,
  repayLoan,
} from "./actions/loan/repayLoan.js";
export {
  type TransferLoanClaimErrorType,
  type TransferLoanClaimParameters,
  type TransferLoanClaimReturnType,
  transferLoanClaim,
} from "./actions/loan/transferLoanClaim.js";
export {
  type WithdrawLoanPrincipalErrorType,
  type WithdrawLoanPrincipalParameters,
  type WithdrawLoanPrincipalReturnType,
  withdrawLoanPrincipal,
} from "./actions/loan/withdrawLoanPrincipal.js";
// Actions: holder polls
export {
  type CancelPollErrorType,
  type CancelPollParameters,
  type CancelPollReturnType,
  cancelPoll,
} from "./actions/polls/cancelPoll.js";
export {
  type CreatePollErrorType,
  type CreatePollParameters,
  type CreatePollReturnType,
  createPoll,
} from "./actions/polls/createPoll.js";
export {
  type FinalizePollErrorType,
  type FinalizePollParameters,
  type FinalizePollReturnType,
  finalizePoll,
} from "./actions/polls/finalizePoll.js";
export {
  type GetPollResultsErrorType,
  type GetPollResultsParameters,
  type GetPollResultsReturnType,
  getPollResults,
  type PollState,
  pollStates,
} from "./actions/polls/getPollResults.js";
export {
  getRelayResultsFromReceipt,
  type RelayVoteResult,
  type RelayVotesErrorType,
  type RelayVotesParameters,
  type RelayVotesReturnType,
  relayVotes,
} from "./actions/polls/relayVotes.js";
export {
  type PollVote,
  type SignedVote,
  type SignVoteErrorType,
  type SignVoteParameters,
  type SignVoteReturnType,
  signVote,
  voteTypes,
} from "./actions/polls/signVote.js";
export {type VoteErrorType, type VoteParameters, type VoteReturnType, vote} from "./actions/polls/vote.js";
// Actions: staking campaigns (liquidity mining)
export {
  type ClaimStakingRewardsErrorType,
  type ClaimStakingRewardsParameters,
  type ClaimStakingRewardsReturnType,
  claimStakingRewards,
} from "./actions/staking/claimStakingRewards.js";
export {
  type EmergencyWithdrawErrorType,
  type EmergencyWithdrawParameters,
  type EmergencyWithdrawReturnType,
  emergencyWithdraw,
} from "./actions/staking/emergencyWithdraw.js";
export {
  type ExitStakingErrorType,
  type ExitStakingParameters,
  type ExitStakingReturnType,
  exitStaking,
} from "./actions/staking/exitStaking.js";
export {
  type GetCampaignErrorType,
  type GetCampaignParameters,
  type GetCampaignReturnType,
  getCampaign,
} from "./actions/staking/getCampaign.js";
export {
  type GetStakingPositionErrorType,
  type GetStakingPositionParameters,
  type GetStakingPositionReturnType,
  getStakingPosition,
} from "./actions/staking/getStakingPosition.js";
export {
  type NotifyRewardAmountErrorType,
  type NotifyRewardAmountParameters,
  type NotifyRewardAmountReturnType,
  notifyRewardAmount,
} from "./actions/staking/notifyRewardAmount.js";
export {
  type RecoverERC20ErrorType,
  type RecoverERC20Parameters,
  type RecoverERC20ReturnType,
  recoverERC20,
} from "./actions/staking/recoverERC20.js";
export {type StakeErrorType, type StakeParameters, type StakeReturnType, stake} from "./actions/staking/stake.js";
export {
  type WithdrawStakeErrorType,
  type WithdrawStakeParameters,
  type WithdrawStakeReturnType,
  withdrawStake,
} from "./actions/staking/withdrawStake.js";
// Actions: time escrow
export {
  type AcceptRequestErrorType,
  type AcceptRequestParameters,
  type AcceptRequestReturnType,
  acceptRequest,
} from "./actions/timeEscrow/acceptRequest.js";
export {
  type CancelRequestErrorType,
  type CancelRequestParameters,
  type CancelRequestReturnType,
  cancelRequest,
} from "./actions/timeEscrow/cancelRequest.js";
export {
  type ConfirmRequestErrorType,
  type ConfirmRequestParameters,
  type ConfirmRequestReturnType,
  confirmRequest,
} from "./actions/timeEscrow/confirmRequest.js";
export {
  type DeclineRequestErrorType,
  type DeclineRequestParameters,
  type DeclineRequestReturnType,
  declineRequest,
} from "./actions/timeEscrow/declineRequest.js";
export {
  type DisputeRequestErrorType,
  type DisputeRequestParameters,
  type DisputeRequestReturnType,
  disputeRequest,
} from "./actions/timeEscrow/disputeRequest.js";
export {
  type GetEscrowErrorType,
  type GetEscrowParameters,
  type GetEscrowReturnType,
  getEscrow,
} from "./actions/timeEscrow/getEscrow.js";
export {
  type GetOpenRequestsErrorType,
  type GetOpenRequestsParameters,
  type GetOpenRequestsReturnType,
  getOpenRequests,
} from "./actions/timeEscrow/getOpenRequests.js";
export {
  type GetRequestErrorType,
  type GetRequestParameters,
  type GetRequestReturnType,
  getRequest,
  type TimeRequest,
} from "./actions/timeEscrow/getRequest.js";
export {
  type MarkDeliveredErrorType,
  type MarkDeliveredParameters,
  type MarkDeliveredReturnType,
  markDelivered,
} from "./actions/timeEscrow/markDelivered.js";
export {
  type PublishOfferErrorType,
  type PublishOfferParameters,
  type PublishOfferReturnType,
  publishOffer,
} from "./actions/timeEscrow/publishOffer.js";
export {
  type ReclaimRequestErrorType,
  type ReclaimRequestParameters,
  type ReclaimRequestReturnType,
  reclaimRequest,
} from "./actions/timeEscrow/reclaimRequest.js";
export {
  type RecoverEscrowSurplusErrorType,
  type RecoverEscrowSurplusParameters,
  type RecoverEscrowSurplusReturnType,
  recoverEscrowSurplus,
} from "./actions/timeEscrow/recoverEscrowSurplus.js";
export {
  type ReleaseRequestErrorType,
  type ReleaseRequestParameters,
  type ReleaseRequestReturnType,
  releaseRequest,
} from "./actions/timeEscrow/releaseRequest.js";
export {
  type RequestTimeErrorType,
  type RequestTimeParameters,
  type RequestTimeReturnType,
  requestTime,
} from "./actions/timeEscrow/requestTime.js";
export {
  type ResolveDisputeErrorType,
  type ResolveDisputeParameters,
  type ResolveDisputeReturnType,
  resolveDispute,
} from "./actions/timeEscrow/resolveDispute.js";
export {
  type SetOfferOpenErrorType,
  type SetOfferOpenParameters,
  type SetOfferOpenReturnType,
  setOfferOpen,
} from "./actions/timeEscrow/setOfferOpen.js";
// Actions: token
export {
  type ApproveTokenErrorType,
  type ApproveTokenParameters,
  type ApproveTokenReturnType,
  approveToken,
} from "./actions/token/approveToken.js";
// Actions: creator vesting
export {
  type GetVestingErrorType,
  type GetVestingParameters,
  type GetVestingReturnType,
  getVesting,
} from "./actions/vesting/getVesting.js";
export {
  type ReleaseVestedErrorType,
  type ReleaseVestedParameters,
  type ReleaseVestedReturnType,
  releaseVested,
} from "./actions/vesting/releaseVested.js";
// Registry, generated ABIs and shared types
export {type ContractKind, contractKindNames} from "./contracts.js";
export {
  type Deployment,
  type DeploymentChainId,
  deployments,
  getDeployment,
  implementationKinds,
  type ModuleImplementationKey,
  protocolChains,
} from "./deployments.js";
// Errors
export {type ProtocolErrorAbiItem, type ProtocolErrorName, protocolErrorsAbi} from "./errors/abi.js";
export {BaseError, type BaseErrorParameters, type BaseErrorType} from "./errors/base.js";
export {
  ContractRevertedError,
  type ContractRevertedErrorArgs,
  type ContractRevertedErrorType,
  isContractRevertedError,
} from "./errors/contract.js";
export {decodeContractRevert, decodeRevertData} from "./errors/decode.js";
export {EventNotFoundError, type EventNotFoundErrorType} from "./errors/events.js";
export {errorMessages, type MessagesOf, type ProtocolErrorArgs} from "./errors/messages.js";
export {
  AccountNotFoundError,
  type AccountNotFoundErrorType,
  InvalidAddressError,
  type InvalidAddressErrorType,
  InvalidAmountError,
  type InvalidAmountErrorType,
  InvalidParameterError,
  type InvalidParameterErrorType,
  UnknownChainError,
  type UnknownChainErrorType,
  type ValidationErrorType,
} from "./errors/validation.js";
export type {WriteActionErrorType} from "./errors/write.js";
export {
  type ContractIdentity,
  describeContract,
  ProtocolNotDeployedError,
  type ProtocolNotDeployedErrorType,
  WrongContractError,
  type WrongContractErrorType,
} from "./errors/wrongContract.js";
export {
  creatorVestingAbi,
  holderPollsAbi,
  iCredentialsAbi,
  incomeShareSplitterAbi,
  personalLoanAbi,
  personalTokenAbi,
  personalTokenFactoryAbi,
  stakingRewardsAbi,
  timeEscrowAbi,
} from "./generated.js";
export {
  CREDENTIAL_MAX_VALIDITY,
  type CredentialClass,
  type CredentialsModuleParameters,
  credentialClassesParameter,
  credentialClassTuple,
  credentialsModule,
  credentialsModuleDefinition,
} from "./modules/credentials.js";
// Modules launched with a token
export {
  type IncomeShareModuleParameters,
  type IncomeShareTerms,
  incomeShareModule,
  incomeShareModuleDefinition,
  incomeShareTermsParameter,
} from "./modules/incomeShare.js";
export {
  LOAN_MAX_GRACE_PERIOD,
  LOAN_MAX_INSTALLMENTS,
  LOAN_MAX_OWED,
  LOAN_MAX_PRINCIPAL,
  type LoanInstallment,
  type LoanModuleParameters,
  type LoanTerms,
  loanModule,
  loanModuleDefinition,
  loanTermsParameter,
  loanTotalOwed,
} from "./modules/loan.js";
export {type PollsModuleParameters, pollsModule, pollsModuleDefinition} from "./modules/polls.js";
export {type ProtocolModuleKind, type ProtocolModules, protocolModules} from "./modules/registry.js";
export {
  STAKING_MAX_DURATION,
  type StakingConfig,
  type StakingModuleParameters,
  stakingConfigParameter,
  stakingModule,
  stakingModuleDefinition,
} from "./modules/staking.js";
export {
  type TimeEscrowConfig,
  type TimeEscrowModuleParameters,
  type TimeEscrowOffer,
  timeEscrowConfigParameter,
  timeEscrowModule,
  timeEscrowModuleDefinition,
  timeEscrowOfferParameter,
} from "./modules/timeEscrow.js";
export type {LaunchModule, ModuleDefinition} from "./modules/types.js";
export {
  type LoanStatus,
  loanStatuses,
  type RequestStatus,
  requestStatuses,
  type SaleStatus,
  saleStatuses,
} from "./types.js";
// Utilities
export type {WriteParameters} from "./utils/contract.js";
export {
  assertProtocolDeployed,
  cloneImplementationOf,
  type IdentifyContractParameters,
  identifyContract,
} from "./utils/identifyContract.js";
export {
  getLaunchFromReceipt,
  getTimeRequestFromReceipt,
  type LaunchFromReceipt,
  moduleKindOf,
  type ProtocolEventAbiItem,
  parseProtocolLogs,
  protocolEventsAbi,
} from "./utils/logs.js";
export {type ParseAmountOptions, parseAmount} from "./utils/parseAmount.js";
export {permitDomain} from "./utils/permit.js";
export {
  eip1167InitCode,
  type PredictLaunchAddressesParameters,
  type PredictLaunchAddressesReturnType,
  predictLaunchAddresses,
} from "./utils/predictLaunchAddresses.js";
export {type PredictModuleAddressParameters, predictModuleAddress} from "./utils/predictModuleAddress.js";
