import {createWalletClient, erc20Abi, http, parseEther} from "viem";
import {foundry} from "viem/chains";
import {describe, expect, test} from "vitest";
import {alice, bob, launchAlex, mined, noRpcClient, publicClient} from "../../../test/utils.js";
import {AccountNotFoundError, approveToken, ContractRevertedError} from "../../index.js";

describe("approveToken", () => {
  test("approves a spender", async () => {
    const {token} = await launchAlex();
    await mined(approveToken(alice, {token, spender: bob.account.address, amount: parseEther("25000")}));
    expect(
      await publicClient.readContract({
        address: token,
        abi: erc20Abi,
        functionName: "allowance",
        args: [alice.account.address, bob.account.address],
      }),
    ).toBe(parseEther("25000"));
  });

  test("the zero spender reverts as ERC20InvalidSpender; no account fails before any RPC", async () => {
    const {token} = await launchAlex();
    const error = await approveToken(alice, {
      token,
      spender: "0x0000000000000000000000000000000000000000",
      amount: 1n,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractRevertedError);
    expect(error).toMatchObject({errorName: "ERC20InvalidSpender"});

    const {client, calls} = noRpcClient();
    const accountless = createWalletClient({chain: foundry, transport: http(), ...{}}) as unknown as typeof client;
    await expect(approveToken(accountless, {token, spender: bob.account.address, amount: 1n})).rejects.toBeInstanceOf(
      AccountNotFoundError,
    );
    await expect(approveToken(client, {token, spender: bob.account.address, amount: -5n})).rejects.toMatchObject({
      name: "InvalidAmountError",
      field: "amount",
    });
    expect(calls).toEqual([]);
  });
});
