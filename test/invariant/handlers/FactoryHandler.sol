// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PersonalTokenFactory} from "../../../contracts/PersonalTokenFactory.sol";
import {IPersonalTokenFactory} from "../../../contracts/interfaces/IPersonalTokenFactory.sol";
import {Allocation} from "../../../contracts/types/Allocation.sol";
import {BaseHandler} from "./BaseHandler.sol";

/// @notice Launches random valid tokens from a few creators with a few salts each, so that salts get reused, and
/// records what every launch asked for.
/// @dev A reused (creator, salt) pair must revert with {PersonalTokenFactory_SaltAlreadyUsed}; every other generated
/// launch is valid and must succeed at the predicted addresses.
contract FactoryHandler is BaseHandler {
    uint256 public constant CREATOR_COUNT = 3;
    uint256 public constant SALT_COUNT = 8;
    uint256 public constant RECIPIENT_COUNT = 4;
    uint256 public constant MAX_ALLOCATIONS = 4;
    uint256 public constant MAX_WARP = 30 days;
    /// @dev One launch in this many has no vesting.
    uint256 private constant NO_VESTING_ODDS = 3;
    /// @dev Largest supply the factory accepts (vote checkpoints are uint208).
    uint256 private constant MAX_SUPPLY = type(uint208).max;

    /// @notice What a successful launch asked for and got.
    struct LaunchRecord {
        address token;
        address creator;
        address vesting;
        uint64 launchedAt;
        uint256 supply;
        uint256 vestingAmount;
    }

    PersonalTokenFactory public immutable factory;

    /// @dev Allocation recipients; the creators (the handler's actors) receive tokens too.
    address[] internal _recipients;

    // Ghost registry.
    LaunchRecord[] internal _launches;
    mapping(address creator => address[] tokens) internal _ghostTokensByCreator;
    mapping(address creator => mapping(bytes32 salt => bool)) public ghostSaltUsed;
    mapping(address token => bool) public ghostIsLaunched;
    /// @notice Launches that returned an address some earlier launch already returned.
    uint256 public ghostDuplicateLaunches;

    constructor(PersonalTokenFactory factory_) {
        factory = factory_;
        for (uint256 i; i < CREATOR_COUNT; ++i) {
            address creator = makeAddr(string.concat("launcher", vm.toString(i)));
            _actors.push(creator);
            _recipients.push(creator);
        }
        for (uint256 i; i < RECIPIENT_COUNT; ++i) {
            _recipients.push(makeAddr(string.concat("recipient", vm.toString(i))));
        }
    }

    /*//////////////////////////////////////////////////////////////
                                ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @notice A creator launches a random valid token; a salt it already used must be refused.
    /// @param supply Clamped to [1, type(uint208).max].
    /// @param vestingAmount Clamped to [1, supply]; zero (no vesting) for one launch in `NO_VESTING_ODDS`.
    /// @param shapeSeed Derives the allocation count, split, recipients, cliff and duration.
    function launch(uint256 creatorSeed, uint256 saltSeed, uint256 supply, uint256 vestingAmount, uint256 shapeSeed)
        external
    {
        address creator = _actor(creatorSeed);
        bytes32 salt = keccak256(abi.encode("salt", saltSeed % SALT_COUNT));
        IPersonalTokenFactory.LaunchParams memory params = _params(salt, supply, vestingAmount, shapeSeed);
        (address predictedToken, address predictedVesting) = factory.predictAddresses(creator, salt);

        if (ghostSaltUsed[creator][salt]) {
            vm.prank(creator);
            vm.expectRevert(
                abi.encodeWithSelector(
                    IPersonalTokenFactory.PersonalTokenFactory_SaltAlreadyUsed.selector, creator, salt, predictedToken
                )
            );
            factory.launch(params);
            ++calls["launchSaltReused"];
            return;
        }

        vm.prank(creator);
        (address token, address vesting) = factory.launch(params);
        assertEq(token, predictedToken, "token not at predicted address");
        assertEq(
            vesting, params.vesting.amount == 0 ? address(0) : predictedVesting, "vesting not at predicted address"
        );

        if (ghostIsLaunched[token]) ++ghostDuplicateLaunches;
        ghostIsLaunched[token] = true;
        ghostSaltUsed[creator][salt] = true;
        _launches.push(
            LaunchRecord({
                token: token,
                creator: creator,
                vesting: vesting,
                launchedAt: uint64(block.timestamp),
                supply: params.totalSupply,
                vestingAmount: params.vesting.amount
            })
        );
        _ghostTokensByCreator[creator].push(token);
        ++calls[vesting == address(0) ? "launch" : "launchWithVesting"];
    }

    /// @notice Moves time forward so launches carry different timestamps.
    function warp(uint256 seconds_) external {
        _warpBy(seconds_, 1, MAX_WARP);
    }

    /*//////////////////////////////////////////////////////////////
                                VIEWS
    //////////////////////////////////////////////////////////////*/

    function recipients() external view returns (address[] memory) {
        return _recipients;
    }

    /// @notice Every successful launch, oldest first.
    function launches() external view returns (LaunchRecord[] memory) {
        return _launches;
    }

    function ghostTokensByCreator(address creator) external view returns (address[] memory) {
        return _ghostTokensByCreator[creator];
    }

    /*//////////////////////////////////////////////////////////////
                               HELPERS
    //////////////////////////////////////////////////////////////*/

    /// @dev A valid launch: non-zero allocations to known recipients that, with the vesting amount, add up to the
    /// supply; a schedule with `cliff <= duration <= MAX_VESTING_DURATION` exactly when something vests.
    function _params(bytes32 salt, uint256 supply, uint256 vestingAmount, uint256 shapeSeed)
        internal
        view
        returns (IPersonalTokenFactory.LaunchParams memory params)
    {
        supply = _bound(supply, 1, MAX_SUPPLY);
        vestingAmount = shapeSeed % NO_VESTING_ODDS == 0 ? 0 : _bound(vestingAmount, 1, supply);
        uint256 rest = supply - vestingAmount;

        // Every allocation needs at least one token: no more allocations than tokens left.
        uint256 count = rest == 0 ? 0 : 1 + _word(shapeSeed, 0) % MAX_ALLOCATIONS;
        if (count > rest) count = rest;
        params.allocations = new Allocation[](count);
        for (uint256 i; i < count; ++i) {
            uint256 left = count - 1 - i;
            uint256 amount = left == 0 ? rest : 1 + _word(shapeSeed, 2 * i + 1) % (rest - left);
            rest -= amount;
            params.allocations[i] =
                Allocation({recipient: _recipients[_word(shapeSeed, 2 * i + 2) % _recipients.length], amount: amount});
        }

        if (vestingAmount != 0) {
            uint64 maxDuration = factory.MAX_VESTING_DURATION();
            uint64 duration = uint64(1 + _word(shapeSeed, 100) % maxDuration);
            uint64 cliff = uint64(_word(shapeSeed, 101) % (uint256(duration) + 1));
            params.vesting =
                IPersonalTokenFactory.VestingParams({amount: vestingAmount, cliff: cliff, duration: duration});
        }
        params.name = "Launched";
        params.symbol = "LNCH";
        params.totalSupply = supply;
        params.salt = salt;
    }

    function _word(uint256 seed, uint256 index) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(seed, index)));
    }
}
