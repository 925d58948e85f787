import { describe, expect, it } from "vitest";
import { AdmissionGate } from "../../../src/http/admission-gate";

const options = { maxInFlight: 100, maxAverageMs: 1000, minInFlightToShed: 8 };

function admitted(gate: AdmissionGate, count: number): number {
  let admittedCount = 0;
  for (let index = 0; index < count; index += 1) if (gate.tryAdmit()) admittedCount += 1;
  return admittedCount;
}

describe("AdmissionGate", () => {
  it("sheds beyond the in-flight limit", () => {
    const gate = new AdmissionGate(options);

    expect(admitted(gate, 150)).toBe(100);
    gate.finish(5);
    expect(gate.tryAdmit()).toBe(true);
  });

  it("sheds while requests are slow and many are in flight", () => {
    const gate = new AdmissionGate(options);
    admitted(gate, 20);
    for (let index = 0; index < 10; index += 1) gate.finish(3000);

    expect(gate.requestsInFlight).toBe(10);
    expect(gate.tryAdmit()).toBe(false);
  });

  it("admits again once the queue has drained below the floor", () => {
    const gate = new AdmissionGate(options);
    admitted(gate, 20);
    for (let index = 0; index < 13; index += 1) gate.finish(3000);

    expect(gate.requestsInFlight).toBe(7);
    expect(gate.tryAdmit()).toBe(true);
  });

  it("recovers as fast requests bring the average down", () => {
    const gate = new AdmissionGate(options);
    admitted(gate, 20);
    for (let index = 0; index < 20; index += 1) gate.finish(3000);
    for (let round = 0; round < 100; round += 1) {
      gate.tryAdmit();
      gate.finish(10);
    }
    admitted(gate, 20);

    expect(gate.requestsInFlight).toBe(20);
  });

  it("is not moved by one slow request among fast ones", () => {
    const gate = new AdmissionGate(options);
    for (let round = 0; round < 50; round += 1) {
      gate.tryAdmit();
      gate.finish(10);
    }
    gate.tryAdmit();
    gate.finish(10_000);

    expect(admitted(gate, 20)).toBe(20);
  });

  it("sheds while the event loop runs late and many are in flight", () => {
    let delayMs = 250;
    const gate = new AdmissionGate({ ...options, eventLoopDelayMs: () => delayMs, maxEventLoopDelayMs: 100 });

    expect(admitted(gate, 20)).toBe(8);
    delayMs = 20;
    expect(gate.tryAdmit()).toBe(true);
  });
});
