// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice Fixtures for tools/forge-canary/run.sh, never part of the protocol's suites: one contract whose test
/// passes and one whose test fails, so the runner can check that forge's exit status reaches the caller both ways.
contract CanaryPasses {
    function test_Canary_Passes() public pure {
        require(1 + 1 == 2, "arithmetic");
    }
}

contract CanaryFails {
    function test_Canary_Fails() public pure {
        revert("canary: this test fails on purpose");
    }
}
