import type {Source} from "../lib/indexer.js";

/** Where a list came from: the indexer, or the chain's logs (no indexer configured, or not caught up yet). */
export function SourceNote({source}: {source: Source}) {
  return (
    <p className="note" data-testid="list-source" data-source={source}>
      {source === "indexer" ? "Listed by the indexer." : "Listed from the chain's logs (no indexer)."}
    </p>
  );
}
