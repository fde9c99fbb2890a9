/**
 * Markup snapshots of every reactionsMap example, in both locales and both explicit themes.
 * The 177 projected country paths are the same in every snapshot and come from world-atlas, so
 * each `d` of the map geometry is replaced by a short hash: the snapshots still show which
 * country gets which fill, and stay small enough to review.
 */
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { resetIds } from "../../packages/charts/src/figure/ids.js";
import { resetWarnings } from "../../packages/charts/src/figure/warn.js";
import { examples } from "../../packages/charts/src/reactions-map/examples.js";
import { reactionsMap } from "../../packages/charts/src/reactions-map/index.js";
import { allElements, matchSnapshot, newDocument } from "./snapshot-utils.js";

/** FNV-1a, enough to tell path strings apart in a snapshot. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

function abbreviateGeometry(figure: Element): Element {
  const copy = figure.cloneNode(true) as Element;
  for (const path of copy.querySelectorAll(".k23-reactions-world path, .k23-reactions-inset path")) {
    path.setAttribute("d", `#${hash(path.getAttribute("d") ?? "")}`);
  }
  // The CSV download repeats the data table; its hash still changes when the data does.
  for (const a of copy.querySelectorAll("a[download]"))
    a.setAttribute("href", `data:#${hash(a.getAttribute("href") ?? "")}`);
  return copy;
}

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  resetIds();
  resetWarnings();
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe("reactionsMap examples", () => {
  for (const [name, example] of Object.entries(examples)) {
    // An example that fixes its locale or theme (fr, dark...) is snapshotted once for it.
    for (const locale of example.options?.locale ? [example.options.locale] : (["en", "fr"] as const)) {
      for (const theme of example.options?.theme ? [example.options.theme] : (["light", "dark"] as const)) {
        it(`reactionsMap(${name}, {locale: "${locale}", theme: "${theme}"}) matches its snapshot`, async () => {
          const figure = reactionsMap(example.data, {
            ...example.options,
            locale,
            theme,
            width: example.options?.width ?? 640,
            document: newDocument(),
          });
          await matchSnapshot(abbreviateGeometry(figure), `reactions-map/${name}-${locale}-${theme}`);
          if (name.startsWith("warn")) expect(warn).toHaveBeenCalled();
          else expect(warn).not.toHaveBeenCalled();
        });
      }
    }
  }

  it("renders hostile names, summaries, titles and links as inert text", () => {
    const { data, options } = examples.hostile ?? {};
    const figure = reactionsMap(data, { ...options, document: newDocument() });
    const elements = allElements(figure);
    const names = new Set(elements.map((e) => e.tagName.toLowerCase()));
    for (const tag of ["script", "img", "foreignobject", "b", "i"]) expect(names.has(tag), tag).toBe(false);
    for (const e of elements) {
      for (const a of e.attributes) {
        expect(a.name.startsWith("on"), `${e.tagName}[${a.name}]`).toBe(false);
        expect(a.value.toLowerCase().startsWith("javascript:"), `${e.tagName}[${a.name}]`).toBe(false);
      }
    }
    expect(figure.querySelector(".k23-title")?.textContent).toBe(`<b onclick="x()">Title</b>`);
    expect(figure.querySelector("svg.k23-reactions-map")?.textContent).toContain(
      `<script>alert("x")</script>`,
    );
    // A formula-looking speaker is neutralised in the CSV download.
    const csv = decodeURIComponent(figure.querySelector("a[download]")?.getAttribute("href") ?? "");
    expect(csv).toContain(`'=HYPERLINK`);
  });
});
