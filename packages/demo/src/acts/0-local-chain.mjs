// Act 0: what the protocol needs around it on a fresh anvil, a stablecoin and Uniswap V2.

import {ARTIFACTS} from "../artifacts.mjs";
import {USD_DECIMALS} from "../figures.mjs";

/** Deploys the local USDC (a MockERC20) and Uniswap V2 (factory, WETH9, router 02). Returns their addresses. */
export async function setUpLocalChain({report, deployer, deploy}) {
  report.act("Act 0. Local chain: the stablecoin and Uniswap V2");
  const usdc = await deploy(ARTIFACTS.usdc, ["Local USD Coin", "USDC", USD_DECIMALS]);
  report.step("deploy USDC: a local 6-decimal MockERC20, open mint (demo only)", usdc.receipt);
  const factory = await deploy(ARTIFACTS.uniswapV2Factory, [deployer.account.address]);
  const weth = await deploy(ARTIFACTS.weth);
  const router = await deploy(ARTIFACTS.uniswapV2Router, [factory.address, weth.address]);
  report.step("deploy Uniswap V2 factory, WETH9, router 02 (npm build artifacts)", [
    factory.receipt,
    weth.receipt,
    router.receipt,
  ]);
  report.line(`USDC here is a local mock (test/utils/mocks/MockERC20.sol) at ${usdc.address}, not Circle's USDC.`);
  report.line(`Uniswap V2 factory ${factory.address}, WETH9 ${weth.address}, router ${router.address}`);
  return {usdc: usdc.address, uniswap: {factory: factory.address, weth: weth.address, router: router.address}};
}
