/**
 * `karabakh2023-render`: writes a chart to SVG, PNG or prerendered HTML (chosen by --format, else
 * by the --out extension).
 *
 *   karabakh2023-render --chart refugees --width 640 --theme dark --locale fr --out chart.svg
 *   karabakh2023-render --chart reactions --width 1200 --scale 2 --out card.png
 *   karabakh2023-render --chart refugees --format html --attr highlight=armenia --out refugees.html
 */
import { readFileSync, writeFileSync } from "node:fs";
import { extname } from "node:path";
import { parseArgs } from "node:util";
import { BUILT_IN_LOCALES, CHART_IDS } from "@karabakh2023/charts";
import { renderHtml } from "./html.js";
import { renderSvg, STATIC_THEMES, svgToPng } from "./render.js";

export const FORMATS = ["svg", "png", "html"] as const;

export const USAGE = `Usage: karabakh2023-render --chart <${CHART_IDS.join("|")}> --out <file.svg|file.png|file.html>
       [--format <${FORMATS.join("|")}>] [--width 640] [--theme <${STATIC_THEMES.join("|")}>] [--locale <${BUILT_IN_LOCALES.join("|")}>]
       [--data story.json]
       SVG/PNG: [--margin 16] [--scale 1]
       HTML:    [--attr name=value]... [--nonce N] [--no-styles]

Draws one chart as a standalone SVG or PNG (fonts: DejaVu Sans / Noto Sans from the system), or
as prerendered HTML: the whole <karabakh-chart> element, figure included, to paste into an
article; readers without JavaScript see the figure, and the element's script adopts it.
--width is the image width in CSS px (HTML: the width the chart is drawn at, the article column's);
--scale multiplies the PNG's pixels (2 for print/retina).
--data draws your own story (a JSON Story, checked by validateStory) instead of the built-in one.
--attr sets another attribute of the element (theme=auto, highlight=armenia, chart-title=…);
--theme in HTML may also be auto. --no-styles leaves out the figure stylesheet (already on the page).`;

/** A usage error: the message names the flag and the value. */
export class CliError extends Error {}

function integer(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new CliError(`invalid --${flag}: ${JSON.stringify(value)} (expected a whole number)`);
  return Number(value);
}

/** --format, else the extension of --out; they must agree when both are given. */
function outputFormat(flag: string | undefined, out: string): (typeof FORMATS)[number] {
  const extension = extname(out).toLowerCase().slice(1);
  const fromOut = (FORMATS as readonly string[]).includes(extension) ? extension : undefined;
  if (flag !== undefined && !(FORMATS as readonly string[]).includes(flag)) {
    throw new CliError(`invalid --format: ${JSON.stringify(flag)} (expected one of ${FORMATS.join(", ")})`);
  }
  const format = flag ?? fromOut;
  if (format === undefined) {
    throw new CliError(
      `invalid --out: ${JSON.stringify(out)} (expected a file ending in .svg, .png or .html, or --format)`,
    );
  }
  if (fromOut !== undefined && fromOut !== format) {
    throw new CliError(
      `invalid --out: ${JSON.stringify(out)} (a .${fromOut} file, but --format is ${format})`,
    );
  }
  return format as (typeof FORMATS)[number];
}

/** `--attr name=value` flags as attributes; a flag without "=" is an error naming it. */
function htmlAttributes(flags: readonly string[]): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const flag of flags) {
    const at = flag.indexOf("=");
    if (at <= 0) throw new CliError(`invalid --attr: ${JSON.stringify(flag)} (expected name=value)`);
    attributes[flag.slice(0, at)] = flag.slice(at + 1);
  }
  return attributes;
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
    let values: Record<string, string | boolean | string[] | undefined>;
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
          format: { type: "string" },
          attr: { type: "string", multiple: true },
          nonce: { type: "string" },
          "no-styles": { type: "boolean" },
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
    if (!out) throw new CliError("missing --out (a .svg, .png or .html file)");
    const format = outputFormat(values.format as string | undefined, out);
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

    try {
      if (format === "html") {
        for (const flag of ["margin", "scale"] as const) {
          if (values[flag] !== undefined)
            throw new CliError(`invalid --${flag}: does not apply to --format html`);
        }
        const attributes = htmlAttributes((values.attr as string[] | undefined) ?? []);
        if (values.theme !== undefined) attributes.theme = values.theme as string;
        writeFileSync(
          out,
          renderHtml({
            chart: values.chart as never,
            width: integer("width", values.width as string | undefined),
            locale: values.locale as never,
            attributes,
            ...(values.nonce === undefined ? {} : { nonce: values.nonce as string }),
            styles: values["no-styles"] !== true,
            ...(data === undefined ? {} : { data }),
          }),
        );
      } else {
        for (const flag of ["attr", "nonce", "no-styles"] as const) {
          if (values[flag] !== undefined)
            throw new CliError(`invalid --${flag}: applies to --format html only`);
        }
        const svg = renderSvg({
          chart: values.chart as never,
          width: integer("width", values.width as string | undefined),
          theme: values.theme as never,
          locale: values.locale as never,
          margin: integer("margin", values.margin as string | undefined),
          ...(data === undefined ? {} : { data }),
        });
        writeFileSync(out, format === "svg" ? svg : svgToPng(svg, { scale }));
      }
    } catch (error) {
      // The renderers' messages read "invalid <option>: <value> (…)"; the option is the flag
      // ("invalid attributes.highlight" is the --attr highlight=…).
      if (error instanceof RangeError)
        throw new CliError(
          error.message
            .replace(/^invalid attributes\.([\w-]+)/, "invalid --attr $1")
            .replace(/^invalid (\w+)/, "invalid --$1"),
        );
      throw error;
    }
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
