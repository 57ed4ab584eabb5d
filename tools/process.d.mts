import type {ChildProcess} from "node:child_process";

/** SIGTERM, then SIGKILL after a grace period (3 s by default); resolves once the process is gone. */
export declare function stopProcess(child: ChildProcess, graceMs?: number): Promise<void>;
