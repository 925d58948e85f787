/** Fetch a Token Status List JWT by its URI; injected so tests and air-gapped setups control it. */
export type StatusListFetcher = (uri: string) => Promise<string>;
