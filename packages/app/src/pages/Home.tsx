import {SourceNote} from "../components/SourceNote.js";
import {shortAddress} from "../lib/format.js";
import {useTokens} from "../lib/queries.js";
import {href} from "../router.js";

/** Every launched token, newest first (from the indexer, or the factory's logs). */
export default function Home() {
  const tokens = useTokens();
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">Personal tokens</h1>
      <p>
        A creator's own token that sells their time, a share of their income and a say in their life — every promise a
        contract. <a href={href("launch")}>Launch yours</a>.
      </p>
      {tokens.isLoading ? <p>Loading…</p> : null}
      {tokens.data?.items.length === 0 ? <p>No token launched on this chain yet.</p> : null}
      {tokens.data ? <SourceNote source={tokens.data.source} /> : null}
      <ul data-testid="token-list">
        {(tokens.data?.items ?? []).map((t) => (
          <li key={t.token}>
            <a href={href("token", t.token)}>
              {t.name} (${t.symbol})
            </a>{" "}
            <span className="note">by {shortAddress(t.creator)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
