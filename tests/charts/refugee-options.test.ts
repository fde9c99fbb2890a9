import { claimants, events, population } from "@karabakh2023/data";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_ANNOTATIONS,
  normalizeOptions,
  yerevanMidnight,
} from "../../packages/charts/src/refugee-curve/options.js";

const defaults = { claimants, events, population };

describe("refugee-curve normalizeOptions()", () => {
  it("normalizeOptions(undefined) fills every default", () => {
    const o = normalizeOptions(undefined, defaults);
    expect(o.metric).toBe("arrived-in-armenia");
    expect(o.claimants).toBeUndefined();
    expect(o.otherClaimants).toBe(true);
    expect(o.annotations).toEqual([...DEFAULT_ANNOTATIONS]);
    expect(o.population).toBe(population);
    expect(o.events).toBe(events);
    // From 19 Sept 00:00 to the end of 4 Oct in Yerevan (UTC+4): 20:00 UTC the day before.
    expect(o.domain.map((d) => d.toISOString())).toEqual([
      "2023-09-18T20:00:00.000Z",
      "2023-10-04T20:00:00.000Z",
    ]);
  });

  it("annotations: false, population: false and a list of event ids", () => {
    const o = normalizeOptions({ annotations: ["ceasefire"], population: false }, defaults);
    expect(o.annotations).toEqual(["ceasefire"]);
    expect(o.population).toBeUndefined();
    expect(normalizeOptions({ annotations: false }, defaults).annotations).toEqual([]);
  });

  it("default annotations keep only the ids a custom timeline has", () => {
    const custom = [{ ...events[0], id: "ceasefire" }] as typeof events;
    expect(normalizeOptions({ events: custom }, defaults).annotations).toEqual(["ceasefire"]);
  });

  it("a Date domain is taken as instants", () => {
    const a = new Date("2023-09-25T00:00:00Z");
    const b = new Date("2023-09-26T00:00:00Z");
    expect(normalizeOptions({ domain: [a, b] }, defaults).domain).toEqual([a, b]);
  });

  it.each([
    [{ metric: "fled" }, RangeError, /^invalid metric: fled/],
    [{ metric: 3 }, RangeError, /^invalid metric/],
    [{ claimants: "armenia-government" }, TypeError, /^invalid claimants: expected an array/],
    [{ claimants: [""] }, TypeError, /^invalid claimants/],
    [{ annotations: ["no-such-event"] }, RangeError, /^invalid annotations: no-such-event/],
    [{ annotations: "ceasefire" }, TypeError, /^invalid annotations/],
    [{ population: { value: -1 } }, RangeError, /^invalid population.value: -1/],
    [{ population: "120000" }, TypeError, /^invalid population/],
    [{ domain: ["2023-09-30", "2023-09-19"] }, RangeError, /^invalid domain/],
    [{ domain: ["2023-09-30", "2023-09-29"] }, RangeError, /^invalid domain/],
    [{ domain: ["19/09/2023", "2023-10-04"] }, RangeError, /^invalid domain: 19\/09\/2023/],
    [{ domain: "2023-09-19" }, TypeError, /^invalid domain/],
    [{ domain: [new Date(Number.NaN), "2023-10-04"] }, RangeError, /^invalid domain/],
    [{ otherClaimants: "yes" }, TypeError, /^invalid otherClaimants/],
    [{ events: {} }, TypeError, /^invalid events/],
    [{ claimantNames: [{}] }, TypeError, /^invalid claimantNames/],
    [{ claimantNames: [{ id: "a", name: "A" }] }, TypeError, /^invalid claimantNames\[0\]\.name/],
    [{ population: { value: 12.5 } }, RangeError, /^invalid population.value: 12.5/],
    [{ domain: ["2023-09-19", "2023-09-31"] }, RangeError, /^invalid domain: 2023-09-31/],
  ])("normalizeOptions(%j) throws a %o naming the option", (options, type, message) => {
    expect(() => normalizeOptions(options as never, defaults)).toThrow(type);
    expect(() => normalizeOptions(options as never, defaults)).toThrow(message);
  });

  it("yerevanMidnight() is midnight in Yerevan whatever the machine's zone", () => {
    expect(yerevanMidnight("2023-09-24")?.toISOString()).toBe("2023-09-23T20:00:00.000Z");
    expect(yerevanMidnight("24/09/2023")).toBeUndefined();
  });
});
