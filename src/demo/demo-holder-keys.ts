import { generateKeyPairSync, type KeyObject } from "node:crypto";
import type { JWK } from "jose";

export type DemoHolderKey = { privateKey: KeyObject; publicJwk: JWK };

/** The demo wallet's holder keys: one P-256 key per demo resident, made on first use and kept in memory only. */
export type DemoHolderKeys = { forResident(residentId: string): DemoHolderKey };

export function createDemoHolderKeys(): DemoHolderKeys {
  const keys = new Map<string, DemoHolderKey>();
  return {
    forResident(residentId) {
      let key = keys.get(residentId);
      if (key === undefined) {
        const pair = generateKeyPairSync("ec", { namedCurve: "P-256" });
        key = { privateKey: pair.privateKey, publicJwk: pair.publicKey.export({ format: "jwk" }) as JWK };
        keys.set(residentId, key);
      }
      return key;
    },
  };
}
