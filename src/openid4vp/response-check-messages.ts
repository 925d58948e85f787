import type { WalletResponseCheck } from "./check-wallet-response";

/** Messages between the main thread and a response check worker. */
export type CheckRequest = { kind: "check"; checkId: number; check: WalletResponseCheck };

/** The main thread's reply to a status list fetch: the JWT, or the fetcher's error message. */
export type StatusListReply = { kind: "status-list"; fetchId: number; jwt?: string; error?: string };

export type WorkerMessage =
  | { kind: "result"; checkId: number; result: unknown }
  | { kind: "failure"; checkId: number; error: string }
  | { kind: "fetch-status-list"; fetchId: number; uri: string };
