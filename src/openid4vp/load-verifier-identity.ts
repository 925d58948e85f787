import { createPrivateKey, X509Certificate } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { importPKCS8 } from "jose";
import type { Config } from "../config";
import { clientIdFor } from "./client-id";
import { generateTestVerifierCertificate } from "./generate-test-verifier-certificate";
import type { VerifierIdentity } from "./verifier-identity";

/** Raised when the verifier certificate or key cannot be used; the message names the file and the fix. */
export class VerifierIdentityError extends Error {
  override name = "VerifierIdentityError";
}

const GENERATED_CHAIN = "certificate-chain.pem";
const GENERATED_KEY = "private-key.pem";

/**
 * Load the relying-party access certificate chain and key that sign our
 * request objects. Production uses the files a registrar issued
 * (config.verifier.certificateChainFile and privateKeyFile). Elsewhere,
 * without those files, a test CA and verifier certificate for the host of
 * config.publicUrl are generated into DATA_DIR/verifier/ and reused on later
 * starts until they expire or the host changes.
 */
export async function loadVerifierIdentity(config: Config, now: Date = new Date()): Promise<VerifierIdentity> {
  const hostname = new URL(config.publicUrl).hostname;
  const { certificateChainFile, privateKeyFile } = config.verifier;

  let chainFile: string;
  let keyFile: string;
  if (certificateChainFile !== undefined && privateKeyFile !== undefined) {
    chainFile = certificateChainFile;
    keyFile = privateKeyFile;
  } else if (config.env === "production") {
    throw new VerifierIdentityError(
      "VERIFIER_CERT_CHAIN and VERIFIER_KEY are required in production; no test certificate is generated there",
    );
  } else {
    ({ chainFile, keyFile } = await ensureTestCertificate(path.join(config.dataDir, "verifier"), hostname, now));
  }

  const chainPem = readFile(chainFile);
  const keyPem = readFile(keyFile);
  const certificates = parseCertificateChain(chainPem, chainFile);
  checkChain(certificates, chainFile, now);
  const leaf = certificates[0]!;
  checkKeyMatchesLeaf(leaf, keyPem, keyFile, chainFile);

  const dnsNames = dnsSubjectAltNames(leaf);
  if (config.verifier.clientIdPrefix === "x509_san_dns" && !dnsNames.includes(hostname)) {
    throw new VerifierIdentityError(
      `${chainFile}: the leaf certificate has no dNSName "${hostname}" (the host of PUBLIC_URL), which CLIENT_ID_PREFIX=x509_san_dns requires; its DNS names are [${dnsNames.join(", ")}]`,
    );
  }

  const last = certificates[certificates.length - 1]!;
  const trustAnchor = certificates.length > 1 && isSelfSigned(last) ? last.raw : undefined;
  return {
    certificateChain: certificates.filter((certificate) => !isSelfSigned(certificate)).map((certificate) => certificate.raw),
    trustAnchor,
    privateKey: await importPKCS8(keyPem, "ES256"),
    clientId: clientIdFor(config.verifier.clientIdPrefix, leaf.raw, hostname),
  };
}

async function ensureTestCertificate(folder: string, hostname: string, now: Date) {
  const chainFile = path.join(folder, GENERATED_CHAIN);
  const keyFile = path.join(folder, GENERATED_KEY);
  if (fs.existsSync(chainFile) && fs.existsSync(keyFile) && generatedCertificateFits(chainFile, hostname, now)) {
    return { chainFile, keyFile };
  }

  const generated = await generateTestVerifierCertificate(hostname, now);
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  writePrivateFile(keyFile, generated.privateKeyPem);
  writePrivateFile(chainFile, generated.certificateChainPem);
  return { chainFile, keyFile };
}

function generatedCertificateFits(chainFile: string, hostname: string, now: Date): boolean {
  try {
    const leaf = parseCertificateChain(readFile(chainFile), chainFile)[0]!;
    return isValidAt(leaf, now) && dnsSubjectAltNames(leaf).includes(hostname);
  } catch {
    return false;
  }
}

/** Write through a temporary file and rename, so a crash never leaves half a key behind. */
function writePrivateFile(file: string, content: string) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, content, { mode: 0o600 });
  fs.renameSync(temporary, file);
}

function readFile(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new VerifierIdentityError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
}

function parseCertificateChain(pem: string, file: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) {
    throw new VerifierIdentityError(`${file}: no PEM certificate found; expected the leaf certificate first, then its chain`);
  }
  return blocks.map((block, index) => {
    try {
      return new X509Certificate(block);
    } catch {
      throw new VerifierIdentityError(`${file}: certificate ${index + 1} is not a valid X.509 certificate`);
    }
  });
}

function checkChain(certificates: X509Certificate[], file: string, now: Date) {
  const leaf = certificates[0]!;
  if (!isValidAt(leaf, now)) {
    throw new VerifierIdentityError(
      `${file}: the leaf certificate is valid from ${leaf.validFrom} to ${leaf.validTo}, not now; install a current certificate`,
    );
  }
  if (leaf.ca) {
    throw new VerifierIdentityError(`${file}: the first certificate is a CA certificate; put the verifier (leaf) certificate first`);
  }
  if (isSelfSigned(leaf)) {
    throw new VerifierIdentityError(`${file}: the leaf certificate is self-signed, which HAIP does not allow; use one issued by a CA`);
  }
  for (let index = 0; index + 1 < certificates.length; index += 1) {
    const subject = certificates[index]!;
    const issuer = certificates[index + 1]!;
    if (!subject.checkIssued(issuer) || !subject.verify(issuer.publicKey)) {
      throw new VerifierIdentityError(`${file}: certificate ${index + 1} is not issued by certificate ${index + 2}; order the chain leaf first`);
    }
  }
}

function checkKeyMatchesLeaf(leaf: X509Certificate, keyPem: string, keyFile: string, chainFile: string) {
  let key;
  try {
    key = createPrivateKey(keyPem);
  } catch {
    throw new VerifierIdentityError(`${keyFile}: not a PKCS#8 PEM private key`);
  }
  if (key.asymmetricKeyType !== "ec" || key.asymmetricKeyDetails?.namedCurve !== "prime256v1") {
    throw new VerifierIdentityError(`${keyFile}: expected a P-256 (ES256) key, got ${key.asymmetricKeyType ?? "unknown"}`);
  }
  if (!leaf.checkPrivateKey(key)) {
    throw new VerifierIdentityError(`${keyFile}: the key does not belong to the leaf certificate in ${chainFile}`);
  }
}

function isValidAt(certificate: X509Certificate, now: Date): boolean {
  return new Date(certificate.validFrom) <= now && now <= new Date(certificate.validTo);
}

function isSelfSigned(certificate: X509Certificate): boolean {
  return certificate.checkIssued(certificate) && certificate.verify(certificate.publicKey);
}

function dnsSubjectAltNames(certificate: X509Certificate): string[] {
  return (certificate.subjectAltName ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.startsWith("DNS:"))
    .map((entry) => entry.slice("DNS:".length));
}
