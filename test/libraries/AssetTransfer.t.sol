// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Test} from "forge-std/Test.sol";

import {AssetTransfer} from "../../contracts/libraries/AssetTransfer.sol";
import {EthRejecter} from "../utils/mocks/EthRejecter.sol";
import {FeeOnTransferToken} from "../utils/mocks/FeeOnTransferToken.sol";
import {MockERC20} from "../utils/mocks/MockERC20.sol";
import {NoReturnToken} from "../utils/mocks/NoReturnToken.sol";

/// @dev What the three token mocks share: an open mint, and an `approve` whose return value is not read.
interface IMintableToken {
    function mint(address to, uint256 amount) external;
    function approve(address spender, uint256 amount) external;
}

/// @dev Holds, takes and sends an asset as a module does, reverting with its own error as the modules do.
contract AssetHolder {
    error AssetHolder_WrongPayment(uint256 expected, uint256 got);

    function balanceOf(address asset) external view returns (uint256) {
        return AssetTransfer.balanceOf(asset);
    }

    function valueFor(address asset, uint256 amount) external pure returns (uint256) {
        return AssetTransfer.valueFor(asset, amount);
    }

    /// @dev The two steps every payable intake takes.
    function pay(address asset, uint256 amount) external payable returns (uint256 received) {
        uint256 value = AssetTransfer.valueFor(asset, amount);
        if (msg.value != value) revert AssetHolder_WrongPayment(value, msg.value);
        received = AssetTransfer.take(asset, msg.sender, amount);
    }

    function pull(address asset, uint256 amount) external returns (uint256) {
        return AssetTransfer.pull(IERC20(asset), msg.sender, amount);
    }

    function send(address asset, address to, uint256 amount) external returns (bool) {
        return AssetTransfer.send(asset, to, amount);
    }

    receive() external payable {}
}

/// @notice {AssetTransfer} on its own: ETH or an ERC-20 held, taken and sent, and nothing it cannot report.
contract AssetTransferTest is Test {
    address internal constant ETH = address(0);

    AssetHolder internal holder;
    MockERC20 internal token;
    address internal payer = makeAddr("payer");
    address internal recipient = makeAddr("recipient");

    function setUp() public {
        holder = new AssetHolder();
        token = new MockERC20("Mock", "M", 18);
    }

    function test_Eth_IsTheZeroAddress() public pure {
        assertEq(AssetTransfer.ETH, address(0));
    }

    // ------------------------------------------------------------------------------------------------ balanceOf

    function test_BalanceOf_EthIsTheContractBalance() public {
        vm.deal(address(holder), 3 ether);
        assertEq(holder.balanceOf(ETH), 3 ether);
    }

    function test_BalanceOf_Erc20IsTheTokenBalance() public {
        token.mint(address(holder), 42);
        vm.deal(address(holder), 1 ether); // ETH held does not count for the token
        assertEq(holder.balanceOf(address(token)), 42);
    }

    // ------------------------------------------------------------------------------------------------ valueFor

    function test_ValueFor_EthCarriesTheAmount() public view {
        assertEq(holder.valueFor(ETH, 7), 7);
    }

    function test_ValueFor_Erc20CarriesNoEth() public view {
        assertEq(holder.valueFor(address(token), 7), 0);
    }

    function test_ValueFor_IgnoresBitsAboveTheAddress() public pure {
        address dirtyZero;
        assembly ("memory-safe") {
            dirtyZero := shl(160, 1) // address(0), with a bit set above its 160 bits
        }
        assertEq(AssetTransfer.valueFor(dirtyZero, 7), 7);
    }

    function testFuzz_ValueFor_AmountOnlyForEth(address asset, uint256 amount) public pure {
        assertEq(AssetTransfer.valueFor(asset, amount), asset == address(0) ? amount : 0);
        assertEq(AssetTransfer.valueFor(address(0), amount), amount);
    }

    // ------------------------------------------------------------------------------------------------ take

    function test_Take_EthCreditsTheAmountSent() public {
        vm.deal(payer, 5);
        vm.prank(payer);
        assertEq(holder.pay{value: 5}(ETH, 5), 5);
        assertEq(address(holder).balance, 5);
    }

    function test_Take_Erc20PullsTheAmount() public {
        assertEq(_pay(address(token), 100), 100);
        assertEq(token.balanceOf(address(holder)), 100);
        assertEq(token.balanceOf(payer), 0);
    }

    function test_Take_FeeOnTransferCreditsWhatArrived() public {
        FeeOnTransferToken fot = new FeeOnTransferToken(100); // 1%
        assertEq(_pay(address(fot), 10_000), 9900);
        assertEq(fot.balanceOf(address(holder)), 9900);
    }

    function test_Take_FullFeeCreditsZero() public {
        // Nothing arrives: the library reports zero, the caller decides (the modules revert `_ZeroAmount`).
        assertEq(_pay(address(new FeeOnTransferToken(10_000)), 50), 0);
    }

    function test_Take_TokenWithoutReturnValue() public {
        NoReturnToken noReturn = new NoReturnToken();
        assertEq(_pay(address(noReturn), 50), 50);
        assertEq(noReturn.balanceOf(address(holder)), 50);
    }

    function test_RevertWhen_EthPaymentCarriesTheWrongValue() public {
        vm.deal(payer, 10);
        vm.prank(payer);
        vm.expectRevert(abi.encodeWithSelector(AssetHolder.AssetHolder_WrongPayment.selector, 5, 4));
        holder.pay{value: 4}(ETH, 5);
    }

    function test_RevertWhen_Erc20PaymentCarriesEth_BeforeAnyPull() public {
        // No allowance either: the value check comes first, so it is the error reported.
        token.mint(payer, 5);
        vm.deal(payer, 1);
        vm.prank(payer);
        vm.expectRevert(abi.encodeWithSelector(AssetHolder.AssetHolder_WrongPayment.selector, 0, 1));
        holder.pay{value: 1}(address(token), 5);
    }

    function test_RevertWhen_Erc20AllowanceMissing() public {
        token.mint(payer, 5);
        vm.prank(payer);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(holder), 0, 5));
        holder.pay(address(token), 5);
    }

    // ------------------------------------------------------------------------------------------------ pull

    function test_Pull_CreditsTheAmount() public {
        assertEq(_pull(address(token), 100), 100);
        assertEq(token.balanceOf(address(holder)), 100);
        assertEq(token.balanceOf(payer), 0);
    }

    function test_Pull_CountsOnlyTheDelta() public {
        token.mint(address(holder), 1000); // already held: not credited again
        assertEq(_pull(address(token), 7), 7);
        assertEq(token.balanceOf(address(holder)), 1007);
    }

    function test_Pull_FeeOnTransferCreditsWhatArrived() public {
        assertEq(_pull(address(new FeeOnTransferToken(100)), 10_000), 9900); // 1%
    }

    function test_Pull_TokenWithoutReturnValue() public {
        assertEq(_pull(address(new NoReturnToken()), 50), 50);
    }

    function test_RevertWhen_PullWithoutAllowance() public {
        token.mint(payer, 1);
        vm.prank(payer);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(holder), 0, 1));
        holder.pull(address(token), 1);
    }

    function test_RevertWhen_PullFromNotAContract() public {
        // The balance read before the transfer already fails: an address without code returns no balance.
        vm.prank(payer);
        vm.expectRevert();
        holder.pull(address(0xdead), 1);
    }

    function testFuzz_Pull_CreditsAmountLessFee(uint256 amount, uint256 feeBps) public {
        amount = bound(amount, 0, type(uint128).max);
        feeBps = bound(feeBps, 0, 10_000);
        FeeOnTransferToken fot = new FeeOnTransferToken(feeBps);
        uint256 received = _pull(address(fot), amount);
        assertEq(received, amount - amount * feeBps / 10_000);
        assertEq(fot.balanceOf(address(holder)), received);
    }

    // ------------------------------------------------------------------------------------------------ send

    function test_Send_Eth() public {
        vm.deal(address(holder), 2 ether);
        assertTrue(holder.send(ETH, recipient, 1 ether));
        assertEq(recipient.balance, 1 ether);
        assertEq(address(holder).balance, 1 ether);
    }

    function test_Send_EthRefusedReturnsFalse() public {
        // The caller reverts with its own error (`PersonalLoan_EthTransferFailed(to, amount)`); the ETH stays.
        EthRejecter rejecter = new EthRejecter();
        vm.deal(address(holder), 1 ether);
        assertFalse(holder.send(ETH, address(rejecter), 1 ether));
        assertEq(address(rejecter).balance, 0);
        assertEq(address(holder).balance, 1 ether);
    }

    function test_Send_EthMoreThanHeldReturnsFalse() public {
        vm.deal(address(holder), 1);
        assertFalse(holder.send(ETH, recipient, 2));
        assertEq(recipient.balance, 0);
    }

    function test_Send_Erc20() public {
        token.mint(address(holder), 10);
        assertTrue(holder.send(address(token), recipient, 4));
        assertEq(token.balanceOf(recipient), 4);
        assertEq(token.balanceOf(address(holder)), 6);
    }

    function test_Send_TokenWithoutReturnValue() public {
        NoReturnToken noReturn = new NoReturnToken();
        noReturn.mint(address(holder), 10);
        assertTrue(holder.send(address(noReturn), recipient, 10));
        assertEq(noReturn.balanceOf(recipient), 10);
    }

    function test_RevertWhen_Erc20SendExceedsBalance() public {
        // A refused ERC-20 transfer reverts (SafeERC20) rather than returning false.
        token.mint(address(holder), 1);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, address(holder), 1, 2));
        holder.send(address(token), recipient, 2);
    }

    // ------------------------------------------------------------------------------------------------ fuzz

    function testFuzz_EthRoundTrip(uint256 amount, uint256 sent) public {
        amount = bound(amount, 1, type(uint128).max);
        sent = bound(sent, 0, amount);
        vm.deal(payer, amount);
        vm.prank(payer);
        assertEq(holder.pay{value: amount}(ETH, amount), amount);
        assertEq(holder.balanceOf(ETH), amount);
        assertTrue(holder.send(ETH, recipient, sent));
        assertEq(recipient.balance, sent);
        assertEq(holder.balanceOf(ETH), amount - sent);
    }

    function testFuzz_Erc20TakeCreditsAmountLessFee(uint256 amount, uint256 feeBps, uint256 sent) public {
        amount = bound(amount, 0, type(uint128).max);
        feeBps = bound(feeBps, 0, 10_000);
        FeeOnTransferToken fot = new FeeOnTransferToken(feeBps);
        uint256 received = _pay(address(fot), amount);
        assertEq(received, amount - amount * feeBps / 10_000);
        assertEq(holder.balanceOf(address(fot)), received);
        sent = bound(sent, 0, received);
        assertTrue(holder.send(address(fot), recipient, sent));
        assertEq(holder.balanceOf(address(fot)), received - sent);
    }

    function testFuzz_RevertWhen_ValueIsNotWhatThePaymentCarries(bool eth, uint256 amount, uint256 value) public {
        amount = bound(amount, 0, type(uint128).max);
        address asset = eth ? ETH : address(token);
        uint256 expected = eth ? amount : 0;
        value = bound(value, 0, type(uint128).max);
        vm.assume(value != expected);
        vm.deal(payer, value);
        vm.prank(payer);
        vm.expectRevert(abi.encodeWithSelector(AssetHolder.AssetHolder_WrongPayment.selector, expected, value));
        holder.pay{value: value}(asset, amount);
    }

    /// @dev Mints `amount` of `asset` to the payer, who approves the holder, which pulls it in ({AssetTransfer-pull}).
    function _pull(address asset, uint256 amount) internal returns (uint256 received) {
        IMintableToken(asset).mint(payer, amount);
        vm.startPrank(payer);
        IMintableToken(asset).approve(address(holder), amount);
        received = holder.pull(asset, amount);
        vm.stopPrank();
    }

    /// @dev Mints `amount` of `asset` to the payer, who approves the holder and pays it in ({AssetTransfer-take}).
    function _pay(address asset, uint256 amount) internal returns (uint256 received) {
        IMintableToken(asset).mint(payer, amount);
        vm.startPrank(payer);
        IMintableToken(asset).approve(address(holder), amount);
        received = holder.pay(asset, amount);
        vm.stopPrank();
    }
}
