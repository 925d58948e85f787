// Recompute a certified tally's signature log in the visitor's browser: load
// the entries, rebuild each entry's hash with WebCrypto SHA-256 as
// src/signature-log/entry-hash.ts defines it, replay the entries into counts,
// and compare both with the published values in the page's table. The server
// computes nothing for this check.
(function () {
  "use strict";

  const root = document.getElementById("tally-recompute");
  if (root === null || !root.dataset.entriesUrl) return;
  const text = root.dataset;
  const status = document.getElementById("recompute-status");
  const numberFormat = new Intl.NumberFormat(text.locale || "de-DE");

  const ENCODING_TAG = "mitzeichnen signature log entry v1";
  const ABSENT = 0xffffffff;
  const encoder = new TextEncoder();

  function hexToBytes(hex) {
    if (typeof hex !== "string" || !/^(?:[0-9a-f]{2})*$/i.test(hex)) throw new Error("not hex");
    const bytes = new Uint8Array(hex.length / 2);
    for (let index = 0; index < bytes.length; index += 1) bytes[index] = parseInt(hex.slice(2 * index, 2 * index + 2), 16);
    return bytes;
  }

  function bytesToHex(bytes) {
    return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  }

  /** Append a field as a 4-byte big-endian length and its bytes; null is the length 0xFFFFFFFF alone. */
  function appendField(parts, value) {
    const length = new Uint8Array(4);
    const view = new DataView(length.buffer);
    if (value === null || value === undefined) {
      view.setUint32(0, ABSENT);
      parts.push(length);
      return;
    }
    const bytes = typeof value === "string" ? encoder.encode(value) : value;
    view.setUint32(0, bytes.length);
    parts.push(length, bytes);
  }

  function encodeEntry(petitionId, entry, previousHash) {
    const parts = [];
    appendField(parts, ENCODING_TAG);
    appendField(parts, petitionId.toLowerCase());
    appendField(parts, String(entry.seq));
    appendField(parts, entry.kind);
    appendField(parts, hexToBytes(entry.nullifier));
    appendField(parts, entry.channel);
    appendField(parts, entry.status);
    appendField(parts, entry.reason);
    appendField(parts, String(entry.occurredAtMicros));
    appendField(parts, previousHash);
    const encoded = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    let offset = 0;
    for (const part of parts) {
      encoded.set(part, offset);
      offset += part.length;
    }
    return encoded;
  }

  /** Hash every entry after its predecessor; returns the head hash and the first entry out of place or unlike its stated hash. */
  async function recomputeChain(log) {
    let previousHash = new Uint8Array(32);
    let firstBroken = null;
    for (const [index, entry] of log.entries.entries()) {
      const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", encodeEntry(log.petitionId, entry, previousHash)));
      const outOfPlace = entry.seq !== index + 1;
      if (firstBroken === null && (outOfPlace || bytesToHex(hash) !== String(entry.entryHash).toLowerCase())) firstBroken = entry.seq;
      previousHash = hash;
    }
    return { length: log.entries.length, headHash: bytesToHex(previousHash), firstBroken };
  }

  function countKey(outcome, reason, channel) {
    return `${outcome}|${reason}|${channel}`;
  }

  /** Replay the entries into the present signatures, keyed by nullifier, and count them by outcome and channel. */
  function recomputeCounts(entries) {
    const present = new Map();
    const counts = new Map();
    const add = (key) => counts.set(key, (counts.get(key) || 0) + 1);
    for (const entry of entries) {
      if (entry.kind === "withdrawn") add(countKey("withdrawn", "", entry.channel));
      if (entry.status === null) present.delete(entry.nullifier);
      else present.set(entry.nullifier, { channel: entry.channel, status: entry.status, reason: entry.reason });
    }
    for (const signature of present.values()) {
      if (signature.status === "proven" || signature.status === "confirmed") add(countKey("valid", "", signature.channel));
      else if (signature.status === "provisional") add(countKey("provisional", "", signature.channel));
      else if (signature.status === "invalid") add(countKey("invalid", signature.reason || "", signature.channel));
      else add(countKey(`unknown:${signature.status}`, "", signature.channel));
    }
    return counts;
  }

  function showRow(row, recomputed, display, matches) {
    row.querySelector(".recomputed").textContent = display;
    const verdict = row.querySelector(".verdict");
    verdict.textContent = matches ? text.textMatch : text.textMismatch;
    verdict.className = matches ? "verdict verdict-match" : "verdict verdict-mismatch";
    row.dataset.recomputed = recomputed;
    return matches;
  }

  function showStatus(message, kind) {
    status.replaceChildren();
    for (const line of message) {
      const paragraph = document.createElement("p");
      paragraph.textContent = line;
      status.append(paragraph);
    }
    status.className = kind === "match" ? "notice" : "notice notice-error";
    root.dataset.result = kind;
  }

  async function run() {
    if (!window.crypto || !window.crypto.subtle) {
      showStatus([text.textNoWebCrypto], "error");
      return;
    }
    showStatus([text.textRunning], "running");

    let log;
    let chain;
    try {
      const response = await fetch(text.entriesUrl, { headers: { Accept: "application/json" }, credentials: "omit" });
      if (!response.ok) throw new Error(`status ${response.status}`);
      log = await response.json();
      chain = await recomputeChain(log);
    } catch {
      showStatus([text.textLoadFailed], "error");
      return;
    }
    const counts = recomputeCounts(log.entries);

    let allMatch = true;
    const shownKeys = new Set();
    for (const row of root.querySelectorAll("tr[data-check]")) {
      const published = row.dataset.published;
      let matches;
      if (row.dataset.check === "length") {
        matches = showRow(row, String(chain.length), numberFormat.format(chain.length), String(chain.length) === published);
      } else if (row.dataset.check === "head") {
        matches = showRow(row, chain.headHash, chain.headHash, chain.headHash === published);
      } else {
        const key = countKey(row.dataset.outcome, row.dataset.reason, row.dataset.channel);
        shownKeys.add(key);
        const count = counts.get(key) || 0;
        matches = showRow(row, String(count), numberFormat.format(count), String(count) === published);
      }
      allMatch = allMatch && matches;
    }
    // A count the table has no row for (an invalidity reason the tally does not name) is a mismatch too.
    for (const [key, count] of counts) if (count > 0 && !shownKeys.has(key)) allMatch = false;

    const intact = allMatch && chain.firstBroken === null;
    const message = [intact ? text.textAllMatch : text.textSomeMismatch];
    if (chain.firstBroken !== null) message.push(text.textChainBroken.replace("{seq}", numberFormat.format(chain.firstBroken)));
    showStatus(message, intact ? "match" : "mismatch");
  }

  run();
})();
