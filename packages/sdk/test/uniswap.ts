// Test-only: the real Uniswap V2 factory, router and WETH, deployed from the npm build artifacts (the bytecode the
// forge integration tests use), so staking runs on a genuine LP share with Uniswap's own EIP-2612 permit.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {type Abi, type Address, type Hex, maxUint256, parseAbi} from "viem";
import {ROOT} from "./constants.js";
import {creator, mined, now, publicClient, type WalletClient} from "./utils.js";

const artifact = (path: string) => {
  const json = JSON.parse(readFileSync(join(ROOT, "node_modules", path), "utf8")) as {abi: Abi; bytecode: string};
  return {abi: json.abi, bytecode: (json.bytecode.startsWith("0x") ? json.bytecode : `0x${json.bytecode}`) as Hex};
};

export const uniswapRouterAbi = parseAbi([
  "function addLiquidityETH(address token, uint256 amountTokenDesired, uint256 amountTokenMin, uint256 amountETHMin, address to, uint256 deadline) payable returns (uint256 amountToken, uint256 amountETH, uint256 liquidity)",
]);
const factoryAbi = parseAbi(["function getPair(address, address) view returns (address)"]);
const erc20 = parseAbi(["function approve(address, uint256) returns (bool)"]);

async function deploy(wallet: WalletClient, path: string, args: readonly unknown[]): Promise<Address> {
  const {abi, bytecode} = artifact(path);
  const receipt = await mined(wallet.deployContract({abi, bytecode, args} as never));
  return receipt.contractAddress!;
}

/** Deploys WETH9, UniswapV2Factory(feeToSetter) and UniswapV2Router02(factory, WETH). */
export async function deployUniswapV2(wallet: WalletClient = creator) {
  const weth = await deploy(wallet, "@uniswap/v2-periphery/build/WETH9.json", []);
  const factory = await deploy(wallet, "@uniswap/v2-core/build/UniswapV2Factory.json", [wallet.account.address]);
  const router = await deploy(wallet, "@uniswap/v2-periphery/build/UniswapV2Router02.json", [factory, weth]);
  return {weth, factory, router};
}

/** Adds `amountToken` + `amountEth` of liquidity through the router (creating the pair); returns the pair (the LP token). */
export async function addLiquidityEth(
  wallet: WalletClient,
  {router, factory, weth}: {router: Address; factory: Address; weth: Address},
  token: Address,
  amountToken: bigint,
  amountEth: bigint,
): Promise<Address> {
  await mined(wallet.writeContract({address: token, abi: erc20, functionName: "approve", args: [router, maxUint256]}));
  await mined(
    wallet.writeContract({
      address: router,
      abi: uniswapRouterAbi,
      functionName: "addLiquidityETH",
      args: [token, amountToken, 0n, 0n, wallet.account.address, (await now()) + 3_600n],
      value: amountEth,
      gas: 5_000_000n,
    }),
  );
  return publicClient.readContract({address: factory, abi: factoryAbi, functionName: "getPair", args: [token, weth]});
}
