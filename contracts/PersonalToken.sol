// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {NoncesUpgradeable} from "@openzeppelin/contracts-upgradeable/utils/NoncesUpgradeable.sol";
import {EIP712Upgradeable} from "@openzeppelin/contracts-upgradeable/utils/cryptography/EIP712Upgradeable.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

import {IPersonalToken} from "./interfaces/IPersonalToken.sol";
import {IPersonalTokenFactory} from "./interfaces/IPersonalTokenFactory.sol";
import {Allocation} from "./types/Allocation.sol";

/// @title PersonalToken
/// @notice See {IPersonalToken}.
/// @dev The ERC-20 core is written here rather than inherited because its storage is the point: an account's balance
/// shares one slot with its snapshot bookkeeping (the last snapshot its history covers and how many history entries
/// it has), so a transfer between snapshots reads and writes exactly the slots a plain ERC-20 does, plus one read of
/// the slot holding the latest snapshot (packed with the owner). EIP-712 and nonces are OpenZeppelin's; permit, burn
/// and two-step ownership follow OpenZeppelin 5 (same errors and events, so wallets and the SDK read them the same).
///
/// History: when an account's balance changes while its history does not yet cover the latest final snapshot `s`,
/// the balance from before the change is appended as the entry `(balance, s)`. The entry with the smallest id `>= k`
/// therefore holds the balance at snapshot `k`; an account whose history covers `s` but has no entry held nothing at
/// any snapshot up to `s` (new holders pay no write for their zero). The supply keeps a history the same way.
contract PersonalToken is
    IPersonalToken,
    IERC20Errors,
    IERC20Metadata,
    IERC20Permit,
    EIP712Upgradeable,
    NoncesUpgradeable
{
    /// @inheritdoc IPersonalToken
    uint256 public constant SNAPSHOT_INTERVAL = 1 days;
    /// @inheritdoc IPersonalToken
    uint256 public constant MAX_SUPPLY = type(uint208).max;

    uint256 private constant _BALANCE_MASK = (1 << 208) - 1;
    uint256 private constant _ID_MASK = (1 << 24) - 1;
    uint256 private constant _TIME_MASK = (1 << 40) - 1;
    bytes32 private constant _PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    /// @inheritdoc IPersonalToken
    address public immutable FACTORY;
    /// @inheritdoc IPersonalToken
    address public immutable POLLS_IMPLEMENTATION;
    /// @dev Code hash of an EIP-1167 clone of {POLLS_IMPLEMENTATION} (the runtime code OpenZeppelin's `Clones` deploys).
    bytes32 private immutable _POLLS_CLONE_CODEHASH;

    /// @dev What a transfer reads besides balances, in one slot: the owner and the latest snapshot.
    struct Control {
        address owner;
        uint24 snapshotId;
        uint40 snapshotTime;
        bool initialized;
    }

    /// @dev A balance (or the supply) with its history bookkeeping: the latest snapshot the history covers and the
    /// number of entries. One snapshot a day at most: 24 bits of ids last 45,000 years, and entries <= ids.
    struct Account {
        uint208 balance;
        uint24 snapshotId;
        uint24 entries;
    }

    /// @dev A history entry: the balance held at snapshot `snapshotId` and every earlier one not covered before it.
    struct Entry {
        uint208 balance;
        uint24 snapshotId;
    }

    Control private _control;
    Account private _supply;
    mapping(address account => Account) private _accounts;
    mapping(address owner => mapping(address spender => uint256)) private _allowances;
    mapping(address account => mapping(uint256 index => Entry)) private _history;
    mapping(uint256 index => Entry) private _supplyHistory;
    address private _pendingOwner;
    string private _name;
    string private _symbol;
    string private _contractURI;

    /// @dev Deployed by the factory (its constructor), which becomes the only account that can initialize clones.
    /// The implementation itself is marked initialized so that nothing can ever initialize it.
    /// @param pollsImplementation The protocol's {HolderPolls} implementation.
    constructor(address pollsImplementation) {
        FACTORY = msg.sender;
        POLLS_IMPLEMENTATION = pollsImplementation;
        _POLLS_CLONE_CODEHASH = keccak256(
            abi.encodePacked(hex"363d3d373d3d3d363d73", pollsImplementation, hex"5af43d82803e903d91602b57fd5bf3")
        );
        _control.initialized = true;
    }

    modifier onlyOwner() {
        if (msg.sender != _control.owner) revert OwnableUnauthorizedAccount(msg.sender);
        _;
    }

    /// @inheritdoc IPersonalToken
    function initialize(
        string calldata name_,
        string calldata symbol_,
        string calldata contractURI_,
        address creator,
        Allocation[] calldata allocations
    ) external {
        if (msg.sender != FACTORY) revert PersonalToken_NotFactory(msg.sender);
        if (_control.initialized) revert PersonalToken_AlreadyInitialized();
        if (creator == address(0)) revert OwnableInvalidOwner(address(0));
        _control = Control({owner: creator, snapshotId: 0, snapshotTime: 0, initialized: true});
        _name = name_;
        _symbol = symbol_;
        if (bytes(contractURI_).length != 0) _contractURI = contractURI_;
        emit OwnershipTransferred(address(0), creator);

        uint256 supply;
        uint256 length = allocations.length;
        for (uint256 i; i < length; ++i) {
            (address to, uint256 amount) = (allocations[i].recipient, allocations[i].amount);
            if (to == address(0)) revert ERC20InvalidReceiver(address(0));
            if (to == address(this)) revert PersonalToken_TransferToToken();
            supply += amount;
            if (supply > MAX_SUPPLY) revert PersonalToken_SupplyTooLarge(supply, MAX_SUPPLY);
            // forge-lint: disable-next-line(unsafe-typecast) every balance <= supply <= MAX_SUPPLY (checked above)
            _accounts[to].balance += uint208(amount);
            emit Transfer(address(0), to, amount);
        }
        // forge-lint: disable-next-line(unsafe-typecast) supply <= MAX_SUPPLY (checked above)
        _supply.balance = uint208(supply);
    }

    // ------------------------------------------------------------------------------------------------ ERC-20

    /// @inheritdoc IERC20Metadata
    function name() public view returns (string memory) {
        return _name;
    }

    /// @inheritdoc IERC20Metadata
    function symbol() external view returns (string memory) {
        return _symbol;
    }

    /// @inheritdoc IERC20Metadata
    function decimals() external pure returns (uint8) {
        return 18;
    }

    /// @inheritdoc IERC20
    function totalSupply() external view returns (uint256) {
        return _supply.balance;
    }

    /// @inheritdoc IERC20
    function balanceOf(address account) external view returns (uint256) {
        return _accounts[account].balance;
    }

    /// @inheritdoc IERC20
    function allowance(address owner_, address spender) external view returns (uint256) {
        return _allowances[owner_][spender];
    }

    /// @inheritdoc IERC20
    function transfer(address to, uint256 value) external returns (bool) {
        _transfer(msg.sender, to, value);
        return true;
    }

    /// @inheritdoc IERC20
    function transferFrom(address from, address to, uint256 value) external returns (bool) {
        _spendAllowance(from, msg.sender, value);
        _transfer(from, to, value);
        return true;
    }

    /// @inheritdoc IERC20
    function approve(address spender, uint256 value) external returns (bool) {
        _approve(msg.sender, spender, value);
        return true;
    }

    /// @inheritdoc IPersonalToken
    function burn(uint256 value) external {
        _update(msg.sender, address(0), value);
    }

    /// @inheritdoc IPersonalToken
    function burnFrom(address account, uint256 value) external {
        _spendAllowance(account, msg.sender, value);
        _update(account, address(0), value);
    }

    // ------------------------------------------------------------------------------------------------ EIP-2612

    /// @inheritdoc IERC20Permit
    function permit(address owner_, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
    {
        if (block.timestamp > deadline) revert ERC2612ExpiredSignature(deadline);
        bytes32 structHash =
            keccak256(abi.encode(_PERMIT_TYPEHASH, owner_, spender, value, _useNonce(owner_), deadline));
        address signer = ECDSA.recover(_hashTypedDataV4(structHash), v, r, s);
        if (signer != owner_) revert ERC2612InvalidSigner(signer, owner_);
        _approve(owner_, spender, value);
    }

    /// @inheritdoc IERC20Permit
    function nonces(address owner_) public view override(IERC20Permit, NoncesUpgradeable) returns (uint256) {
        return super.nonces(owner_);
    }

    /// @inheritdoc IERC20Permit
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // ------------------------------------------------------------------------------------------------ snapshots

    /// @inheritdoc IPersonalToken
    function snapshot() external returns (uint256 id, uint256 time) {
        if (
            msg.sender.codehash != _POLLS_CLONE_CODEHASH
                || IPersonalTokenFactory(FACTORY).moduleTokenOf(msg.sender) != address(this)
        ) revert PersonalToken_NotSnapshotter(msg.sender);
        Control memory c = _control;
        if (c.snapshotId != 0 && block.timestamp < c.snapshotTime + SNAPSHOT_INTERVAL) {
            return (c.snapshotId, c.snapshotTime);
        }
        ++c.snapshotId;
        // forge-lint: disable-next-line(unsafe-typecast) timestamps fit 40 bits until the year 36812
        c.snapshotTime = uint40(block.timestamp);
        _control = c;
        emit SnapshotTaken(c.snapshotId, block.timestamp, msg.sender);
        return (c.snapshotId, block.timestamp);
    }

    /// @inheritdoc IPersonalToken
    function latestSnapshot() external view returns (uint256 id, uint256 time) {
        Control memory c = _control;
        return (c.snapshotId, c.snapshotTime);
    }

    /// @inheritdoc IPersonalToken
    function balanceOfAt(address account, uint256 id) external view returns (uint256) {
        _checkSnapshot(id);
        return _valueAt(_accounts[account], _history[account], id);
    }

    /// @inheritdoc IPersonalToken
    function totalSupplyAt(uint256 id) external view returns (uint256) {
        _checkSnapshot(id);
        return _valueAt(_supply, _supplyHistory, id);
    }

    // ------------------------------------------------------------------------------------------------ profile

    /// @inheritdoc IPersonalToken
    function contractURI() external view returns (string memory) {
        return _contractURI;
    }

    /// @inheritdoc IPersonalToken
    function setContractURI(string calldata newContractURI) external onlyOwner {
        _contractURI = newContractURI;
        emit ContractURIUpdated();
    }

    // ------------------------------------------------------------------------------------------------ ownership

    /// @inheritdoc IPersonalToken
    function owner() external view returns (address) {
        return _control.owner;
    }

    /// @inheritdoc IPersonalToken
    function pendingOwner() external view returns (address) {
        return _pendingOwner;
    }

    /// @inheritdoc IPersonalToken
    function transferOwnership(address newOwner) external onlyOwner {
        _pendingOwner = newOwner;
        emit OwnershipTransferStarted(msg.sender, newOwner);
    }

    /// @inheritdoc IPersonalToken
    function acceptOwnership() external {
        if (msg.sender != _pendingOwner) revert OwnableUnauthorizedAccount(msg.sender);
        _transferOwnership(msg.sender);
    }

    /// @inheritdoc IPersonalToken
    function renounceOwnership() external onlyOwner {
        _transferOwnership(address(0));
    }

    // ------------------------------------------------------------------------------------------------ internals

    function _transferOwnership(address newOwner) private {
        delete _pendingOwner;
        address previous = _control.owner;
        _control.owner = newOwner;
        emit OwnershipTransferred(previous, newOwner);
    }

    function _transfer(address from, address to, uint256 value) private {
        if (to == address(0)) revert ERC20InvalidReceiver(address(0));
        if (to == address(this)) revert PersonalToken_TransferToToken();
        _update(from, to, value);
    }

    /// @dev Moves `value` from `from` to `to` (zero: burn), first writing history for whichever side does not yet
    /// cover the latest final snapshot. The hot path works on packed words ({Account}: balance in the low 208 bits,
    /// then the covered snapshot id, then the entry count), so a transfer between snapshots reads and writes each
    /// balance slot once, like a plain ERC-20, plus one read of {Control}.
    function _update(address from, address to, uint256 value) private {
        uint256 live = _latestFinalSnapshot();

        bytes32 fromSlot = _accountSlot(from);
        uint256 word = _load(fromSlot);
        uint256 balance = word & _BALANCE_MASK;
        if (balance < value) revert ERC20InsufficientBalance(from, balance, value);
        if ((word >> 208) & _ID_MASK < live) word = _record(_history[from], word, live);
        // The balance is the low bits and value <= balance: subtracting from the word touches nothing else.
        unchecked {
            _store(fromSlot, word - value);
        }

        if (to == address(0)) {
            bytes32 supplySlot;
            assembly ("memory-safe") {
                supplySlot := _supply.slot
            }
            word = _load(supplySlot);
            if ((word >> 208) & _ID_MASK < live) word = _record(_supplyHistory, word, live);
            // value <= the sender's balance <= the supply.
            unchecked {
                _store(supplySlot, word - value);
            }
        } else {
            bytes32 toSlot = _accountSlot(to);
            word = _load(toSlot);
            if ((word >> 208) & _ID_MASK < live) word = _record(_history[to], word, live);
            // Balances sum to the supply < 2^208: the balance field cannot overflow into the next.
            unchecked {
                _store(toSlot, word + value);
            }
        }
        emit Transfer(from, to, value);
    }

    /// @dev The latest final snapshot (zero: none yet, and nothing is written). In the second a snapshot is taken,
    /// the one before it (taken at least a day earlier, so final) is the latest final one.
    function _latestFinalSnapshot() private view returns (uint256 live) {
        uint256 control;
        assembly ("memory-safe") {
            control := sload(_control.slot)
        }
        live = (control >> 160) & _ID_MASK;
        // With no snapshot the time is zero and the comparison is false.
        if (block.timestamp <= (control >> 184) & _TIME_MASK) --live;
    }

    /// @dev Makes the packed account `word`'s history cover snapshot `id` with its current balance; returns the new
    /// word. A zero balance with no entries writes nothing: the covered range then reads as zero. An account that got
    /// tokens after such a zero range keeps it as a first entry `(0, previous id)` when its first real entry is written.
    function _record(mapping(uint256 => Entry) storage history, uint256 word, uint256 id) private returns (uint256) {
        uint256 balance = word & _BALANCE_MASK;
        uint256 covered = (word >> 208) & _ID_MASK;
        uint256 entries = word >> 232;
        if (entries == 0) {
            if (balance == 0) return (id << 208);
            // forge-lint: disable-next-line(unsafe-typecast) a 24-bit field
            if (covered != 0) history[entries++] = Entry({balance: 0, snapshotId: uint24(covered)});
        }
        // forge-lint: disable-next-line(unsafe-typecast) balance is a 208-bit field, id <= the latest 24-bit id
        history[entries++] = Entry({balance: uint208(balance), snapshotId: uint24(id)});
        // One entry per snapshot at most (plus the zero entry): entries <= ids < 2^24.
        return balance | (id << 208) | (entries << 232);
    }

    function _accountSlot(address account) private pure returns (bytes32 slot) {
        assembly ("memory-safe") {
            mstore(0x00, account)
            mstore(0x20, _accounts.slot)
            slot := keccak256(0x00, 0x40)
        }
    }

    function _load(bytes32 slot) private view returns (uint256 word) {
        assembly ("memory-safe") {
            word := sload(slot)
        }
    }

    function _store(bytes32 slot, uint256 word) private {
        assembly ("memory-safe") {
            sstore(slot, word)
        }
    }

    /// @dev The value of `a` at snapshot `id`: the current value if its history does not cover `id` (no change since),
    /// else the first entry at or after `id` (binary search), else zero.
    function _valueAt(Account memory a, mapping(uint256 => Entry) storage history, uint256 id)
        private
        view
        returns (uint256)
    {
        if (id > a.snapshotId) return a.balance;
        uint256 high = a.entries;
        if (high == 0) return 0;
        // The last entry's id is a.snapshotId >= id, so the search always lands on an entry.
        uint256 low;
        --high;
        while (low < high) {
            uint256 mid = (low + high) >> 1;
            if (history[mid].snapshotId < id) low = mid + 1;
            else high = mid;
        }
        return history[low].balance;
    }

    function _checkSnapshot(uint256 id) private view {
        Control memory c = _control;
        if (id == 0 || id > c.snapshotId) revert PersonalToken_UnknownSnapshot(id, c.snapshotId);
        if (id == c.snapshotId && block.timestamp <= c.snapshotTime) {
            revert PersonalToken_SnapshotNotFinal(id, uint256(c.snapshotTime) + 1);
        }
    }

    function _approve(address owner_, address spender, uint256 value) private {
        if (owner_ == address(0)) revert ERC20InvalidApprover(address(0));
        if (spender == address(0)) revert ERC20InvalidSpender(address(0));
        _allowances[owner_][spender] = value;
        emit Approval(owner_, spender, value);
    }

    /// @dev Like OpenZeppelin 5: an infinite allowance is never decreased, and spending emits no `Approval`.
    function _spendAllowance(address owner_, address spender, uint256 value) private {
        uint256 current = _allowances[owner_][spender];
        if (current != type(uint256).max) {
            if (current < value) revert ERC20InsufficientAllowance(spender, current, value);
            unchecked {
                _allowances[owner_][spender] = current - value;
            }
        }
    }

    /// @dev The EIP-712 domain name is the token name (fixed at launch), read rather than stored a second time.
    function _EIP712Name() internal view override returns (string memory) {
        return name();
    }

    /// @dev EIP-712 domain version for permit.
    function _EIP712Version() internal pure override returns (string memory) {
        return "1";
    }
}
