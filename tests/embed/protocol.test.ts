import { describe, expect, test } from "vitest";
import {
  clampHeight,
  HEIGHT_MESSAGE_TYPE,
  MAX_HEIGHT,
  MIN_HEIGHT,
  originError,
  parseHeightMessage,
} from "../../packages/embed/src/protocol.js";

describe("parseHeightMessage", () => {
  test("accepts exactly {type, chart, height}", () => {
    expect(parseHeightMessage({ type: HEIGHT_MESSAGE_TYPE, chart: "refugees", height: 612 })).toEqual({
      type: "karabakh2023:height",
      chart: "refugees",
      height: 612,
    });
  });

  test.each([
    ["a pym.js string", "pymxPYMxchartxPYMxheightxPYMx600"],
    ["a navigate message", { type: "karabakh2023:navigate", chart: "refugees", url: "javascript:alert(1)" }],
    ["an extra key", { type: HEIGHT_MESSAGE_TYPE, chart: "refugees", height: 600, url: "https://x" }],
    ["a missing key", { type: HEIGHT_MESSAGE_TYPE, height: 600 }],
    ["a chart that is no id token", { type: HEIGHT_MESSAGE_TYPE, chart: "Map <b>", height: 600 }],
    [
      "a chart id longer than 40 characters",
      { type: HEIGHT_MESSAGE_TYPE, chart: "a".repeat(41), height: 600 },
    ],
    ["NaN", { type: HEIGHT_MESSAGE_TYPE, chart: "refugees", height: Number.NaN }],
    ["Infinity", { type: HEIGHT_MESSAGE_TYPE, chart: "refugees", height: Number.POSITIVE_INFINITY }],
    ["a negative height", { type: HEIGHT_MESSAGE_TYPE, chart: "refugees", height: -5 }],
    ["a fractional height", { type: HEIGHT_MESSAGE_TYPE, chart: "refugees", height: 600.5 }],
    ["a numeric string", { type: HEIGHT_MESSAGE_TYPE, chart: "refugees", height: "600" }],
    ["an array", [HEIGHT_MESSAGE_TYPE, "refugees", 600]],
    ["null", null],
    [
      "a class instance",
      Object.assign(new (class Msg {})(), { type: HEIGHT_MESSAGE_TYPE, chart: "refugees", height: 600 }),
    ],
  ])("rejects %s", (_, data) => {
    expect(parseHeightMessage(data)).toBeUndefined();
  });
});

test(`clampHeight keeps heights within [${MIN_HEIGHT}, ${MAX_HEIGHT}]`, () => {
  expect(clampHeight(0)).toBe(100);
  expect(clampHeight(640)).toBe(640);
  expect(clampHeight(1e9)).toBe(5000);
});

describe("originError", () => {
  test("accepts bare http(s) origins", () => {
    expect(originError("https://charts.example.org")).toBeUndefined();
    expect(originError("http://127.0.0.1:8080")).toBeUndefined();
  });
  test.each([
    ["*", /not a URL/],
    ["https://charts.example.org/", /not a bare origin/],
    ["https://charts.example.org/embed", /not a bare origin/],
    ["javascript:alert(1)", /not http\(s\)/],
    ["", /invalid origin/],
  ])("rejects %j naming the value", (value, message) => {
    expect(originError(value)).toMatch(message);
    expect(originError(value)).toContain(JSON.stringify(value));
  });
});
