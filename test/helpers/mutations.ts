import fc from "fast-check";

/**
 * One change to a valid token (a presentation, a JWE): a replaced, removed or
 * inserted character, a removed, doubled or swapped segment between
 * separators, or a cut. Positions wrap around the token's length, so a
 * mutation is drawn before the token exists and applied to it later.
 */
export type Mutation =
  | { kind: "replace" | "insert"; at: number; character: string }
  | { kind: "remove" | "cut"; at: number }
  | { kind: "removeSegment" | "doubleSegment" | "swapSegments"; at: number; separator: string };

export function mutation(separators = "~."): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  const character = fc.constantFrom("A", "a", "_", "-", "~", ".", "=", "0", "é", " ", "\u0000");
  return fc.oneof(
    fc.record({ kind: fc.constantFrom("replace" as const, "insert" as const), at, character }),
    fc.record({ kind: fc.constantFrom("remove" as const, "cut" as const), at }),
    fc.record({ kind: fc.constantFrom("removeSegment" as const, "doubleSegment" as const, "swapSegments" as const), at, separator: fc.constantFrom(...separators) }),
  );
}

export function applyMutation(text: string, change: Mutation): string {
  const index = change.at % (text.length + 1);
  switch (change.kind) {
    case "replace":
      return text.slice(0, index) + change.character + text.slice(index + 1);
    case "insert":
      return text.slice(0, index) + change.character + text.slice(index);
    case "remove":
      return text.slice(0, index) + text.slice(index + 1);
    case "cut":
      return text.slice(0, index);
    default:
      return changeSegment(text, change.separator, change.at, change.kind);
  }
}

function changeSegment(text: string, separator: string, at: number, kind: "removeSegment" | "doubleSegment" | "swapSegments"): string {
  const segments = text.split(separator);
  const index = at % segments.length;
  if (kind === "removeSegment") segments.splice(index, 1);
  if (kind === "doubleSegment") segments.splice(index, 0, segments[index]!);
  if (kind === "swapSegments" && segments.length > 1) {
    const next = (index + 1) % segments.length;
    [segments[index], segments[next]] = [segments[next]!, segments[index]!];
  }
  return segments.join(separator);
}
