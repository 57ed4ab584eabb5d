// The launch form's model: from the form's strings to the SDK's `launchToken` parameters, checked strictly (nothing is
// signed while one field is wrong), the addresses it will create, and its simulated gas.
import {
  credentialsModule,
  defaultSalt,
  incomeShareModule,
  type LaunchModule,
  type LaunchTokenParameters,
  launchToken,
  loanModule,
  pollsModule,
  predictLaunchAddresses,
  stakingModule,
  timeEscrowModule,
} from "@personal-token/sdk";
import {type Address, createClient, custom, type PublicClient} from "viem";
import {config} from "../config.js";
import {parseAddress, parseAmount, parseAsset, parseWhole} from "./amount.js";
import {formatAmount, formatTime} from "./format.js";
import {profileToURI} from "./profile.js";

const DAY = 86_400n;

export type LaunchForm = {
  name: string;
  symbol: string;
  supply: string;
  supporter: string;
  supporterAmount: string;
  vestingAmount: string;
  cliffDays: string;
  vestingDays: string;
  bio: string;
  image: string;
  link: string;
  sale: boolean;
  saleTokens: string;
  paymentAsset: string;
  price: string;
  softCap: string;
  saleDays: string;
  sharePct: string;
  periods: string;
  periodDays: string;
  graceDays: string;
  time: boolean;
  hourPrice: string;
  hoursPerMonth: string;
  polls: boolean;
  staking: boolean;
  stakingTokens: string;
  stakingDays: string;
  loan: boolean;
  loanName: string;
  loanSymbol: string;
  loanAsset: string;
  loanPrincipal: string;
  loanFundingDays: string;
  loanInstallments: string;
  loanInstallmentAmount: string;
  loanIntervalDays: string;
  loanGraceDays: string;
  credentials: boolean;
  credentialUri: string;
  credentialValidDays: string;
  credentialRevocable: boolean;
};

/** Symbol and decimals of the sale's payment asset and the loan's asset (ETH or an ERC-20). */
export type LaunchAssets = {
  payment: {decimals: number; symbol: string};
  loan?: {decimals: number; symbol: string} | undefined;
};

export const emptyLaunchForm: LaunchForm = {
  name: "",
  symbol: "",
  supply: "10000000",
  supporter: "",
  supporterAmount: "",
  vestingAmount: "5000000",
  cliffDays: "180",
  vestingDays: "1095",
  bio: "",
  image: "",
  link: "",
  sale: true,
  saleTokens: "1000000",
  paymentAsset: "ETH",
  price: "0.00001",
  softCap: "250000",
  saleDays: "14",
  sharePct: "15",
  periods: "12",
  periodDays: "91",
  graceDays: "30",
  time: true,
  hourPrice: "25000",
  hoursPerMonth: "10",
  polls: true,
  staking: false,
  stakingTokens: "300000",
  stakingDays: "30",
  loan: false,
  loanName: "",
  loanSymbol: "",
  loanAsset: "ETH",
  // No amounts by default: a loan's size is the creator's to type, in the asset they choose (Alex's 1,500 and 525 were
  // USDC; left as they were, they would have read 1,500 ETH).
  loanPrincipal: "",
  loanFundingDays: "14",
  loanInstallments: "3",
  loanInstallmentAmount: "",
  loanIntervalDays: "30",
  loanGraceDays: "7",
  credentials: false,
  credentialUri: "",
  credentialValidDays: "0",
  credentialRevocable: false,
};

export type LaunchPlan = {
  parameters: LaunchTokenParameters;
  creatorLiquid: bigint;
  predicted: {token: Address; vesting: Address; modules: {label: string; address: Address}[]};
  summary: string[];
};

export type Fail = {field: keyof LaunchForm; error: string};

const fail = (v: unknown): v is Fail => typeof v === "object" && v !== null && "error" in v;

/** Fields read together: their values, or the first one's failure in the order given. */
function allRead<T extends Record<string, unknown>>(read: T): {[K in keyof T]: Exclude<T[K], Fail>} | Fail {
  return (Object.values(read).find(fail) as Fail | undefined) ?? (read as {[K in keyof T]: Exclude<T[K], Fail>});
}

/** A whole-number field in a range, or its failure. */
function wholeField(form: LaunchForm, field: keyof LaunchForm, what: string, min: number, max: number): number | Fail {
  const p = parseWhole(form[field] as string, {what, min, max});
  return p.ok ? p.value : {field, error: p.error};
}

/** The plan for `form` sent by `creator` (payment asset decimals given), or the first field that is wrong. */
export function planLaunch(form: LaunchForm, creator: Address, now: bigint, assets: LaunchAssets): LaunchPlan | Fail {
  const {decimals: paymentDecimals, symbol: paymentSymbol} = assets.payment;
  const tokens = (field: keyof LaunchForm, min = 1n) => {
    const p = parseAmount(form[field] as string, {decimals: 18, unit: form.symbol || "tokens", min});
    return p.ok ? p.value : ({field, error: p.error} as Fail);
  };
  const whole = (field: keyof LaunchForm, what: string, min: number, max: number) =>
    wholeField(form, field, what, min, max);
  if (!form.name.trim()) return {field: "name", error: "Give the token a name."};
  if (!/^[A-Z0-9]{1,11}$/.test(form.symbol))
    return {field: "symbol", error: "Symbol: 1 to 11 capital letters or digits."};
  const supply = tokens("supply");
  if (fail(supply)) return supply;
  const allocations: {recipient: Address; amount: bigint}[] = [];
  let supporterAmount = 0n;
  if (form.supporter.trim() || form.supporterAmount.trim()) {
    const supporter = parseAddress(form.supporter);
    if (!supporter.ok) return {field: "supporter", error: supporter.error};
    const a = tokens("supporterAmount");
    if (fail(a)) return a;
    supporterAmount = a;
    allocations.push({recipient: supporter.value, amount: a});
  }
  const vesting = allRead({
    vestingAmount: form.vestingAmount.trim() ? tokens("vestingAmount", 0n) : 0n,
    cliff: whole("cliffDays", "Cliff (days)", 0, 3650),
    vestingDays: whole("vestingDays", "Vesting (days)", 1, 3650),
  });
  if (fail(vesting)) return vesting;
  const {vestingAmount, cliff, vestingDays} = vesting;
  if (vestingAmount > 0n && cliff > vestingDays)
    return {field: "cliffDays", error: "The cliff must end before vesting does."};

  const modules: LaunchModule[] = [];
  const labels: string[] = [];
  const summary: string[] = [];
  let inModules = 0n;
  const unit = form.symbol;
  if (form.sale) {
    const saleTokens = tokens("saleTokens");
    if (fail(saleTokens)) return saleTokens;
    const asset = parseAsset(form.paymentAsset);
    if (!asset.ok) return {field: "paymentAsset", error: asset.error};
    const paymentAsset = asset.value;
    const price = parseAmount(form.price, {decimals: paymentDecimals, unit: paymentSymbol});
    if (!price.ok) return {field: "price", error: price.error};
    const softCap = tokens("softCap", 0n);
    if (fail(softCap)) return softCap;
    if (softCap > saleTokens) return {field: "softCap", error: "The soft cap cannot exceed the tokens on sale."};
    const saleDays = whole("saleDays", "Sale window (days)", 1, 365);
    if (fail(saleDays)) return saleDays;
    const pct = parseAmount(form.sharePct, {decimals: 2, unit: "%", max: {value: 10_000n, what: "100%"}});
    if (!pct.ok) return {field: "sharePct", error: pct.error};
    const schedule = allRead({
      periods: whole("periods", "Periods", 1, 120),
      periodDays: whole("periodDays", "Period length (days)", 1, 3650),
      graceDays: whole("graceDays", "Grace (days)", 0, 3650),
    });
    if (fail(schedule)) return schedule;
    const {periods, periodDays, graceDays} = schedule;
    const saleStart = now;
    const saleEnd = now + BigInt(saleDays) * DAY;
    const periodLength = BigInt(periodDays) * DAY;
    modules.push(
      incomeShareModule({
        tokenAmount: saleTokens,
        terms: {
          paymentAsset,
          price: price.value,
          softCap,
          saleStart,
          saleEnd,
          shareBps: Number(pct.value),
          termStart: saleEnd,
          termEnd: saleEnd + BigInt(periods) * periodLength,
          periodLength,
          gracePeriod: BigInt(graceDays) * DAY,
        },
      }),
    );
    labels.push("income-share sale");
    inModules += saleTokens;
    summary.push(
      `Buyers of the ${fmt(saleTokens)} ${unit} on sale (${price.echo} each, ${saleDays} days) share ${Number(pct.value) / 100}% of your income for ${periods} periods of ${periodDays} days. You report each period's income with evidence and pay what is owed; a report missing ${graceDays} days after its due date shows as late, on-chain, forever. No contract can force you to pay: the promise is auditable, not enforceable.`,
      `If fewer than ${fmt(softCap)} ${unit} sell, every buyer takes back exactly what they paid. Otherwise you withdraw the proceeds only after the window closes. You cannot change the terms, refund anyone, or touch buyers' payments before then.`,
    );
  }
  if (form.time) {
    const hourPrice = tokens("hourPrice");
    if (fail(hourPrice)) return hourPrice;
    const capacity = whole("hoursPerMonth", "Hours per 30 days", 1, 10_000);
    if (fail(capacity)) return capacity;
    modules.push(
      timeEscrowModule({
        config: {confirmationWindow: 3n * DAY, deliveryGrace: DAY, capacityPeriod: 30n * DAY},
        offers: [{pricePerUnit: hourPrice, unitLength: 3_600n, capacity, open: true, burn: false, uri: ""}],
      }),
    );
    labels.push("time escrow");
    summary.push(
      `Holders can book an hour of your time for ${fmt(hourPrice)} ${unit} (${capacity} hours per 30 days). Their tokens wait in escrow: you receive them only after you mark the session delivered and the holder confirms (or 3 days pass); if you never deliver, they take them back.`,
    );
  }
  if (form.polls) {
    modules.push(pollsModule());
    labels.push("polls");
    summary.push(
      "You can ask holders questions; 1 token = 1 vote at the poll's snapshot. You cannot edit a poll, remove a vote, or cancel a poll once someone voted.",
    );
  }
  if (form.staking) {
    const stakingTokens = tokens("stakingTokens");
    if (fail(stakingTokens)) return stakingTokens;
    const days = whole("stakingDays", "Campaign (days)", 1, 3650);
    if (fail(days)) return days;
    inModules += stakingTokens;
    labels.push("staking campaign");
    summary.push(
      `Stakers of ${unit} earn ${fmt(stakingTokens)} ${unit} streamed over ${days} days. You can top up or restart a period, never touch a stake or earned rewards.`,
    );
    // The staking token is the personal token itself, known before it exists (predicted below).
    modules.push({implementation: "stakingRewardsImplementation", tokenAmount: stakingTokens, data: "0x"});
  }
  if (form.loan) {
    const loan = planLoan(form, now, assets.loan);
    if ("error" in loan) return loan;
    modules.push(loan.module);
    labels.push("personal loan");
    summary.push(...loan.summary);
  }
  if (form.credentials) {
    const credentials = planCredentials(form);
    if ("error" in credentials) return credentials;
    modules.push(credentials.module);
    labels.push("credentials");
    summary.push(...credentials.summary);
  }
  const creatorLiquid = supply - supporterAmount - vestingAmount - inModules;
  if (creatorLiquid < 0n) {
    return {
      field: "supply",
      error: `The allocations add up to ${fmt(supply - creatorLiquid)} ${unit}, more than the supply.`,
    };
  }
  if (creatorLiquid > 0n) allocations.unshift({recipient: creator, amount: creatorLiquid});
  const salt = defaultSalt(form.symbol);
  const predicted = predictLaunchAddresses({
    chainId: config.chain.id,
    creator,
    salt,
    modules: modules.map((m) => m.implementation),
  });
  const final = modules.map((m, i) =>
    m.implementation === "stakingRewardsImplementation" && m.data === "0x"
      ? stakingModule({
          tokenAmount: m.tokenAmount,
          config: {stakingToken: predicted.token, duration: Number(form.stakingDays) * 86_400, startAtLaunch: true},
        })
      : (modules[i] as LaunchModule),
  );
  const profile = {
    name: form.name.trim(),
    description: form.bio.trim() || undefined,
    image: form.image.trim() || undefined,
    external_link: form.link.trim() || undefined,
  };
  summary.push(
    `You keep ${fmt(creatorLiquid)} ${unit} liquid${vestingAmount > 0n ? `; ${fmt(vestingAmount)} ${unit} vest to you over ${vestingDays} days after a ${cliff}-day cliff, and nobody (you included) can change that schedule or its beneficiary` : ""}.`,
    `Nobody can mint more ${unit}, pause transfers, or move anyone's tokens — not you, not the protocol. You can edit your profile and add modules later, funded from your own balance.`,
  );
  return {
    parameters: {
      name: form.name.trim(),
      symbol: form.symbol,
      contractURI: profileToURI(profile),
      totalSupply: supply,
      allocations,
      vesting:
        vestingAmount > 0n
          ? {amount: vestingAmount, cliff: BigInt(cliff) * DAY, duration: BigInt(vestingDays) * DAY}
          : undefined,
      salt,
      modules: final,
    },
    creatorLiquid,
    predicted: {
      token: predicted.token,
      vesting: predicted.vesting,
      modules: predicted.modules.map((address, i) => ({label: labels[i] ?? "module", address})),
    },
    summary,
  };
}

/** The credentials module (one class) and its plain-words lines, or the first field that is wrong. */
export function planCredentials(form: LaunchForm): {module: LaunchModule; summary: string[]} | Fail {
  const uri = form.credentialUri.trim();
  if (!uri) return {field: "credentialUri", error: "Give the class's metadata URI (ipfs://… or https://…)."};
  const valid = parseWhole(form.credentialValidDays, {what: "Valid for (days, 0 for no expiry)", min: 0, max: 36_500});
  if (!valid.ok) return {field: "credentialValidDays", error: valid.error};
  const validDays = valid.value;
  const revocable = form.credentialRevocable;
  return {
    module: credentialsModule({
      classes: [{uri, validFor: validDays ? BigInt(validDays) * DAY : undefined, revocable}],
    }),
    summary: [
      `You can give holders credentials of class 0 (${uri}${validDays ? `, each valid ${validDays} days from its issue` : ", no expiry"}): issue them to many addresses at once, or sign claims (no gas for you) that they submit. A credential is soulbound: nobody can sell or move it, and its holder can always burn it.`,
      revocable
        ? "Class 0 is revocable: you can revoke a holder's credential (and every holder sees that it is). You cannot change the class once created."
        : "Class 0 is not revocable: once issued, you can never take a credential back — only its holder can burn it. You cannot change the class once created.",
      "Credentials are exactly as trustworthy as your key: whoever holds it can issue (and revoke in revocable classes) as you.",
    ],
  };
}

/** The loan's module and its plain-words lines, or the first field that is wrong. */
export function planLoan(
  form: LaunchForm,
  now: bigint,
  asset: LaunchAssets["loan"],
): {module: LaunchModule; summary: string[]} | Fail {
  const whole = (field: keyof LaunchForm, what: string, min: number, max: number) =>
    wholeField(form, field, what, min, max);
  const name = form.loanName.trim();
  if (!name) return {field: "loanName", error: 'Name the debt, e.g. "Alex Masmej Loan 2026".'};
  if (!/^[A-Z0-9]{1,11}$/.test(form.loanSymbol))
    return {field: "loanSymbol", error: "Claim symbol: 1 to 11 capital letters or digits."};
  const parsedAsset = parseAsset(form.loanAsset);
  if (!parsedAsset.ok) return {field: "loanAsset", error: parsedAsset.error};
  const address = parsedAsset.value;
  if (!asset) return {field: "loanAsset", error: "Reading the asset's symbol and decimals…"};
  const money = (field: keyof LaunchForm) => {
    const p = parseAmount(form[field] as string, {decimals: asset.decimals, unit: asset.symbol});
    return p.ok ? p.value : ({field, error: p.error} as Fail);
  };
  const terms = allRead({
    principal: money("loanPrincipal"),
    fundingDays: whole("loanFundingDays", "Funding window (days)", 1, 365),
    count: whole("loanInstallments", "Installments", 1, 120),
    each: money("loanInstallmentAmount"),
    interval: whole("loanIntervalDays", "Days between installments", 1, 3650),
    grace: whole("loanGraceDays", "Grace (days)", 0, 365),
  });
  if (fail(terms)) return terms;
  const {principal, fundingDays, count, each, interval, grace} = terms;
  const owed = each * BigInt(count);
  const amount = (v: bigint) => `${formatAmount(v, asset.decimals)} ${asset.symbol}`;
  if (owed < principal) {
    return {
      field: "loanInstallmentAmount",
      error: `${count} × ${amount(each)} = ${amount(owed)}, less than the principal ${amount(principal)}: what you repay must cover what you borrow.`,
    };
  }
  const fundingDeadline = now + BigInt(fundingDays) * DAY;
  const installments = Array.from({length: count}, (_, i) => ({
    dueDate: fundingDeadline + BigInt(i + 1) * BigInt(interval) * DAY,
    amount: each,
  }));
  let module: LaunchModule;
  try {
    module = loanModule({
      terms: {
        name,
        symbol: form.loanSymbol,
        asset: address,
        principal,
        fundingDeadline,
        gracePeriod: grace * 86_400,
        installments,
      },
    });
  } catch (error) {
    return {field: "loanPrincipal", error: (error as {shortMessage?: string}).shortMessage ?? String(error)};
  }
  const first = installments[0]?.dueDate ?? fundingDeadline;
  return {
    module,
    summary: [
      `Lenders can lend you ${amount(principal)} until ${formatTime(fundingDeadline)}; each receives one ${form.loanSymbol} claim per ${asset.symbol} lent. If they do not reach ${amount(principal)} by then, each takes back exactly what they lent, and you receive nothing.`,
      `Once funded you withdraw the principal, once, and owe back ${amount(owed)} (${count} installments of ${amount(each)}, every ${interval} days from ${formatTime(first)}). An installment still unpaid ${grace} days after its due date reads late, on chain, forever. Anyone may repay for you, early or in part.`,
      `The claims are tokens lenders can sell: each repayment goes to whoever holds them when it arrives. You cannot change the terms or the schedule, touch a refund, a repayment or a claim, stop transfers, or silence a late installment. No contract can force you to repay: the promise is auditable, not enforceable.`,
    ],
  };
}

const fmt = (v: bigint) => {
  const whole = v / 10n ** 18n;
  return whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
};

class GasProbe extends Error {
  constructor(readonly gas: bigint) {
    super("gas probe");
  }
}

/**
 * The launch's gas, simulated through the SDK's own `launchToken` (same checks, same call): a client whose transport
 * answers every read from the RPC but stops at `eth_sendTransaction`, keeping the gas the SDK would send.
 */
export async function simulateLaunchGas(client: PublicClient, account: Address, parameters: LaunchTokenParameters) {
  const probe = createClient({
    chain: config.chain,
    account,
    transport: custom({
      async request({method, params}) {
        if (method === "eth_sendTransaction") throw new GasProbe(BigInt((params as [{gas: string}])[0].gas));
        return client.request({method, params} as never);
      },
    }),
  });
  try {
    await launchToken(probe, parameters);
  } catch (error) {
    let e: unknown = error;
    while (e) {
      if (e instanceof GasProbe) return e.gas;
      e = (e as {cause?: unknown}).cause;
    }
    throw error;
  }
  throw new Error("the launch was sent instead of simulated");
}
