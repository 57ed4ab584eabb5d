// What the indexer stores. Every row carries its chain id, so one database serves every chain the SDK knows. Amounts
// are bigints (numeric(78) in Postgres), addresses lowercase hex. Counters (holderCount, tallies, totals) are kept by
// the handlers so the documented queries are single-table reads; the correctness test compares each with the chain.
//
// One section per source of events; a new module adds its section here and its handlers in src/handlers/<module>.ts.

import {type BuildExtraConfigColumns, index, onchainTable, type PgColumnsBuilders, primaryKey} from "ponder";

/** A count the handlers keep: zero until its first event. */
const counter = (t: PgColumnsBuilders) => t.integer().notNull().default(0);
/** An amount the handlers add up: zero until its first event. */
const total = (t: PgColumnsBuilders) => t.bigint().notNull().default(0n);

/** The columns every module's row starts with: its chain and address, and the token it serves. */
const moduleColumns = (t: PgColumnsBuilders) => ({
  chainId: t.integer().notNull(),
  address: t.hex().notNull(),
  token: t.hex().notNull(),
});

/** A module row's key (chain and address) and its index by token. */
const moduleKeys = (table: BuildExtraConfigColumns<ReturnType<typeof moduleColumns>>) => ({
  pk: primaryKey({columns: [table.chainId, table.address]}),
  tokenIdx: index().on(table.chainId, table.token),
});

/** One account's balance of an ERC-20 (a personal token, a loan's claim); rows stay at 0 after an account empties. */
const balanceColumns = (t: PgColumnsBuilders) => ({
  account: t.hex().notNull(),
  balance: t.bigint().notNull(),
  firstBlock: t.bigint().notNull(),
  updatedBlock: t.bigint().notNull(),
});

// Core: the factory, tokens, holders, modules and the activity feed

/** A personal token, from `TokenLaunched` (profile, supply, creator) and its `Transfer`s (supply, holders). */
export const token = onchainTable(
  "token",
  (t) => ({
    chainId: t.integer().notNull(),
    address: t.hex().notNull(),
    creator: t.hex().notNull(),
    name: t.text().notNull(),
    symbol: t.text().notNull(),
    contractURI: t.text().notNull(),
    /** The supply minted at launch. */
    initialSupply: t.bigint().notNull(),
    /** Minted less burned (time redemptions from burning offers). */
    totalSupply: total(t),
    vesting: t.hex().notNull(),
    salt: t.hex().notNull(),
    /** Accounts holding a non-zero balance. */
    holderCount: counter(t),
    transferCount: counter(t),
    moduleCount: counter(t),
    /** Balance snapshots its polls module took (token v2 `SnapshotTaken`); the latest id, 0 for none. */
    snapshotCount: counter(t),
    launchBlock: t.bigint().notNull(),
    launchTimestamp: t.bigint().notNull(),
    launchTx: t.hex().notNull(),
  }),
  (table) => ({
    pk: primaryKey({columns: [table.chainId, table.address]}),
    creatorIdx: index().on(table.creator),
    launchIdx: index().on(table.launchTimestamp),
  }),
);

/** One account's balance of one token (rows stay at 0 after an account empties, so history keeps its first block). */
export const holder = onchainTable(
  "holder",
  (t) => ({
    chainId: t.integer().notNull(),
    token: t.hex().notNull(),
    ...balanceColumns(t),
  }),
  (table) => ({
    pk: primaryKey({columns: [table.chainId, table.token, table.account]}),
    accountIdx: index().on(table.account),
    balanceIdx: index().on(table.chainId, table.token, table.balance),
  }),
);

/** A balance snapshot of a token (token v2 `SnapshotTaken`: taken by its polls module, at most one a day). */
export const tokenSnapshot = onchainTable(
  "token_snapshot",
  (t) => ({
    chainId: t.integer().notNull(),
    token: t.hex().notNull(),
    snapshotId: t.integer().notNull(),
    /** The second whose end the snapshot records (final from `time + 1`). */
    time: t.bigint().notNull(),
    snapshotter: t.hex().notNull(),
    block: t.bigint().notNull(),
  }),
  (table) => ({pk: primaryKey({columns: [table.chainId, table.token, table.snapshotId]})}),
);

/** A module the factory cloned beside a token; `kind` is the SDK's module kind, or "unknown" for an implementation
 * the protocol's deployments do not list (its events are never trusted). */
export const module = onchainTable(
  "module",
  (t) => ({
    ...moduleColumns(t),
    implementation: t.hex().notNull(),
    kind: t.text().notNull(),
    index: t.integer().notNull(),
    tokenAmount: t.bigint().notNull(),
    data: t.hex().notNull(),
    block: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
  }),
  (table) => moduleKeys(table),
);

/**
 * Everything that happened to a token, one row per event: `kind` names it (transfer, purchase, claim, vote, stake…),
 * `account` is who acted or received, `amount` its main figure, `detail` the rest. The activity feed reads this.
 */
export const activity = onchainTable(
  "activity",
  (t) => ({
    /** `<chainId>:<tx hash>:<log index>`. */
    id: t.text().primaryKey(),
    chainId: t.integer().notNull(),
    token: t.hex().notNull(),
    /** The emitting module, or null for the token and the factory. */
    module: t.hex(),
    kind: t.text().notNull(),
    account: t.hex().notNull(),
    counterparty: t.hex(),
    amount: t.bigint(),
    detail: t.json(),
    block: t.bigint().notNull(),
    logIndex: t.integer().notNull(),
    timestamp: t.bigint().notNull(),
    tx: t.hex().notNull(),
  }),
  (table) => ({
    feedIdx: index().on(table.chainId, table.token, table.block, table.logIndex),
    accountIdx: index().on(table.account),
  }),
);

// Income-share agreements (IncomeShareSplitter)

/** A sale and income agreement: its terms (decoded from the module's data) and running totals. */
export const sale = onchainTable(
  "sale",
  (t) => ({
    ...moduleColumns(t),
    creator: t.hex().notNull(),
    paymentAsset: t.hex().notNull(),
    price: t.bigint().notNull(),
    softCap: t.bigint().notNull(),
    tokensOffered: t.bigint().notNull(),
    saleStart: t.bigint().notNull(),
    saleEnd: t.bigint().notNull(),
    shareBps: t.integer().notNull(),
    termStart: t.bigint().notNull(),
    termEnd: t.bigint().notNull(),
    periodLength: t.bigint().notNull(),
    gracePeriod: t.bigint().notNull(),
    payoutCap: t.bigint().notNull(),
    allowlistSigner: t.hex().notNull(),
    transferableShares: t.boolean().notNull(),
    tokensSold: total(t),
    raised: total(t),
    buyerCount: counter(t),
    delivered: total(t),
    refunded: total(t),
    proceedsWithdrawn: total(t),
    unsoldWithdrawn: total(t),
    /** Payment-asset units paid against periods (what counts toward the payout cap). */
    totalPaid: total(t),
    completed: t.boolean().notNull(),
    /** When the payout cap was met (`AgreementCompleted`'s block time): periods ending later are never late. */
    capMetAt: t.bigint(),
  }),
  (table) => ({
    ...moduleKeys(table),
    creatorIdx: index().on(table.creator),
  }),
);

/** A primary buyer: what they bought and paid, got delivered or refunded, and the claim shares they hold. */
export const saleBuyer = onchainTable(
  "sale_buyer",
  (t) => ({
    chainId: t.integer().notNull(),
    sale: t.hex().notNull(),
    account: t.hex().notNull(),
    tokens: total(t),
    paid: total(t),
    delivered: total(t),
    refunded: total(t),
    shares: total(t),
  }),
  (table) => ({
    pk: primaryKey({columns: [table.chainId, table.sale, table.account]}),
    accountIdx: index().on(table.account),
  }),
);

/** One reporting period: the report (if any), what was paid in the payment asset and what was declared for others.
 * `late` is not stored: it is `!reported && now > due`, and the API computes it at the chain's latest block. */
export const incomePeriod = onchainTable(
  "income_period",
  (t) => ({
    chainId: t.integer().notNull(),
    sale: t.hex().notNull(),
    period: t.integer().notNull(),
    start: t.bigint().notNull(),
    end: t.bigint().notNull(),
    due: t.bigint().notNull(),
    reported: t.boolean().notNull(),
    reportedAt: t.bigint(),
    grossIncome: total(t),
    owed: total(t),
    paid: total(t),
    declaredValue: total(t),
    evidenceURI: t.text(),
    evidenceHash: t.hex(),
  }),
  (table) => ({pk: primaryKey({columns: [table.chainId, table.sale, table.period]})}),
);

/** Payments in, per period (null: not attached to a period, `distribute`) and asset. */
export const incomePayment = onchainTable(
  "income_payment",
  (t) => ({
    id: t.text().primaryKey(),
    chainId: t.integer().notNull(),
    sale: t.hex().notNull(),
    period: t.integer(),
    asset: t.hex().notNull(),
    payer: t.hex().notNull(),
    received: t.bigint().notNull(),
    value: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
  }),
  (table) => ({saleIdx: index().on(table.chainId, table.sale)}),
);

/** Per sale and asset: distributed to claim holders, and claimed. */
export const incomeAsset = onchainTable(
  "income_asset",
  (t) => ({
    chainId: t.integer().notNull(),
    sale: t.hex().notNull(),
    asset: t.hex().notNull(),
    distributed: total(t),
    claimed: total(t),
  }),
  (table) => ({pk: primaryKey({columns: [table.chainId, table.sale, table.asset]})}),
);

/** Per sale, claim holder and asset: claimed so far. */
export const incomeClaim = onchainTable(
  "income_claim",
  (t) => ({
    chainId: t.integer().notNull(),
    sale: t.hex().notNull(),
    holder: t.hex().notNull(),
    asset: t.hex().notNull(),
    claimed: t.bigint().notNull(),
  }),
  (table) => ({
    pk: primaryKey({columns: [table.chainId, table.sale, table.holder, table.asset]}),
    holderIdx: index().on(table.holder),
  }),
);

// Time escrow (TimeEscrow)

export const escrowOffer = onchainTable(
  "escrow_offer",
  (t) => ({
    chainId: t.integer().notNull(),
    escrow: t.hex().notNull(),
    offerId: t.integer().notNull(),
    token: t.hex().notNull(),
    pricePerUnit: t.bigint().notNull(),
    unitLength: t.bigint().notNull(),
    capacity: t.integer().notNull(),
    open: t.boolean().notNull(),
    burn: t.boolean().notNull(),
    uri: t.text().notNull(),
  }),
  (table) => ({pk: primaryKey({columns: [table.chainId, table.escrow, table.offerId]})}),
);

/** A time request through every state (`status`: the SDK's `requestStatuses` names). */
export const escrowRequest = onchainTable(
  "escrow_request",
  (t) => ({
    chainId: t.integer().notNull(),
    escrow: t.hex().notNull(),
    requestId: t.integer().notNull(),
    token: t.hex().notNull(),
    holder: t.hex().notNull(),
    offerId: t.integer().notNull(),
    units: t.integer().notNull(),
    amount: t.bigint().notNull(),
    noteHash: t.hex().notNull(),
    status: t.text().notNull(),
    requestedAt: t.bigint().notNull(),
    scheduledAt: t.bigint(),
    updatedAt: t.bigint().notNull(),
    /** Tokens that went to the creator (or were burned) and back to the holder once final. */
    toCreator: total(t),
    toHolder: total(t),
    burned: t.boolean().notNull(),
  }),
  (table) => ({
    pk: primaryKey({columns: [table.chainId, table.escrow, table.requestId]}),
    holderIdx: index().on(table.holder),
  }),
);

// Holder polls (HolderPolls)

/** A poll and its running tally (`tallies[i]` = votes for option i, decimal strings). */
export const poll = onchainTable(
  "poll",
  (t) => ({
    chainId: t.integer().notNull(),
    polls: t.hex().notNull(),
    pollId: t.integer().notNull(),
    token: t.hex().notNull(),
    questionURI: t.text().notNull(),
    options: t.json().$type<string[]>().notNull(),
    start: t.bigint().notNull(),
    end: t.bigint().notNull(),
    snapshot: t.bigint().notNull(),
    /** "created", "cancelled" or "finalized"; pending/active/ended follow from the clock. */
    state: t.text().notNull(),
    tallies: t.json().$type<string[]>().notNull(),
    voterCount: counter(t),
    totalVotes: total(t),
    skipped: counter(t),
    winningOption: t.integer(),
    tied: t.boolean(),
    totalSupply: t.bigint(),
  }),
  (table) => ({pk: primaryKey({columns: [table.chainId, table.polls, table.pollId]})}),
);

/** A voter's ballot; `method` is how the last vote arrived: "direct", "signed" (voteBySig) or "relayed" (relayVotes). */
export const pollVote = onchainTable(
  "poll_vote",
  (t) => ({
    chainId: t.integer().notNull(),
    polls: t.hex().notNull(),
    pollId: t.integer().notNull(),
    voter: t.hex().notNull(),
    option: t.integer().notNull(),
    weight: t.bigint().notNull(),
    method: t.text().notNull(),
    changes: counter(t),
  }),
  (table) => ({
    pk: primaryKey({columns: [table.chainId, table.polls, table.pollId, table.voter]}),
    voterIdx: index().on(table.voter),
  }),
);

// Staking campaigns (StakingRewards)

export const stakingCampaign = onchainTable(
  "staking_campaign",
  (t) => ({
    ...moduleColumns(t),
    stakingToken: t.hex().notNull(),
    rewardToken: t.hex().notNull(),
    duration: t.integer().notNull(),
    totalStaked: total(t),
    stakerCount: counter(t),
    rewardsCredited: t.bigint().notNull(),
    rewardsPaid: total(t),
    forfeited: total(t),
    rewardRate: t.bigint().notNull(),
    periodFinish: t.bigint().notNull(),
  }),
  (table) => moduleKeys(table),
);

export const stakingPosition = onchainTable(
  "staking_position",
  (t) => ({
    chainId: t.integer().notNull(),
    campaign: t.hex().notNull(),
    account: t.hex().notNull(),
    staked: t.bigint().notNull(),
    rewardsPaid: t.bigint().notNull(),
  }),
  (table) => ({
    pk: primaryKey({columns: [table.chainId, table.campaign, table.account]}),
    accountIdx: index().on(table.account),
  }),
);

// Personal loans (PersonalLoan)

/** A loan's running totals, as its events tell them (the installment schedule stays a chain read: `getLoan`). */
export const loan = onchainTable(
  "loan",
  (t) => ({
    ...moduleColumns(t),
    totalFunded: total(t),
    lenderCount: counter(t),
    /** Set by FundingCompleted. */
    fundedAt: t.bigint(),
    principalWithdrawn: total(t),
    totalRefunded: total(t),
    totalRepaid: total(t),
    installmentsPaid: counter(t),
    installmentsLate: counter(t),
    repaidAt: t.bigint(),
    totalClaimed: total(t),
    /** The claim token (the loan clone is an ERC-20): minted by funding less burned by refunds. */
    claimSupply: total(t),
    /** Accounts holding a non-zero balance of the claim. */
    holderCount: counter(t),
  }),
  (table) => moduleKeys(table),
);

/** One account's balance of a loan's claim token (its `Transfer`s: funding mints, refunds burn, holders trade it). */
export const loanHolder = onchainTable(
  "loan_holder",
  (t) => ({
    chainId: t.integer().notNull(),
    loan: t.hex().notNull(),
    ...balanceColumns(t),
  }),
  (table) => ({
    pk: primaryKey({columns: [table.chainId, table.loan, table.account]}),
    accountIdx: index().on(table.account),
    balanceIdx: index().on(table.chainId, table.loan, table.balance),
  }),
);

// Credentials (Credentials: soulbound ERC-721, one per class and holder)

/** A credential class: its terms (fixed at creation) and counters. `holders` = issued − burned − revoked. */
export const credentialClass = onchainTable(
  "credential_class",
  (t) => ({
    chainId: t.integer().notNull(),
    credentials: t.hex().notNull(),
    classId: t.integer().notNull(),
    token: t.hex().notNull(),
    uri: t.text().notNull(),
    /** Fixed expiry date (0: none). */
    validUntil: t.bigint().notNull(),
    /** Validity from each issue, in seconds (0: none). */
    validFor: t.bigint().notNull(),
    revocable: t.boolean().notNull(),
    issued: counter(t),
    /** Of `issued`, how many were claimed with the creator's signature. */
    claimed: counter(t),
    burned: counter(t),
    revoked: counter(t),
    holders: counter(t),
    createdAt: t.bigint().notNull(),
  }),
  (table) => ({
    pk: primaryKey({columns: [table.chainId, table.credentials, table.classId]}),
    tokenIdx: index().on(table.chainId, table.token),
  }),
);

/**
 * One holder's credential of one class (the ERC-721 id is `classId << 160 | holder`). `status`: "held", "revoked"
 * (by the creator) or "burned" (by the holder); a credential issued again after either is "held" again.
 * `expiresAt` 0 means no expiry; whether a held one is still valid follows from the clock.
 */
export const credential = onchainTable(
  "credential",
  (t) => ({
    chainId: t.integer().notNull(),
    credentials: t.hex().notNull(),
    classId: t.integer().notNull(),
    holder: t.hex().notNull(),
    token: t.hex().notNull(),
    tokenId: t.bigint().notNull(),
    status: t.text().notNull(),
    /** Issued through a claim the creator signed (`claim`), not directly (`issue`). */
    claimed: t.boolean().notNull(),
    expiresAt: t.bigint().notNull(),
    issuedAt: t.bigint().notNull(),
    issuedBlock: t.bigint().notNull(),
    /** When it was last revoked or burned. */
    endedAt: t.bigint(),
  }),
  (table) => ({
    pk: primaryKey({columns: [table.chainId, table.credentials, table.classId, table.holder]}),
    holderIdx: index().on(table.holder),
    tokenIdx: index().on(table.chainId, table.token),
  }),
);
