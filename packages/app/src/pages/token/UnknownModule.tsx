import {shortAddress} from "../../lib/format.js";
import type {TokenModule} from "../../lib/modules.js";

/**
 * A module whose implementation is not one of the protocol's own: unknown code, whatever its interface suggests. The
 * app says so and offers no action on it.
 */
export function UnknownModule({module: m}: {module: TokenModule}) {
  return (
    <section aria-labelledby={`unknown-${m.address}`} data-testid="unknown-module" className="warning">
      <h2 id={`unknown-${m.address}`}>Unknown module {m.index.toString()}</h2>
      <p role="note">
        <strong>Warning:</strong> module {m.index.toString()} ({m.address}) is a clone of{" "}
        {shortAddress(m.implementation)}, which is <strong>not one of the protocol's implementations</strong>. The
        creator may launch any contract beside the token: this one's behaviour is unknown and none of the protocol's
        guarantees apply to it. The app offers no action on it — do not send it anything unless you have read its code.
      </p>
    </section>
  );
}
