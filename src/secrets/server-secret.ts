import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Config } from "../config";

const SECRET_BYTES = 32;

/**
 * Load the server secret behind resident keys and petition key wrapping: from
 * SERVER_SECRET, else from DATA_DIR/secrets/server-secret, generated there on
 * first start outside production. It never goes into the database, so a
 * database dump alone cannot link nullifiers to people.
 */
export function loadServerSecret(config: Config): Buffer {
  if (config.serverSecret !== undefined) return Buffer.from(config.serverSecret, "base64url");
  if (config.env === "production") {
    throw new Error("SERVER_SECRET is required in production; nothing is generated there");
  }
  const file = path.join(config.dataDir, "secrets", "server-secret");
  if (fs.existsSync(file)) {
    const secret = Buffer.from(fs.readFileSync(file, "utf8").trim(), "base64url");
    if (secret.length !== SECRET_BYTES) {
      throw new Error(`${file} must hold ${SECRET_BYTES} bytes in base64url; delete it to generate a new one`);
    }
    return secret;
  }
  const secret = randomBytes(SECRET_BYTES);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, `${secret.toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
  return secret;
}
