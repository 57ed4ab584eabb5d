import {lazy, Suspense} from "react";
import type {Address} from "viem";
import {Wallet} from "./components/Wallet.js";
import {config} from "./config.js";
import type {DevWallet} from "./dev/devWallet.js";
import {href, useRoute} from "./router.js";

// Every page loads on demand: the first screen needs only the shell (wallet, providers), and a holder opening a token
// page downloads only what that page needs (the bundle budget in test/bundle.spec.ts counts the entry chunk).
const Home = lazy(() => import("./pages/Home.js"));
const TokenPage = lazy(() => import("./pages/Token.js"));
const Launch = lazy(() => import("./pages/Launch.js"));
const Dashboard = lazy(() => import("./pages/Dashboard.js"));
const Portfolio = lazy(() => import("./pages/Portfolio.js"));

export function App({devWallet}: {devWallet: DevWallet | undefined}) {
  const [page, arg] = useRoute();
  return (
    <>
      <header>
        <nav aria-label="Main">
          <a href={href()} className="brand">
            Personal Token
          </a>
          <a href={href("launch")}>Launch</a>
          <a href={href("dashboard")}>Dashboard</a>
          <a href={href("portfolio")}>Portfolio</a>
        </nav>
        <Wallet devWallet={devWallet} />
      </header>
      {__DEV_WALLET__ && devWallet ? (
        <p className="dev-banner" role="note">
          Local chain — the dev wallet signs with anvil's public test keys. Never present in a production build.
        </p>
      ) : null}
      {config.deployment ? null : (
        <p className="note error" role="alert">
          The SDK has no deployment of the protocol on chain {config.chain.id} yet.
        </p>
      )}
      <main>
        <Suspense fallback={<p>Loading…</p>}>
          {page === "token" && arg ? <TokenPage token={arg as Address} /> : null}
          {page === "launch" ? <Launch /> : null}
          {page === "dashboard" ? <Dashboard /> : null}
          {page === "portfolio" ? <Portfolio /> : null}
          {page === undefined ? <Home /> : null}
        </Suspense>
      </main>
    </>
  );
}
