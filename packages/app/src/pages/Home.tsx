import {SourceNote} from "../components/SourceNote.js";
import {shortAddress} from "../lib/format.js";
import {useTokens} from "../lib/queries.js";
import {href} from "../router.js";

/** Every launched token, newest first (from the indexer, or the factory's logs). */
export default function Home() {
  const tokens = useTokens();
  const pages = tokens.data?.pages ?? [];
  // A token launched between two pages' reads shifts the newest-first list by one: show it once.
  const seen = new Set<string>();
  const items = pages
    .flatMap((p) => p.items)
    .filter((t) => {
      if (seen.has(t.token)) return false;
      seen.add(t.token);
      return true;
    });
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">Personal tokens</h1>
      <p>
        A creator's own token that sells their time, a share of their income and a say in their life — every promise a
        contract. <a href={href("launch")}>Launch yours</a>.
      </p>
      {tokens.isLoading ? <p>Loading…</p> : null}
      {tokens.data && items.length === 0 ? <p>No token launched on this chain yet.</p> : null}
      {pages[0] ? <SourceNote source={pages[0].source} /> : null}
      <ul data-testid="token-list">
        {items.map((t) => (
          <li key={t.token}>
            <a href={href("token", t.token)}>
              {t.name} (${t.symbol})
            </a>{" "}
            <span className="note">by {shortAddress(t.creator)}</span>
          </li>
        ))}
      </ul>
      {tokens.hasNextPage ? (
        <button type="button" onClick={() => tokens.fetchNextPage()} disabled={tokens.isFetchingNextPage}>
          {tokens.isFetchingNextPage ? "Loading more…" : "Show more"}
        </button>
      ) : null}
    </section>
  );
}
