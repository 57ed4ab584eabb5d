// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ICredentials} from "../../contracts/interfaces/ICredentials.sol";
import {Credentials} from "../../contracts/modules/Credentials.sol";
import {CredentialsBaseTest} from "../utils/CredentialsBaseTest.sol";
import {GasBurningERC1271Wallet} from "../utils/mocks/GasBurningERC1271Wallet.sol";

/// @notice The gas cap on a smart-wallet creator's ERC-1271 check ({Credentials-ERC1271_GAS_LIMIT}): a hostile creator
/// wallet that looks valid in every simulation and burns all gas in a mined transaction costs a claimer at most the
/// cap, and a sender who gives too little gas gets a revert rather than a valid claim refused.
/// @dev Tests of gas limits live in test/gas-limits/, outside the gas snapshot (`pnpm gas`): its isolation runs every
/// call as its own transaction, which charges intrinsic gas out of `{gas: …}` and resets `vm.txGasPrice`.
contract CredentialsGasLimitsTest is CredentialsBaseTest {
    uint256 internal constant EARLY = 0;
    /// @dev What a claimer gives: several times what a claim costs.
    uint256 internal constant CLAIM_GAS = 1_000_000;
    /// @dev Most gas a refused claim may cost beyond `ERC1271_GAS_LIMIT` (the checks before and the call).
    uint256 internal constant CHECK_OVERHEAD = 30_000;

    GasBurningERC1271Wallet internal hostile;
    Credentials internal hostileCredentials;

    function setUp() public override {
        super.setUp();
        hostile = new GasBurningERC1271Wallet();
        hostileCredentials = _launchAs(address(hostile));
    }

    /// @notice The hostile wallet answers "valid" in a simulation, burns its whole cap when mined, and the claim is
    /// refused as an invalid signature, having cost at most the cap plus the checks.
    function test_RevertWhen_Claim_HostileWalletBurnsAtMostTheGasLimit() public {
        (ICredentials.Claim memory c, bytes memory sig) = _signedClaim(hostileCredentials, EARLY, alice);
        vm.txGasPrice(1 gwei);
        vm.expectRevert(ICredentials.Credentials_InvalidSignature.selector);
        uint256 before = gasleft();
        hostileCredentials.claim{gas: CLAIM_GAS}(c, sig);
        assertLt(before - gasleft(), hostileCredentials.ERC1271_GAS_LIMIT() + CHECK_OVERHEAD);
        assertFalse(hostileCredentials.hasCredential(alice, EARLY, false));
    }

    /// @notice Too little gas for the wallet's full cap (EIP-150 keeps 1/64 back) reverts with
    /// `Credentials_InsufficientGas`, so a valid wallet signature is never reported invalid for lack of gas.
    function test_RevertWhen_Claim_TooLittleGasForWalletCheck() public {
        (ICredentials.Claim memory c, bytes memory sig) = _signedClaim(hostileCredentials, EARLY, alice);
        uint256 limit = hostileCredentials.ERC1271_GAS_LIMIT();
        vm.txGasPrice(1 gwei);
        vm.expectRevert(
            abi.encodeWithSelector(ICredentials.Credentials_InsufficientGas.selector, address(hostile), limit)
        );
        hostileCredentials.claim{gas: limit}(c, sig);
    }
}
