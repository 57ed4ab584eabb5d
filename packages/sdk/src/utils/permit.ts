import {
  type Address,
  type Client,
  domainSeparator,
  erc20Abi,
  type Hex,
  parseSignature,
  type TypedDataDomain,
} from "viem";
import {getBlock, getChainId, getEip712Domain, readContract, signTypedData} from "viem/actions";
import {InvalidParameterError} from "../errors/validation.js";
import {ierc20PermitAbi} from "../generated.js";
import type {TokenPayment} from "./allowance.js";

/** The option every action that can pay by EIP-2612 permit takes. */
export type PermitDeadlineParameters = {
  /** The permit's deadline (unix seconds); defaults to one hour after the latest block. */
  permitDeadline?: bigint | undefined;
};

const PERMIT_TYPES = {
  Permit: [
    {name: "owner", type: "address"},
    {name: "spender", type: "address"},
    {name: "value", type: "uint256"},
    {name: "nonce", type: "uint256"},
    {name: "deadline", type: "uint256"},
  ],
} as const;

/**
 * The EIP-712 domain of an EIP-2612 token. ERC-5267 (`eip712Domain()`, OpenZeppelin tokens such as the personal token)
 * when the token has it; otherwise (Uniswap V2 pairs, many 2020-era tokens) `{name(), version "1", chainId, token}`,
 * accepted only if it hashes to the token's own `DOMAIN_SEPARATOR()` — a permit signed for any other domain would
 * simply fail on-chain.
 *
 * @example
 * const domain = await permitDomain(publicClient, pair) // a Uniswap V2 pair: rebuilt and checked
 */
export async function permitDomain(client: Client, token: Address): Promise<TypedDataDomain> {
  try {
    const {fields, domain: d} = await getEip712Domain(client, {address: token});
    // ERC-5267: `fields` says which domain fields are used (OpenZeppelin: name, version, chainId, verifyingContract).
    const has = (bit: number) => (Number.parseInt(fields, 16) & (1 << bit)) !== 0;
    return {
      ...(has(0) ? {name: d.name} : {}),
      ...(has(1) ? {version: d.version} : {}),
      ...(has(2) ? {chainId: d.chainId} : {}),
      ...(has(3) ? {verifyingContract: d.verifyingContract} : {}),
      ...(has(4) ? {salt: d.salt} : {}),
    };
  } catch {
    // No ERC-5267: rebuild the domain the Uniswap V2 way and check it against DOMAIN_SEPARATOR().
  }
  const [name, separator, chainId] = await Promise.all([
    readContract(client, {address: token, abi: erc20Abi, functionName: "name"}),
    readContract(client, {address: token, abi: ierc20PermitAbi, functionName: "DOMAIN_SEPARATOR"}).catch(
      () => undefined,
    ),
    getChainId(client),
  ]);
  const domain = {name, version: "1", chainId, verifyingContract: token};
  if (separator === undefined || domainSeparator({domain}) !== separator) {
    throw new InvalidParameterError({
      field: "permit",
      reason: `cannot be signed for ${token}: it has neither ERC-5267 eip712Domain() nor a DOMAIN_SEPARATOR() matching {name, version "1", chainId, address}; approve it instead`,
    });
  }
  return domain;
}

/**
 * Signs with `sender`'s wallet an EIP-2612 permit of `amount` of `token` for `spender`, the payment an action's
 * `*WithPermit` call makes instead of an approval; returns the `deadline, v, r, s` that call takes.
 */
export async function signPermit(
  client: Client,
  {token, spender, amount: value, sender, deadline}: TokenPayment & {deadline?: bigint | undefined},
): Promise<{deadline: bigint; v: number; r: Hex; s: Hex}> {
  const owner = typeof sender === "string" ? sender : sender.address;
  // The domain first: a token without EIP-2612 fails here with a clear error rather than on `nonces`.
  const domain = await permitDomain(client, token);
  const [nonce, until] = await Promise.all([
    readContract(client, {address: token, abi: ierc20PermitAbi, functionName: "nonces", args: [owner]}),
    deadline ?? getBlock(client).then((block) => block.timestamp + 3_600n),
  ]);
  const signature = await signTypedData(client, {
    account: sender,
    domain,
    types: PERMIT_TYPES,
    primaryType: "Permit",
    message: {owner, spender, value, nonce, deadline: until},
  });
  const {r, s, v, yParity} = parseSignature(signature);
  return {deadline: until, v: Number(v ?? BigInt(yParity + 27)), r, s};
}
