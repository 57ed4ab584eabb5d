import {useEffect, useState} from "react";
import {useAccount, useConnect, useDisconnect} from "wagmi";
import type {DevWallet} from "../dev/devWallet.js";
import {shortAddress} from "../lib/format.js";

/** Connect through any discovered wallet (EIP-6963), or on the local chain the dev wallet. */
export function Wallet({devWallet}: {devWallet: DevWallet | undefined}) {
  const {address, connector, isConnected, status} = useAccount();
  const {connect, connectors, isPending, error} = useConnect();
  const {disconnect} = useDisconnect();
  if (isConnected && address) {
    return (
      <div className="wallet">
        <span title={address}>
          {connector?.name}: <strong data-testid="account">{shortAddress(address)}</strong>
        </span>
        {__DEV_WALLET__ && devWallet && connector?.id === "devWallet" ? <DevPicker devWallet={devWallet} /> : null}
        <button type="button" onClick={() => disconnect()}>
          Disconnect
        </button>
      </div>
    );
  }
  if (status === "reconnecting" || status === "connecting") {
    return (
      <div className="wallet" role="status">
        Connecting…
      </div>
    );
  }
  const unique = connectors.filter((c, i) => connectors.findIndex((d) => d.name === c.name) === i);
  return (
    <div className="wallet">
      {unique.map((c) => (
        <button type="button" key={c.uid} disabled={isPending} onClick={() => connect({connector: c})}>
          Connect {c.name}
        </button>
      ))}
      {error ? (
        <span className="note error" role="alert">
          {error.message.split("\n")[0]}
        </span>
      ) : null}
    </div>
  );
}

/** DEV WALLET (local chain only): act as one of the demo's people. */
function DevPicker({devWallet}: {devWallet: DevWallet}) {
  const [person, setPerson] = useState(devWallet.current().index);
  useEffect(() => setPerson(devWallet.current().index), [devWallet]);
  return (
    <span className="dev">
      <label htmlFor="dev-person">Dev wallet — act as</label>
      <select
        id="dev-person"
        value={person}
        onChange={(e) => {
          const index = Number(e.target.value);
          setPerson(index);
          void devWallet.actAs(index);
        }}
      >
        {devWallet.people.map((p) => (
          <option key={p.index} value={p.index}>
            {p.name}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => devWallet.rejectNext()}>
        Reject next request
      </button>
    </span>
  );
}
