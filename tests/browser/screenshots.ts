/**
 * Screenshot references that survive harmless anti-aliasing: pixelmatch with a colour
 * threshold (and its anti-aliasing detection) decides which pixels differ, and a story
 * fails only when more than MAX_DIFF_RATIO of its pixels do.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import pixelmatch from "pixelmatch";
import pngjs from "pngjs";

const { PNG } = pngjs;

/** Per-pixel colour distance (0..1) below which two pixels count as equal. */
export const PIXEL_THRESHOLD = 0.1;
/** Share of differing pixels a screenshot may have and still match its reference. */
export const MAX_DIFF_RATIO = 0.002;
/** Widths every story is captured at; references are committed for the first and last only. */
export const WIDTHS = [320, 640, 1024] as const;
export const REFERENCE_WIDTHS: readonly number[] = [320, 1024];

export type Comparison =
  | { status: "match"; ratio: number }
  | { status: "written"; reference: string }
  | { status: "missing"; reference: string }
  | { status: "differs"; reference: string; actual: string; diff?: string; reason: string }
  | { status: "not-referenced" };

export interface ScreenshotPaths {
  /** Committed references: tests/browser/__screenshots__/. */
  readonly references: string;
  /** Ignored test artifacts: .artifacts/screenshots/. */
  readonly artifacts: string;
}

/**
 * Writes `png` as an artifact and compares it with the committed reference, if that width is
 * referenced. A missing reference is written (status "written"), except on CI, where it is
 * reported as "missing" so that the run fails. UPDATE_SCREENSHOTS=1 rewrites references.
 */
export function compareScreenshot(
  paths: ScreenshotPaths,
  name: string,
  width: number,
  png: Buffer,
  env: { ci: boolean; update: boolean },
): Comparison {
  const file = `${name}-${width}.png`;
  const actual = join(paths.artifacts, file);
  write(actual, png);
  if (!REFERENCE_WIDTHS.includes(width)) return { status: "not-referenced" };

  const reference = join(paths.references, file);
  if (!existsSync(reference) || env.update) {
    if (env.ci && !env.update) return { status: "missing", reference };
    write(reference, png);
    return { status: "written", reference };
  }
  const expected = PNG.sync.read(readFileSync(reference));
  const got = PNG.sync.read(png);
  if (expected.width !== got.width || expected.height !== got.height) {
    return {
      status: "differs",
      reference,
      actual,
      reason: `size ${got.width}×${got.height} px, reference ${expected.width}×${expected.height} px`,
    };
  }
  const diff = new PNG({ width: got.width, height: got.height });
  const count = pixelmatch(expected.data, got.data, diff.data, got.width, got.height, {
    threshold: PIXEL_THRESHOLD,
  });
  const ratio = count / (got.width * got.height);
  if (ratio <= MAX_DIFF_RATIO) return { status: "match", ratio };
  const diffFile = join(paths.artifacts, `${name}-${width}-diff.png`);
  write(diffFile, PNG.sync.write(diff));
  return {
    status: "differs",
    reference,
    actual,
    diff: diffFile,
    reason: `${count} pixels differ (${(ratio * 100).toFixed(2)} % > ${MAX_DIFF_RATIO * 100} %)`,
  };
}

function write(file: string, data: Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
}
