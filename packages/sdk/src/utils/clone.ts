import {type Address, getAddress} from "viem";

const CLONE = /^0x363d3d373d3d3d363d73([0-9a-f]{40})5af43d82803e903d91602b57fd5bf3$/i;

/** {@link cloneImplementationOf}, for the failure path (utils/identify.ts) to use without the public module. */
export function implementationOfClone(code: string | undefined): Address | undefined {
  const match = code ? CLONE.exec(code) : null;
  return match ? getAddress(`0x${match[1]}`) : undefined;
}
