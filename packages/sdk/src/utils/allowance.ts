import {type Account, type Address, type Chain, type Client, erc20Abi, type Transport} from "viem";
import {readContract, waitForTransactionReceipt} from "viem/actions";
import {erc20Target} from "../contracts.js";
import {writeProtocolContract} from "./contract.js";

/** `amount` of `token` that `spender` will pull from `sender` (an account found with `senderOf`). */
export type TokenPayment = {token: Address; spender: Address; amount: bigint; sender: Account | Address};

/**
 * For actions with `approve: true`: approves exactly `amount` of `token` to `spender` when the sender's allowance is
 * short, and waits for the approval to be mined so the action's own simulation sees it. Returns the approval's hash
 * (undefined when the allowance already sufficed).
 */
export async function ensureAllowance(
  client: Client<Transport, Chain | undefined, Account | undefined>,
  {token, spender, amount, sender}: TokenPayment,
  action: string,
): Promise<`0x${string}` | undefined> {
  const owner = typeof sender === "string" ? sender : sender.address;
  const allowance = await readContract(client, {
    address: token,
    abi: erc20Abi,
    functionName: "allowance",
    args: [owner, spender],
  });
  if (allowance >= amount) return undefined;
  const hash = await writeProtocolContract(
    client,
    {
      address: token,
      abi: erc20Abi,
      target: erc20Target,
      functionName: "approve",
      args: [spender, amount],
      account: sender,
    },
    action,
  );
  const receipt = await waitForTransactionReceipt(client, {hash});
  if (receipt.status !== "success") throw new Error(`${action}: the approval ${hash} reverted`);
  return hash;
}
