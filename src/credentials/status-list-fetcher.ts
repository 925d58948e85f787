import type { StatusListFetcher } from "./status-list";

export function httpStatusListFetcher(): StatusListFetcher {
  return async () => {
    throw new Error("httpStatusListFetcher: not implemented yet");
  };
}
