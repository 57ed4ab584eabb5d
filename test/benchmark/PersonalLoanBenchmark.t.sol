// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPersonalLoan} from "../../contracts/interfaces/IPersonalLoan.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {PersonalLoan} from "../../contracts/modules/PersonalLoan.sol";
import {LoanBaseTest} from "../utils/LoanBaseTest.sol";
import {MockERC20} from "../utils/mocks/MockERC20.sol";

/// @notice Personal-loan gas, side by side in one run: launching the loan beside $ALEX, funding (first lender, the
/// lender who completes it, in ETH), the principal's withdrawal, a repayment distributed to 1, 1,000 and 10,000 claim
/// holders (O(1): identical), claims, and the claim token's transfer against a plain OpenZeppelin 5 ERC-20 deployed in
/// the same test. Figures land in `snapshots/PersonalLoanBenchmark.json` (run `pnpm gas`).
/// @dev One measurement per test so every one starts from the same cold state; the gas profile runs with
/// `isolate = true`, so every measured call is its own transaction and includes the 21,000 base. Setup (10,000 claim
/// holders included) is never measured.
contract PersonalLoanBenchmark is LoanBaseTest {
    string internal constant GROUP = "PersonalLoanBenchmark";
    uint256 private constant _HOLDER_BASE = uint256(keccak256("PersonalLoanBenchmark.holder"));

    function _holder(uint256 i) internal pure returns (address) {
        // forge-lint: disable-next-line(unsafe-typecast) truncation intended: a distinct address per index
        return address(uint160(_HOLDER_BASE + i));
    }

    /// @dev The default loan, funded by one lender who then spreads the claims over `holders` accounts (equal parts,
    /// the first keeps the rest); the principal is withdrawn.
    function _spread(uint256 holders) internal returns (PersonalLoan loan) {
        loan = _launchDefaultLoan();
        _fund(loan, _holder(0), PRINCIPAL);
        this.spreadClaims(loan, holders);
        vm.prank(creator);
        loan.withdrawPrincipal(creator);
    }

    /// @dev Setup only (see {_spread}).
    function spreadClaims(PersonalLoan loan, uint256 holders) external {
        uint256 each = PRINCIPAL / holders;
        vm.startPrank(_holder(0));
        for (uint256 i = 1; i < holders; ++i) {
            require(loan.transfer(_holder(i), each), "transfer");
        }
        vm.stopPrank();
    }

    // ------------------------------------------------------------------------------------------------ launch, funding

    function test_Gas_LaunchModule_Loan() public {
        IPersonalLoan.Terms memory t = _terms(address(usdc), PRINCIPAL, 12, 131_250_000);
        vm.prank(creator);
        factory.launchModule(
            address(alex),
            IPersonalTokenFactory.ModuleParams({implementation: address(loanImpl), tokenAmount: 0, data: abi.encode(t)})
        );
        vm.snapshotGasLastCall(GROUP, "launchModule_loan_12installments");
    }

    function test_Gas_Fund_FirstLender() public {
        PersonalLoan loan = _launchDefaultLoan();
        _mintAndApprove(loan, alice, 1000e6);
        vm.prank(alice);
        loan.fund(1000e6);
        vm.snapshotGasLastCall(GROUP, "fund_firstLender");
        assertEq(loan.balanceOf(alice), 1000e6);
    }

    function test_Gas_Fund_Completes() public {
        PersonalLoan loan = _launchDefaultLoan();
        _fund(loan, alice, 1000e6);
        _mintAndApprove(loan, bob, 500e6);
        vm.prank(bob);
        loan.fund(500e6);
        vm.snapshotGasLastCall(GROUP, "fund_completes");
        assertEq(uint8(loan.status()), uint8(IPersonalLoan.Status.Active));
    }

    function test_Gas_Fund_Eth() public {
        PersonalLoan loan = _launchLoan(_terms(address(0), 1 ether, 3, 0.35 ether));
        vm.deal(alice, 1 ether);
        vm.prank(alice);
        loan.fund{value: 0.6 ether}(0.6 ether);
        vm.snapshotGasLastCall(GROUP, "fund_eth_firstLender");
        assertEq(loan.balanceOf(alice), 0.6 ether);
    }

    function test_Gas_WithdrawPrincipal() public {
        PersonalLoan loan = _fundedDefaultLoan();
        vm.prank(creator);
        loan.withdrawPrincipal(creator);
        vm.snapshotGasLastCall(GROUP, "withdrawPrincipal");
        assertEq(usdc.balanceOf(creator), PRINCIPAL);
    }

    function test_Gas_Refund() public {
        PersonalLoan loan = _launchDefaultLoan();
        _fund(loan, alice, 1000e6);
        vm.warp(loan.fundingDeadline());
        vm.prank(alice);
        loan.refund(alice);
        vm.snapshotGasLastCall(GROUP, "refund");
        assertEq(usdc.balanceOf(alice), 1000e6);
    }

    // ------------------------------------------------------------------------------------------------ repayment

    /// @notice O(1) distribution: one installment repaid to 1, 1,000 and 10,000 claim holders costs the same gas.
    function test_Gas_Repay_ConstantInHolders() public {
        uint256[3] memory counts = [uint256(1), 1000, 10_000];
        string[3] memory names = ["repay_1holder", "repay_1000holders", "repay_10000holders"];
        uint256[3] memory used;
        for (uint256 k; k < counts.length; ++k) {
            PersonalLoan loan = _spread(counts[k]);
            _mintAndApprove(loan, payer, INSTALLMENT);
            vm.prank(payer);
            loan.repay(INSTALLMENT);
            used[k] = vm.snapshotGasLastCall(GROUP, names[k]);
            uint256 last = counts[k] - 1;
            assertApproxEqAbs(
                loan.claimable(_holder(last)),
                uint256(INSTALLMENT) * loan.balanceOf(_holder(last)) / PRINCIPAL,
                1,
                "every holder is credited"
            );
        }
        assertEq(used[1], used[0], "1,000 holders");
        assertEq(used[2], used[0], "10,000 holders");
    }

    function test_Gas_Repay_Partial() public {
        PersonalLoan loan = _fundedDefaultLoan();
        _mintAndApprove(loan, payer, 100e6);
        vm.prank(payer);
        loan.repay(100e6);
        vm.snapshotGasLastCall(GROUP, "repay_partialInstallment");
    }

    function test_Gas_Repay_EarlyInFull() public {
        PersonalLoan loan = _fundedDefaultLoan();
        _mintAndApprove(loan, payer, OWED);
        vm.prank(payer);
        loan.repay(OWED);
        vm.snapshotGasLastCall(GROUP, "repay_earlyInFull_3installments");
        assertEq(uint8(loan.status()), uint8(IPersonalLoan.Status.Repaid));
    }

    // ------------------------------------------------------------------------------------------------ claims

    function test_Gas_Claim_First() public {
        PersonalLoan loan = _fundedDefaultLoan();
        _repay(loan, INSTALLMENT);
        vm.prank(alice);
        loan.claim(alice);
        vm.snapshotGasLastCall(GROUP, "claim_first");
        assertEq(usdc.balanceOf(alice), 350e6);
    }

    function test_Gas_Claim_Later() public {
        PersonalLoan loan = _fundedDefaultLoan();
        _repay(loan, INSTALLMENT);
        vm.prank(alice);
        loan.claim(alice);
        _repay(loan, INSTALLMENT);
        vm.prank(alice);
        loan.claim(alice);
        vm.snapshotGasLastCall(GROUP, "claim_later");
        assertEq(usdc.balanceOf(alice), 700e6);
    }

    // ------------------------------------------------------------------------------------------------ transfers

    /// @notice The claim token against a plain OpenZeppelin 5 ERC-20 (MockERC20), same balances, same transfer: to an
    /// existing holder before any repayment (nothing to settle); the first transfer after a repayment (both sides'
    /// settlement slots written for the first time); to a new holder; in the steady state (both sides settled before,
    /// a repayment since); and a whole balance (the seller's sub-unit remainder returns to the carry).
    function test_Gas_Transfer_VersusPlainErc20() public {
        MockERC20 plain = new MockERC20("Plain", "PLN", 6);
        plain.mint(alice, 1000e6);
        plain.mint(bob, 500e6);
        vm.prank(alice);
        assertTrue(plain.transfer(bob, 100e6));
        vm.snapshotGasLastCall(GROUP, "transfer_ozErc20_existingHolder");
        vm.prank(alice);
        assertTrue(plain.transfer(carol, 100e6));
        vm.snapshotGasLastCall(GROUP, "transfer_ozErc20_newHolder");

        PersonalLoan loan = _fundedDefaultLoan();
        vm.prank(alice);
        assertTrue(loan.transfer(bob, 100e6));
        vm.snapshotGasLastCall(GROUP, "transfer_claim_existingHolder_nothingToSettle");

        _repay(loan, INSTALLMENT);
        vm.prank(alice);
        assertTrue(loan.transfer(bob, 100e6));
        vm.snapshotGasLastCall(GROUP, "transfer_claim_existingHolder_firstSettlement");
        vm.prank(alice);
        assertTrue(loan.transfer(carol, 100e6));
        vm.snapshotGasLastCall(GROUP, "transfer_claim_newHolder_afterRepayment");

        // Steady state: both sides were settled before, a repayment arrived since.
        _repay(loan, INSTALLMENT);
        vm.prank(alice);
        assertTrue(loan.transfer(bob, 100e6));
        vm.snapshotGasLastCall(GROUP, "transfer_claim_existingHolder_settledBefore");
        uint256 whole = loan.balanceOf(bob);
        vm.prank(bob);
        assertTrue(loan.transfer(carol, whole));
        vm.snapshotGasLastCall(GROUP, "transfer_claim_wholeBalance");
    }
}
