// What the demo deploys besides the protocol, and the ABIs it calls them with: read from their build artifacts (forge's
// out/ for the local USDC, the npm builds for Uniswap V2), never written by hand.

import {readFileSync} from "node:fs";

/** The workspace root, which the artifact paths are relative to (this file is packages/demo/src/artifacts.mjs). */
const ROOT = new URL("../../../", import.meta.url);

export const ARTIFACTS = {
  /** The local 6-decimal stablecoin: test/utils/mocks/MockERC20.sol, open mint (demo only). */
  usdc: "out/MockERC20.sol/MockERC20.json",
  uniswapV2Factory: "node_modules/@uniswap/v2-core/build/UniswapV2Factory.json",
  uniswapV2Pair: "node_modules/@uniswap/v2-core/build/UniswapV2Pair.json",
  weth: "node_modules/@uniswap/v2-periphery/build/WETH9.json",
  uniswapV2Router: "node_modules/@uniswap/v2-periphery/build/UniswapV2Router02.json",
};

const abis = new Map();

/** The ABI of artifact `key`, read on first use: out/ exists only once the demo has built the mock. */
export function abiOf(key) {
  if (!abis.has(key)) abis.set(key, JSON.parse(readFileSync(new URL(ARTIFACTS[key], ROOT), "utf8")).abi);
  return abis.get(key);
}
