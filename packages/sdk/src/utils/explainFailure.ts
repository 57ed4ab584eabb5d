// What a failed call becomes, loaded only when a call fails (utils/contract.ts imports it with `import()`): decoding
// the revert against the contract's errors, loading their sentences, and identifying the address. An app's first
// chunk carries none of it (`pnpm size`).
import type {Address, Chain, Client, Transport} from "viem";
import type {ContractTarget} from "../contracts.js";
import type {ContractRevertedError} from "../errors/contract.js";
import {decodeContractRevertWith, loadMessages} from "../errors/decodeRevert.js";
import type {WrongContractError} from "../errors/wrongContract.js";
import {assertContractKind} from "./identify.js";

export {assertContractKind};

/**
 * What a failed call becomes: the contract's custom error decoded ({@link ContractRevertedError}); else, when the
 * address does not hold the kind of contract the call needs, a {@link WrongContractError} that says what is there
 * (checked only now, so a successful call costs nothing more); else the original error.
 */
export async function explainCallFailure(
  client: Client<Transport, Chain | undefined>,
  error: unknown,
  {
    address,
    target = {kind: "erc20", errors: {abi: [], messages: {}}},
    functionName,
  }: {address: Address | undefined; target?: ContractTarget | undefined; functionName?: string | undefined},
): Promise<unknown> {
  const messages = await loadMessages(target.errors);
  const decoded: ContractRevertedError | undefined = decodeContractRevertWith(
    error,
    {abi: target.errors.abi, messages},
    {contractAddress: address, functionName},
  );
  if (decoded) return decoded;
  if (address === undefined) return error;
  try {
    await assertContractKind(client, {address, expected: target.kind, cause: error});
  } catch (wrong) {
    return wrong;
  }
  return error;
}

/**
 * What a failed multicall becomes: the first revert decoded against the targets' errors (in their order); else a
 * {@link WrongContractError} for the failed call's address if viem names it (else for the first wrong one of them
 * all); else the original error.
 */
export async function explainMulticallFailure(
  client: Client<Transport, Chain | undefined>,
  error: unknown,
  targets: readonly (readonly [Address, ContractTarget])[],
): Promise<unknown> {
  const failed = error as {contractAddress?: Address; functionName?: string};
  const context = {contractAddress: failed.contractAddress, functionName: failed.functionName};
  for (const [, target] of targets) {
    const decoded = decodeContractRevertWith(
      error,
      {abi: target.errors.abi, messages: await loadMessages(target.errors)},
      context,
    );
    if (decoded) return decoded;
  }
  // Which address is wrong: the failed call's if viem names it, else each one in turn.
  const suspects = failed.contractAddress
    ? targets.filter(([address]) => address.toLowerCase() === failed.contractAddress?.toLowerCase())
    : targets;
  try {
    for (const [address, target] of suspects) {
      await assertContractKind(client, {address, expected: target.kind, cause: error});
    }
  } catch (wrong) {
    return wrong;
  }
  return error;
}
