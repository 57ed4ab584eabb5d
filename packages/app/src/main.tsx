import {QueryClientProvider} from "@tanstack/react-query";
import {StrictMode} from "react";
import {createRoot} from "react-dom/client";
import {WagmiProvider} from "wagmi";
import {App} from "./App.js";
import "./styles.css";
import {createAppWagmi, queryClient} from "./wagmi.js";

async function main() {
  const {wagmi, devWallet} = await createAppWagmi();
  const root = document.getElementById("root");
  if (!root) throw new Error("no #root");
  createRoot(root).render(
    <StrictMode>
      <WagmiProvider config={wagmi}>
        <QueryClientProvider client={queryClient}>
          <App devWallet={devWallet} />
        </QueryClientProvider>
      </WagmiProvider>
    </StrictMode>,
  );
}

void main();
