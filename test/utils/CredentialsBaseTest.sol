// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PersonalToken} from "../../contracts/PersonalToken.sol";
import {ICredentials} from "../../contracts/interfaces/ICredentials.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {Credentials} from "../../contracts/modules/Credentials.sol";
import {ArrayBuilder} from "./ArrayBuilder.sol";
import {BaseTest} from "./BaseTest.sol";

/// @notice $ALEX launched with a credentials module whose creator has a key (so it can sign claims), and helpers to
/// define classes, build recipient lists and sign claims.
abstract contract CredentialsBaseTest is BaseTest {
    string internal constant EARLY_BELIEVER = "ipfs://early-believer";
    string internal constant GREAT_DEVELOPER = "ipfs://great-developer";
    uint64 internal constant ONE_YEAR = 365 days;
    uint256 internal constant CLAIM_WINDOW = 30 days;

    Credentials internal credentialsImpl;
    uint256 internal creatorKey;

    function setUp() public virtual override {
        (creator, creatorKey) = makeAddrAndKey("creator");
        super.setUp();
        credentialsImpl = new Credentials();
    }

    function _credentialsModule(bytes memory data) internal view returns (IPersonalTokenFactory.ModuleParams memory) {
        return
            IPersonalTokenFactory.ModuleParams({implementation: address(credentialsImpl), tokenAmount: 0, data: data});
    }

    /// @dev "Early believer": no expiry, not revocable.
    function _earlyBeliever() internal pure returns (ICredentials.ClassParams memory) {
        return ICredentials.ClassParams({uri: EARLY_BELIEVER, validUntil: 0, validFor: 0, revocable: false});
    }

    /// @dev "Great developer": valid one year from each issue, revocable.
    function _greatDeveloper() internal pure returns (ICredentials.ClassParams memory) {
        return ICredentials.ClassParams({uri: GREAT_DEVELOPER, validUntil: 0, validFor: ONE_YEAR, revocable: true});
    }

    function _classes(ICredentials.ClassParams memory a, ICredentials.ClassParams memory b)
        internal
        pure
        returns (ICredentials.ClassParams[] memory arr)
    {
        arr = new ICredentials.ClassParams[](2);
        arr[0] = a;
        arr[1] = b;
    }

    /// @dev Launches $ALEX with a credentials module defining class 0 "Early believer" and class 1 "Great developer".
    function _launchCredentials() internal returns (PersonalToken token, Credentials credentials) {
        return _launchCredentials(abi.encode(_classes(_earlyBeliever(), _greatDeveloper())));
    }

    function _launchCredentials(bytes memory data) internal returns (PersonalToken token, Credentials credentials) {
        vm.prank(creator);
        (address t,, address[] memory m) =
            factory.launchWithModules(_defaultParams(), ArrayBuilder.modules(_credentialsModule(data)));
        token = PersonalToken(t);
        credentials = Credentials(m[0]);
    }

    /// @dev `count` distinct recipients named `<prefix><i>`.
    function _recipients(string memory prefix, uint256 count) internal returns (address[] memory list) {
        list = new address[](count);
        for (uint256 i; i < count; ++i) {
            list[i] = makeAddr(string.concat(prefix, vm.toString(i)));
        }
    }

    function _issue(Credentials credentials, uint256 classId, address[] memory recipients) internal {
        vm.prank(creator);
        credentials.issue(classId, recipients);
    }

    function _sign(Credentials credentials, uint256 key, ICredentials.Claim memory c)
        internal
        view
        returns (bytes memory)
    {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, credentials.claimDigest(c));
        return abi.encodePacked(r, s, v);
    }

    /// @dev A claim of `classId` for `recipient` at its current nonce, open for CLAIM_WINDOW, signed by the creator.
    function _signedClaim(Credentials credentials, uint256 classId, address recipient)
        internal
        view
        returns (ICredentials.Claim memory c, bytes memory signature)
    {
        c = ICredentials.Claim({
            classId: classId,
            recipient: recipient,
            nonce: credentials.claimNonce(classId, recipient),
            deadline: block.timestamp + CLAIM_WINDOW
        });
        signature = _sign(credentials, creatorKey, c);
    }

    /// @dev A plain token launched by `account` (a wallet contract), with a credentials module defining class 0.
    function _launchAs(address account) internal returns (Credentials) {
        IPersonalTokenFactory.LaunchParams memory p = _plainParams(1 ether);
        p.allocations[0].recipient = account;
        ICredentials.ClassParams[] memory classes = new ICredentials.ClassParams[](1);
        classes[0] = _earlyBeliever();
        vm.prank(account);
        (,, address[] memory m) =
            factory.launchWithModules(p, ArrayBuilder.modules(_credentialsModule(abi.encode(classes))));
        return Credentials(m[0]);
    }
}
