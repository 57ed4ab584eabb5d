// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Test} from "forge-std/Test.sol";

import {TokenPull} from "../../contracts/libraries/TokenPull.sol";
import {FeeOnTransferToken} from "../utils/mocks/FeeOnTransferToken.sol";
import {MockERC20} from "../utils/mocks/MockERC20.sol";
import {NoReturnToken} from "../utils/mocks/NoReturnToken.sol";

/// @dev Holds what it pulls, as a module does.
contract Puller {
    using TokenPull for IERC20;

    function pull(IERC20 asset, address from, uint256 amount) external returns (uint256) {
        return asset.pull(from, amount);
    }
}

/// @notice {TokenPull} on its own: it credits what arrived, whatever the token does with the amount.
contract TokenPullTest is Test {
    Puller internal puller;
    address internal payer = makeAddr("payer");

    function setUp() public {
        puller = new Puller();
    }

    function test_Pull_PlainTokenCreditsTheAmount() public {
        MockERC20 token = new MockERC20("Mock", "M", 18);
        _fund(address(token), 100);
        assertEq(puller.pull(IERC20(address(token)), payer, 100), 100);
        assertEq(token.balanceOf(address(puller)), 100);
    }

    function test_Pull_FeeOnTransferCreditsWhatArrived() public {
        FeeOnTransferToken token = new FeeOnTransferToken(100); // 1%
        token.mint(payer, 10_000);
        vm.prank(payer);
        token.approve(address(puller), 10_000);
        assertEq(puller.pull(IERC20(address(token)), payer, 10_000), 9900);
    }

    function test_Pull_TokenWithoutReturnValue() public {
        NoReturnToken token = new NoReturnToken();
        token.mint(payer, 50);
        vm.prank(payer);
        token.approve(address(puller), 50);
        assertEq(puller.pull(IERC20(address(token)), payer, 50), 50);
    }

    function test_Pull_CountsOnlyTheDelta() public {
        MockERC20 token = new MockERC20("Mock", "M", 18);
        token.mint(address(puller), 1000); // already held: not credited again
        _fund(address(token), 7);
        assertEq(puller.pull(IERC20(address(token)), payer, 7), 7);
    }

    function test_RevertWhen_AllowanceMissing() public {
        MockERC20 token = new MockERC20("Mock", "M", 18);
        token.mint(payer, 1);
        vm.expectRevert();
        puller.pull(IERC20(address(token)), payer, 1);
    }

    function test_RevertWhen_NotAContract() public {
        // The balance read before the transfer already fails: an address without code returns no balance.
        vm.expectRevert();
        puller.pull(IERC20(address(0xdead)), payer, 1);
    }

    function testFuzz_Pull_CreditsAmountLessFee(uint256 amount, uint256 feeBps) public {
        amount = bound(amount, 0, type(uint128).max);
        feeBps = bound(feeBps, 0, 10_000);
        FeeOnTransferToken token = new FeeOnTransferToken(feeBps);
        token.mint(payer, amount);
        vm.prank(payer);
        token.approve(address(puller), amount);
        uint256 received = puller.pull(IERC20(address(token)), payer, amount);
        assertEq(received, amount - amount * feeBps / 10_000);
        assertEq(token.balanceOf(address(puller)), received);
    }

    function _fund(address token, uint256 amount) internal {
        MockERC20(token).mint(payer, amount);
        vm.prank(payer);
        MockERC20(token).approve(address(puller), amount);
    }
}
