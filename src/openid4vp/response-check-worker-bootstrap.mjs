// Entry of a response check worker thread. A worker does not inherit the
// tsx loader that `tsx src/server.ts` registered, so it registers tsx itself
// before loading the TypeScript module.
import { register } from "tsx/esm/api";

register();
await import("./response-check-worker.ts");
