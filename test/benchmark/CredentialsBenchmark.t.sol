// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ICredentials} from "../../contracts/interfaces/ICredentials.sol";
import {IPersonalTokenFactory} from "../../contracts/interfaces/IPersonalTokenFactory.sol";
import {Credentials} from "../../contracts/modules/Credentials.sol";
import {ArrayBuilder} from "../utils/ArrayBuilder.sol";
import {CredentialsBaseTest} from "../utils/CredentialsBaseTest.sol";

/// @dev OpenZeppelin 4.9 `ERC1155PresetMinterPauser`: the calls measured.
interface IERC1155PresetV4 {
    function mint(address to, uint256 id, uint256 amount, bytes memory data) external;
    function balanceOf(address account, uint256 id) external view returns (uint256);
}

/// @dev OpenZeppelin 4.9 `ERC721PresetMinterPauserAutoId`: the calls measured.
interface IERC721PresetV4 {
    function mint(address to) external;
    function balanceOf(address owner) external view returns (uint256);
}

/// @notice Credentials gas, side by side in one run: ours (a clone launched through the factory, "Early believer" as
/// class 0) and the two anchors from OpenZeppelin 4.9's npm build artifacts, `ERC1155PresetMinterPauser` (one id for
/// the class, amount 1 each) and `ERC721PresetMinterPauserAutoId` (one token each, enumerable). Issuing to 1 and to 100
/// recipients, a claim by the creator's signature submitted by a relayer, a burn and a revocation. The anchors mint
/// one recipient per transaction (neither can mint to many accounts in one call), so their 100-recipient figure is the
/// sum of 100 transactions. Figures land in `snapshots/CredentialsBenchmark.json` (run `pnpm gas`).
/// @dev The gas profile runs with `isolate = true`: every measured call is its own transaction (cold storage, 21,000
/// base). Setup is never measured; each test ends by checking the measured calls did what they should. Recipients
/// are fresh accounts without code (no receiver hook on either side) that hold nothing of the collection yet.
contract CredentialsBenchmark is CredentialsBaseTest {
    string internal constant GROUP = "CredentialsBenchmark";
    string internal constant ERC1155_ARTIFACT =
        "node_modules/@openzeppelin/contracts-v4/build/contracts/ERC1155PresetMinterPauser.json";
    string internal constant ERC721_ARTIFACT =
        "node_modules/@openzeppelin/contracts-v4/build/contracts/ERC721PresetMinterPauserAutoId.json";
    uint256 internal constant MANY = 100;
    uint256 internal constant EARLY = 0;
    uint256 internal constant DEV = 1;

    Credentials internal credentials;
    IERC1155PresetV4 internal anchor1155;
    IERC721PresetV4 internal anchor721;

    function setUp() public override {
        super.setUp();
        (, credentials) = _launchCredentials();
        anchor1155 = IERC1155PresetV4(_deploy(ERC1155_ARTIFACT, abi.encode(EARLY_BELIEVER)));
        anchor721 = IERC721PresetV4(_deploy(ERC721_ARTIFACT, abi.encode("Early believer", "EARLY", "ipfs://early/")));
    }

    function _deploy(string memory artifact, bytes memory args) internal returns (address deployed) {
        bytes memory initCode = abi.encodePacked(vm.parseJsonBytes(vm.readFile(artifact), ".bytecode"), args);
        assembly ("memory-safe") {
            deployed := create(0, add(initCode, 0x20), mload(initCode))
        }
        require(deployed != address(0), "anchor deploy failed");
    }

    // ------------------------------------------------------------------------------------------------ ours

    /// @notice $ALEX (two holders, vesting) with a credentials module defining two classes, in one launch transaction.
    function test_Gas_LaunchWithCredentials() public {
        IPersonalTokenFactory.LaunchParams memory p = _defaultParams();
        p.salt = keccak256("ALT");
        vm.prank(creator);
        (,, address[] memory m) = factory.launchWithModules(
            p, ArrayBuilder.modules(_credentialsModule(abi.encode(_classes(_earlyBeliever(), _greatDeveloper()))))
        );
        vm.snapshotGasLastCall(GROUP, "launchWithCredentials");
        assertEq(Credentials(m[0]).classCount(), 2);
    }

    /// @notice A class defined later ("Marketing DAO co-founder", revocable, one year).
    function test_Gas_CreateClass() public {
        vm.prank(creator);
        credentials.createClass(
            ICredentials.ClassParams({uri: "ipfs://marketing-dao", validUntil: 0, validFor: ONE_YEAR, revocable: true})
        );
        vm.snapshotGasLastCall(GROUP, "createClass");
        assertEq(credentials.classCount(), 3);
    }

    /// @notice One credential issued directly by the creator.
    function test_Gas_Issue_1() public {
        address[] memory to = _recipients("one", 1);
        _issue(credentials, EARLY, to);
        vm.snapshotGasLastCall(GROUP, "issue_1");
        assertTrue(credentials.hasCredential(to[0], EARLY, true));
    }

    /// @notice 100 credentials of a class without expiry ("Early believer") in one transaction.
    function test_Gas_Issue_100() public {
        address[] memory to = _recipients("many", MANY);
        _issue(credentials, EARLY, to);
        uint256 used = vm.snapshotGasLastCall(GROUP, "issue_100");
        vm.snapshotValue(GROUP, "issue_100_perRecipient", used / MANY);
        assertEq(credentials.getClass(EARLY).holders, MANY);
    }

    /// @notice 100 credentials of a class valid one year from issue: each also records its expiry (one more slot).
    function test_Gas_Issue_100_Expiring() public {
        address[] memory to = _recipients("many", MANY);
        _issue(credentials, DEV, to);
        uint256 used = vm.snapshotGasLastCall(GROUP, "issue_100_expiring");
        vm.snapshotValue(GROUP, "issue_100_expiring_perRecipient", used / MANY);
        assertEq(credentials.getClass(DEV).holders, MANY);
    }

    /// @notice A recipient's claim signed by the creator, submitted by a relayer (the creator pays nothing).
    function test_Gas_Claim() public {
        address recipient = makeAddr("claimer");
        (ICredentials.Claim memory c, bytes memory sig) = _signedClaim(credentials, EARLY, recipient);
        vm.prank(makeAddr("relayer"));
        credentials.claim(c, sig);
        vm.snapshotGasLastCall(GROUP, "claim");
        assertTrue(credentials.hasCredential(recipient, EARLY, true));
    }

    /// @notice A holder burns their credential.
    function test_Gas_Burn() public {
        _issue(credentials, EARLY, ArrayBuilder.addresses(alice, bob));
        vm.prank(alice);
        credentials.burn(EARLY);
        vm.snapshotGasLastCall(GROUP, "burn");
        assertFalse(credentials.hasCredential(alice, EARLY, false));
    }

    /// @notice The creator revokes a credential of a revocable class.
    function test_Gas_Revoke() public {
        _issue(credentials, DEV, ArrayBuilder.addresses(alice, bob));
        vm.prank(creator);
        credentials.revoke(DEV, alice);
        vm.snapshotGasLastCall(GROUP, "revoke");
        assertFalse(credentials.hasCredential(alice, DEV, false));
    }

    // ------------------------------------------------------------------------------------------------ anchors

    /// @notice Each anchor mints one token to one fresh recipient.
    function test_Gas_Anchor_Mint_1() public {
        address[] memory to = _recipients("one", 1);
        anchor1155.mint(to[0], EARLY, 1, "");
        vm.snapshotGasLastCall(GROUP, "anchor1155_mint_1");
        anchor721.mint(to[0]);
        vm.snapshotGasLastCall(GROUP, "anchor721_mint_1");
        assertEq(anchor1155.balanceOf(to[0], EARLY), 1);
        assertEq(anchor721.balanceOf(to[0]), 1);
    }

    /// @notice 100 recipients, all three in one run: ours in one `issue`, each anchor in 100 `mint` transactions.
    function test_Gas_SideBySide_100() public {
        address[] memory to = _recipients("many", MANY);
        _issue(credentials, EARLY, to);
        uint256 ours = vm.lastCallGas().gasTotalUsed;
        uint256 used1155;
        uint256 used721;
        for (uint256 i; i < MANY; ++i) {
            anchor1155.mint(to[i], EARLY, 1, "");
            used1155 += vm.lastCallGas().gasTotalUsed;
            anchor721.mint(to[i]);
            used721 += vm.lastCallGas().gasTotalUsed;
        }
        vm.snapshotValue(GROUP, "sideBySide_100_ours", ours);
        vm.snapshotValue(GROUP, "sideBySide_100_anchor1155", used1155);
        vm.snapshotValue(GROUP, "sideBySide_100_anchor721", used721);
        for (uint256 i; i < MANY; ++i) {
            assertTrue(credentials.hasCredential(to[i], EARLY, true));
            assertEq(anchor1155.balanceOf(to[i], EARLY), 1);
            assertEq(anchor721.balanceOf(to[i]), 1);
        }
    }
}
