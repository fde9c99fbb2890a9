/**
 * `karabakh2023-render`: writes a chart to SVG or PNG (chosen by the --out extension).
 *
 *   karabakh2023-render --chart refugees --width 640 --theme dark --locale fr --out chart.svg
 *   karabakh2023-render --chart reactions --width 1200 --scale 2 --out card.png
 */
import { readFileSync, writeFileSync } from "node:fs";
import { extname } from "node:path";
import { parseArgs } from "node:util";
import { BUILT_IN_LOCALES, CHART_IDS } from "@karabakh2023/charts";
import { renderSvg, STATIC_THEMES, svgToPng } from "./render.js";

export const USAGE = `Usage: karabakh2023-render --chart <${CHART_IDS.join("|")}> --out <file.svg|file.png>
       [--width 640] [--theme <${STATIC_THEMES.join("|")}>] [--locale <${BUILT_IN_LOCALES.join("|")}>] [--margin 16] [--scale 1]
       [--data story.json]

Draws one chart as a standalone SVG or PNG (fonts: DejaVu Sans / Noto Sans from the system).
--width is the image width in CSS px; --scale multiplies the PNG's pixels (2 for print/retina).
--data draws your own story (a JSON Story, checked by validateStory) instead of the built-in one.`;

/** A usage error: the message names the flag and the value. */
export class CliError extends Error {}

function integer(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new CliError(`invalid --${flag}: ${JSON.stringify(value)} (expected a whole number)`);
  return Number(value);
}

/** Runs the command with `argv` (without node and script); returns the exit code. */
export function main(
  argv: readonly string[],
  io: { out: (s: string) => void; err: (s: string) => void } = {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  },
): number {
  try {
    let values: Record<string, string | boolean | undefined>;
    try {
      ({ values } = parseArgs({
        args: [...argv],
        strict: true,
        allowPositionals: false,
        options: {
          chart: { type: "string" },
          width: { type: "string" },
          theme: { type: "string" },
          locale: { type: "string" },
          margin: { type: "string" },
          scale: { type: "string" },
          data: { type: "string" },
          out: { type: "string", short: "o" },
          help: { type: "boolean", short: "h" },
        },
      }));
    } catch (error) {
      throw new CliError((error as Error).message);
    }
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    const out = values.out as string | undefined;
    if (!out) throw new CliError("missing --out (a .svg or .png file)");
    const format = extname(out).toLowerCase();
    if (format !== ".svg" && format !== ".png") {
      throw new CliError(`invalid --out: ${JSON.stringify(out)} (expected a file ending in .svg or .png)`);
    }
    if (values.chart === undefined) throw new CliError(`missing --chart (one of ${CHART_IDS.join(", ")})`);
    const scaleText = values.scale as string | undefined;
    const scale = scaleText === undefined ? 1 : Number(scaleText);
    if (scaleText !== undefined && (!/^\d+(\.\d+)?$/.test(scaleText) || scale <= 0 || scale > 8)) {
      throw new CliError(
        `invalid --scale: ${JSON.stringify(scaleText)} (expected a number above 0, up to 8)`,
      );
    }

    let data: unknown;
    const dataFile = values.data as string | undefined;
    if (dataFile !== undefined) {
      let text: string;
      try {
        text = readFileSync(dataFile, "utf8");
      } catch (error) {
        throw new CliError(
          `invalid --data: cannot read ${JSON.stringify(dataFile)} (${(error as Error).message})`,
        );
      }
      try {
        data = JSON.parse(text);
      } catch (error) {
        throw new CliError(
          `invalid --data: ${JSON.stringify(dataFile)} is not JSON (${(error as Error).message})`,
        );
      }
    }

    let svg: string;
    try {
      svg = renderSvg({
        chart: values.chart as never,
        width: integer("width", values.width as string | undefined),
        theme: values.theme as never,
        locale: values.locale as never,
        margin: integer("margin", values.margin as string | undefined),
        ...(data === undefined ? {} : { data }),
      });
    } catch (error) {
      // renderSvg's messages read "invalid <option>: <value> (…)"; the option is the flag.
      if (error instanceof RangeError)
        throw new CliError(error.message.replace(/^invalid (\w+)/, "invalid --$1"));
      throw error;
    }
    if (format === ".svg") writeFileSync(out, svg);
    else writeFileSync(out, svgToPng(svg, { scale }));
    io.out(`wrote ${out}\n`);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`karabakh2023-render: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    io.err(`karabakh2023-render: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
