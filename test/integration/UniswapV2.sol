// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Vm} from "forge-std/Vm.sol";

import {IUniswapV2Router02} from "@uniswap/v2-periphery/contracts/interfaces/IUniswapV2Router02.sol";

/// @notice The parts of Uniswap V2 the integration tests use. The router's interface is the npm one (`pragma >=0.6.2`,
/// re-exported from here); the factory, pair and WETH interfaces are declared here because theirs do not extend
/// IERC20. The contracts themselves are the canonical builds, deployed from the npm artifacts.
interface IUniswapV2Factory {
    function createPair(address tokenA, address tokenB) external returns (address pair);
    function getPair(address tokenA, address tokenB) external view returns (address pair);
    function feeTo() external view returns (address);
}

interface IUniswapV2Pair is IERC20 {
    function token0() external view returns (address);
    function getReserves() external view returns (uint112 reserve0, uint112 reserve1, uint32 blockTimestampLast);
    function sync() external;
}

interface IWETH9 is IERC20 {
    function deposit() external payable;
    function withdraw(uint256 amount) external;
}

/// @notice Deploys Uniswap V2 (factory, WETH9, router 02) from the bytecode in the npm build artifacts of v2-core
/// 1.0.1 and v2-periphery 1.1.0-beta.0 (their `bytecode` field: hex without `0x`).
/// @dev Needs read access to both `build/` directories in `fs_permissions`. The router finds pairs by the init code
/// hash compiled into it, so it only works with the factory whose pair bytecode hashes to {PAIR_INIT_CODE_HASH}.
library UniswapV2Deployer {
    Vm private constant VM = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    string internal constant FACTORY_ARTIFACT = "node_modules/@uniswap/v2-core/build/UniswapV2Factory.json";
    string internal constant WETH_ARTIFACT = "node_modules/@uniswap/v2-periphery/build/WETH9.json";
    string internal constant ROUTER_ARTIFACT = "node_modules/@uniswap/v2-periphery/build/UniswapV2Router02.json";
    /// @notice `keccak256` of the pair creation code, as hard-coded in `UniswapV2Library.pairFor`.
    bytes32 internal constant PAIR_INIT_CODE_HASH = 0x96e8ac4277198ff8b6f785478aa9a39f403cb768dd02cbee326c3e7da348845f;

    struct Deployment {
        IUniswapV2Factory factory;
        IWETH9 weth;
        IUniswapV2Router02 router;
    }

    function deploy(address feeToSetter) internal returns (Deployment memory d) {
        d.factory = IUniswapV2Factory(_create(FACTORY_ARTIFACT, abi.encode(feeToSetter)));
        d.weth = IWETH9(_create(WETH_ARTIFACT, ""));
        d.router = IUniswapV2Router02(_create(ROUTER_ARTIFACT, abi.encode(d.factory, d.weth)));
    }

    /// @notice The pair address the router computes (CREATE2 by the factory over the sorted tokens).
    function pairFor(IUniswapV2Factory factory, address tokenA, address tokenB) internal pure returns (address) {
        (address token0, address token1) = tokenA < tokenB ? (tokenA, tokenB) : (tokenB, tokenA);
        bytes32 salt = keccak256(abi.encodePacked(token0, token1));
        bytes32 digest = keccak256(abi.encodePacked(hex"ff", factory, salt, PAIR_INIT_CODE_HASH));
        return address(uint160(uint256(digest)));
    }

    function _create(string memory artifact, bytes memory args) private returns (address deployed) {
        bytes memory initCode = abi.encodePacked(VM.parseJsonBytes(VM.readFile(artifact), ".bytecode"), args);
        assembly ("memory-safe") {
            deployed := create(0, add(initCode, 0x20), mload(initCode))
        }
        require(deployed != address(0), string.concat("UniswapV2Deployer: cannot deploy ", artifact));
    }
}
