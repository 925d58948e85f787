import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config";
import { loadTrustList, TrustListError } from "../credentials/load-trust-list";
import { httpStatusListFetcher } from "../credentials/status-list-fetcher";
import type { TrustList } from "../credentials/trust-list";
import { verifyPresentation } from "../credentials/verify-presentation";
import { loadDemoIssuer } from "../demo/demo-issuer";
import { messagesFor } from "../i18n/locale";

const USAGE = `Usage: npm run presentation:verify -- FILE --nonce NONCE --aud AUDIENCE [options]

Verify a saved SD-JWT VC presentation (SD-JWT with KB-JWT) as the platform
does, and print the verdict, the rejection reason and the disclosed claims.

  FILE                 file holding the presentation (surrounding whitespace is ignored)
  --nonce NONCE        nonce of the transaction; the KB-JWT nonce must equal it
  --aud AUDIENCE       our client identifier; the KB-JWT aud must equal it
  --now SECONDS        verify as of this Unix time in seconds (default: now)
  --trust-list FILE    trust list JSON (default: TRUST_LIST, else the demo issuer)
  --vct VCT            accept this credential type; repeat for more
                       (default: every vct the trust list trusts)

Exit status: 0 valid, 1 rejected, 2 unusable arguments.
`;

class UsageError extends Error {}

type Arguments = { file: string; nonce: string; audience: string; now: Date; trustListFile: string | undefined; vct: string[] };

function parseArguments(argv: string[]): Arguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        nonce: { type: "string" },
        aud: { type: "string" },
        now: { type: "string" },
        "trust-list": { type: "string" },
        vct: { type: "string", multiple: true },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  if (positionals.length !== 1) throw new UsageError("expected exactly one presentation FILE");
  if (values.nonce === undefined || values.nonce === "") throw new UsageError("missing --nonce");
  if (values.aud === undefined || values.aud === "") throw new UsageError("missing --aud");

  let now = new Date();
  if (values.now !== undefined) {
    if (!/^\d{1,12}$/.test(values.now)) throw new UsageError(`--now ${values.now}: expected Unix time in whole seconds, e.g. 1748537243`);
    now = new Date(Number(values.now) * 1000);
  }
  return { file: positionals[0]!, nonce: values.nonce, audience: values.aud, now, trustListFile: values["trust-list"], vct: values.vct ?? [] };
}

async function readTrustList(file: string | undefined): Promise<TrustList> {
  if (file !== undefined) return loadTrustList(file, undefined);
  const config = loadConfig();
  const demoIssuer = config.trustListFile === undefined && config.demo ? await loadDemoIssuer(config) : undefined;
  return loadTrustList(config.trustListFile, demoIssuer);
}

async function main(argv: string[]): Promise<number> {
  let args: Arguments;
  let presentation: string;
  let trustList: TrustList;
  try {
    args = parseArguments(argv);
    try {
      presentation = readFileSync(args.file, "utf8").trim();
    } catch (error) {
      throw new UsageError(`${args.file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? "unknown error"})`);
    }
    trustList = await readTrustList(args.trustListFile);
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof ConfigError) && !(error instanceof TrustListError)) throw error;
    process.stderr.write(`presentation:verify: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }

  const acceptedCredentialTypes = args.vct.length > 0 ? args.vct : [...new Set(trustList.issuers.flatMap((issuer) => issuer.vct))];
  const result = await verifyPresentation(
    presentation,
    { nonce: args.nonce, audience: args.audience, acceptedCredentialTypes, now: args.now },
    { trustList, fetchStatusList: httpStatusListFetcher() },
  );

  if (!result.ok) {
    process.stdout.write(`verdict: rejected\nreason: ${result.error}\nmessage to the resident: ${messagesFor("de").credentials.rejection[result.error]}\n`);
    return 1;
  }
  const { vct, issuer, iss, claims } = result.value;
  process.stdout.write(`verdict: valid\nvct: ${vct}\nissuer: ${issuer}\niss: ${iss ?? "(none)"}\nclaims: ${JSON.stringify(claims, null, 2)}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
