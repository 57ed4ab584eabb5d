// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {IPersonalLoan} from "../../contracts/interfaces/IPersonalLoan.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {PersonalLoan} from "../../contracts/modules/PersonalLoan.sol";
import {BaseTest} from "./BaseTest.sol";
import {MockERC20} from "./mocks/MockERC20.sol";

/// @notice $ALEX (BaseTest default launch) and personal loans launched beside it through the factory
/// ({PersonalTokenFactory-launchModule}, no personal tokens). The default loan is Peter Pan's: 1,500 USDC (6
/// decimals) funded within 14 days, repaid in three monthly installments of 525 USDC (1,575 in all, 5% interest), a
/// week's grace.
abstract contract LoanBaseTest is BaseTest {
    uint128 internal constant PRINCIPAL = 1500e6;
    uint128 internal constant INSTALLMENT = 525e6;
    uint128 internal constant OWED = 3 * INSTALLMENT;
    uint64 internal constant FUNDING_WINDOW = 14 days;
    uint32 internal constant GRACE = 7 days;
    uint64 internal constant MONTH = 30 days;

    PersonalLoan internal loanImpl;
    MockERC20 internal usdc;
    PersonalToken internal alex;
    address internal carol = makeAddr("carol");
    address internal payer = makeAddr("payer");

    function setUp() public virtual override {
        super.setUp();
        loanImpl = new PersonalLoan();
        usdc = new MockERC20("USD Coin", "USDC", 6);
        (alex,) = _launch(_defaultParams());
    }

    /// @dev `count` equal installments of `each`, due a month apart from a month after the funding deadline.
    function _schedule(uint256 count, uint128 each, uint64 deadline)
        internal
        pure
        returns (IPersonalLoan.Installment[] memory s)
    {
        s = new IPersonalLoan.Installment[](count);
        for (uint256 i; i < count; ++i) {
            s[i] = IPersonalLoan.Installment({dueDate: deadline + uint64(i + 1) * MONTH, amount: each});
        }
    }

    function _terms(address asset, uint128 principal, uint256 count, uint128 each)
        internal
        view
        returns (IPersonalLoan.Terms memory t)
    {
        uint64 deadline = uint64(block.timestamp) + FUNDING_WINDOW;
        t = IPersonalLoan.Terms({
            name: "Peter Pan Loan 2026",
            symbol: "PPL26",
            asset: asset,
            principal: principal,
            fundingDeadline: deadline,
            gracePeriod: GRACE,
            installments: _schedule(count, each, deadline)
        });
    }

    function _defaultTerms() internal view returns (IPersonalLoan.Terms memory) {
        return _terms(address(usdc), PRINCIPAL, 3, INSTALLMENT);
    }

    function _launchLoan(IPersonalLoan.Terms memory t) internal returns (PersonalLoan) {
        vm.prank(creator);
        address module = factory.launchModule(
            address(alex),
            IPersonalTokenFactory.ModuleParams({implementation: address(loanImpl), tokenAmount: 0, data: abi.encode(t)})
        );
        return PersonalLoan(module);
    }

    function _launchDefaultLoan() internal returns (PersonalLoan) {
        return _launchLoan(_defaultTerms());
    }

    /// @dev Mints `amount` of the loan's ERC-20 asset (a MockERC20) to `who`, who approves the loan for it.
    function _mintAndApprove(PersonalLoan loan, address who, uint256 amount) internal {
        MockERC20 asset = MockERC20(loan.asset());
        asset.mint(who, amount);
        vm.prank(who);
        asset.approve(address(loan), amount);
    }

    /// @dev Mints `amount` of the loan's ERC-20 asset (a MockERC20) to `who`, who approves and funds.
    function _fund(PersonalLoan loan, address who, uint256 amount) internal returns (uint256 credited) {
        _mintAndApprove(loan, who, amount);
        vm.prank(who);
        credited = loan.fund(amount);
    }

    /// @dev Funds ETH from `who`.
    function _fundEth(PersonalLoan loan, address who, uint256 amount) internal returns (uint256 credited) {
        vm.deal(who, who.balance + amount);
        vm.prank(who);
        credited = loan.fund{value: amount}(amount);
    }

    /// @dev `payer` repays `amount` of the loan's ERC-20 asset (minted to it first).
    function _repay(PersonalLoan loan, uint256 amount) internal returns (uint256 received) {
        _mintAndApprove(loan, payer, amount);
        vm.prank(payer);
        received = loan.repay(amount);
    }

    /// @dev The default loan funded 1,000 USDC by alice and 500 by bob.
    function _fundedDefaultLoan() internal returns (PersonalLoan loan) {
        loan = _launchDefaultLoan();
        _fund(loan, alice, 1000e6);
        _fund(loan, bob, 500e6);
    }
}
