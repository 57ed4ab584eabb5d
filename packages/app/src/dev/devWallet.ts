// DEV WALLET — local chain only. An EIP-1193 provider that signs as the demo's people (Alex, alice, buyer 01 …) with
// keys derived from anvil's public test mnemonic. It is imported only behind `__DEV_WALLET__` (vite.config.ts), which
// is false in any build for a real chain, so none of this file reaches a production bundle.
import {
  type Address,
  createWalletClient,
  type EIP1193Provider,
  type Hex,
  hexToBigInt,
  http,
  type LocalAccount,
  type TypedDataDefinition,
} from "viem";
import {HDKey, hdKeyToAccount} from "viem/accounts";
import {foundry} from "viem/chains";

/** Anvil's default mnemonic (public; funds only local test accounts). */
const ANVIL_MNEMONIC = "test test test test test test test test test test test junk";

export type DevPerson = {index: number; name: string};

/** The demo's people (packages/demo/src/context.mjs): account 1 is Alex, 2 alice, 3-32 the buyers, 33 the relayer. */
export const devPeople: DevPerson[] = [
  {index: 1, name: "Alex (creator)"},
  {index: 2, name: "alice (supporter)"},
  ...Array.from({length: 30}, (_, i) => ({index: 3 + i, name: `buyer ${String(i + 1).padStart(2, "0")}`})),
  {index: 33, name: "relayer"},
  {index: 0, name: "deployer"},
];

type Listener = (...args: unknown[]) => void;

/** What the dev wallet exposes besides EIP-1193: who it acts as, and a switch to refuse the next request. */
export type DevWallet = {
  provider: EIP1193Provider;
  people: DevPerson[];
  current: () => DevPerson;
  actAs: (index: number) => Promise<Address>;
  addressOf: (index: number) => Address;
  /** The next signature or transaction request is refused as a person clicking "Reject" would (EIP-1193 4001). */
  rejectNext: () => void;
};

async function seedOf(mnemonic: string): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey("raw", encoder.encode(mnemonic.normalize("NFKD")), "PBKDF2", false, [
    "deriveBits",
  ]);
  const bits = await crypto.subtle.deriveBits(
    {name: "PBKDF2", hash: "SHA-512", salt: encoder.encode("mnemonic"), iterations: 2048},
    key,
    512,
  );
  return new Uint8Array(bits);
}

class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** Creates the dev wallet for the RPC at `rpcUrl`, acting as Alex until told otherwise. */
export async function createDevWallet(rpcUrl: string): Promise<DevWallet> {
  const hd = HDKey.fromMasterSeed(await seedOf(ANVIL_MNEMONIC));
  const accounts = new Map<number, LocalAccount>();
  const accountOf = (index: number): LocalAccount => {
    let account = accounts.get(index);
    if (!account) {
      account = hdKeyToAccount(hd, {addressIndex: index});
      accounts.set(index, account);
    }
    return account;
  };
  const stored = Number(globalThis.sessionStorage?.getItem("devWallet.person") ?? 1);
  let person = devPeople.find((p) => p.index === stored) ?? (devPeople[0] as DevPerson);
  let rejectNext = false;
  const listeners = new Map<string, Set<Listener>>();
  const emit = (event: string, ...args: unknown[]) => {
    for (const listener of listeners.get(event) ?? []) listener(...args);
  };
  const transport = http(rpcUrl);
  const wallet = () => createWalletClient({account: accountOf(person.index), chain: foundry, transport});
  let nextId = 1;
  const forward = async (method: string, params: unknown): Promise<unknown> => {
    const response = await fetch(rpcUrl, {
      method: "POST",
      headers: {"content-type": "application/json"},
      body: JSON.stringify({jsonrpc: "2.0", id: nextId++, method, params: params ?? []}),
    });
    const body = (await response.json()) as {result?: unknown; error?: {code: number; message: string; data?: unknown}};
    if (body.error) throw Object.assign(new RpcError(body.error.code, body.error.message), {data: body.error.data});
    return body.result;
  };
  const refuseIfAsked = () => {
    if (rejectNext) {
      rejectNext = false;
      throw new RpcError(4001, "User rejected the request (dev wallet: reject next was on).");
    }
  };

  const request = async ({method, params}: {method: string; params?: unknown}): Promise<unknown> => {
    const args = (params ?? []) as unknown[];
    switch (method) {
      case "eth_chainId":
        return `0x${foundry.id.toString(16)}`;
      case "eth_accounts":
      case "eth_requestAccounts":
        return [accountOf(person.index).address];
      case "wallet_switchEthereumChain":
        if (Number((args[0] as {chainId: string}).chainId) !== foundry.id) {
          throw new RpcError(4902, "The dev wallet only knows the local chain.");
        }
        return null;
      case "wallet_requestPermissions":
      case "wallet_revokePermissions":
        return [{parentCapability: "eth_accounts"}];
      case "eth_sendTransaction": {
        refuseIfAsked();
        const tx = args[0] as {to?: Address; data?: Hex; value?: Hex; gas?: Hex};
        return wallet().sendTransaction({
          to: tx.to,
          data: tx.data,
          value: tx.value ? hexToBigInt(tx.value) : undefined,
          gas: tx.gas ? hexToBigInt(tx.gas) : undefined,
        } as Parameters<ReturnType<typeof wallet>["sendTransaction"]>[0]);
      }
      case "eth_signTypedData_v4": {
        refuseIfAsked();
        const typed = JSON.parse(args[1] as string) as TypedDataDefinition;
        return accountOf(person.index).signTypedData(typed);
      }
      case "personal_sign": {
        refuseIfAsked();
        return accountOf(person.index).signMessage({message: {raw: args[0] as Hex}});
      }
      default:
        return forward(method, params);
    }
  };

  const provider = {
    request,
    on(event: string, listener: Listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)?.add(listener);
    },
    removeListener(event: string, listener: Listener) {
      listeners.get(event)?.delete(listener);
    },
  } as unknown as EIP1193Provider;

  return {
    provider,
    people: devPeople,
    current: () => person,
    addressOf: (index) => accountOf(index).address,
    async actAs(index) {
      person = devPeople.find((p) => p.index === index) ?? person;
      globalThis.sessionStorage?.setItem("devWallet.person", String(person.index));
      const address = accountOf(person.index).address;
      emit("accountsChanged", [address]);
      return address;
    },
    rejectNext() {
      rejectNext = true;
    },
  };
}
