import type {ReactNode} from "react";

/** A wide table's container: scrolls sideways on a phone, and is reachable by keyboard to do so (axe: scrollable-region-focusable). */
export function Scroll({label, children}: {label: string; children: ReactNode}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so a keyboard can scroll it
    <section className="scroll" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
