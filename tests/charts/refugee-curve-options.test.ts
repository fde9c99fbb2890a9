import { karabakh, refugees } from "@karabakh2023/data";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetWarnings } from "../../packages/charts/src/figure/warn.js";
import { normalizeOptions, storyPopulation } from "../../packages/charts/src/refugee-curve/options.js";
import { sampleStory } from "../../packages/charts/src/sample-story.js";

const normalize = (options?: object) => normalizeOptions(options, karabakh, refugees);

let warn: { mock: { calls: unknown[][] }; mockRestore(): void };
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe("refugee-curve normalizeOptions()", () => {
  it("normalizeOptions(undefined) fills every default from the story", () => {
    const o = normalize();
    expect(o.metric.id).toBe("arrived-in-armenia");
    expect(o.timeZone).toBe("Asia/Yerevan");
    expect(o.claimants).toBeUndefined();
    expect(o.otherClaimants).toBe(true);
    expect(o.annotations).toBe("labelled");
    expect(o.population?.metric).toBe("pre-war-population");
    expect(o.events).toBe(karabakh.events);
    // The window comes from the data (the model computes it).
    expect(o.domain).toBeUndefined();
  });

  it("the default metric is the story's first cumulative metric that has counts", () => {
    expect(normalizeOptions({}, sampleStory, sampleStory.refugees).metric.id).toBe("crossed-border");
    // "registered" is cumulative too but comes later in the vocabulary; alone, it is the default.
    const registered = refugees.filter((r) => r.metric === "registered");
    expect(registered.length).toBeGreaterThan(0);
    expect(normalizeOptions({}, karabakh, registered).metric.id).toBe("registered");
    // No counts at all: the first cumulative metric (the chart then says there are none).
    expect(normalizeOptions({}, karabakh, []).metric.id).toBe("arrived-in-armenia");
  });

  it("a metric outside the story's vocabulary throws a RangeError listing the valid ids", () => {
    expect(() => normalizeOptions({ metric: "arrived-in-armenia" }, sampleStory, [])).toThrow(
      /^invalid metric: arrived-in-armenia \(expected one of crossed-border, valley-population\)$/,
    );
  });

  it("the population line comes from a count of a population metric, or none", () => {
    expect(storyPopulation(sampleStory, sampleStory.refugees)?.value).toBe(40_000);
    expect(
      storyPopulation(
        sampleStory,
        sampleStory.refugees.filter((r) => r.metric !== "valley-population"),
      ),
    ).toBeUndefined();
    expect(normalize({ population: false }).population).toBeUndefined();
  });

  it("an ISO domain is local midnights in the story's zone, DST-correct", () => {
    const [a, b] = normalizeOptions({ domain: ["2022-03-26", "2022-03-27"] }, sampleStory, []).domain ?? [];
    // Warsaw: UTC+1 on 26 March, UTC+2 from 27 March 03:00; the window ends at midnight 28 March.
    expect(a?.toISOString()).toBe("2022-03-25T23:00:00.000Z");
    expect(b?.toISOString()).toBe("2022-03-27T22:00:00.000Z");
    const [y] = normalize({ domain: ["2023-09-24", "2023-09-25"] }).domain ?? [];
    expect(y?.toISOString()).toBe("2023-09-23T20:00:00.000Z");
  });

  it("annotations: false, population: false and a list of event ids", () => {
    const o = normalize({ annotations: ["ceasefire"], population: false });
    expect(o.annotations).toEqual(["ceasefire"]);
    expect(o.population).toBeUndefined();
    expect(normalize({ annotations: false }).annotations).toEqual([]);
  });

  it("a Date domain is taken as instants", () => {
    const a = new Date("2023-09-25T00:00:00Z");
    const b = new Date("2023-09-26T00:00:00Z");
    expect(normalize({ domain: [a, b] }).domain).toEqual([a, b]);
  });

  it("normalizeOptions({legnd: false}) warns once, naming the nearest valid option", () => {
    normalize({ legnd: false });
    normalize({ legnd: false });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /unknown option "legnd" is ignored \(did you mean "legend"\?\)/,
    );
    normalize({ otherClaimant: true });
    expect(String(warn.mock.calls[1]?.[0])).toMatch(/did you mean "otherClaimants"/);
  });

  it.each([
    [{ metric: "fled" }, RangeError, /^invalid metric: fled \(expected one of arrived-in-armenia, /],
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
    expect(() => normalize(options)).toThrow(type);
    expect(() => normalize(options)).toThrow(message);
  });
});
