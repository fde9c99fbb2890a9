/**
 * Prerendered markup, both ways:
 * - out: every text and url entry of the corpus drawn by `renderHtml()` (in the story and as
 *   attributes) gives HTML whose parse is exactly one element with its stylesheet, its data
 *   block and its figure; the figure passes the suite's inertness check, the data block holds
 *   the data and nothing a parser would end it on, the attributes hold the values as text;
 * - in: what `<karabakh-chart>` refuses to adopt. Everything the suite's check forbids in a
 *   chart's output (dom-check.js), put into a genuine prerendered figure whose digest is then
 *   recomputed (as anyone writing the page can), is refused by `unsafeMarkup`.
 */
import { markupDigest, unsafeMarkup } from "@karabakh2023/charts";
import { parseHTML } from "linkedom";
import { describe, expect, it, vi } from "vitest";
import { renderHtml } from "../../packages/embed/src/html.js";
import { corpus } from "./corpus.js";
import { FORBIDDEN_TAGS, findProblems } from "./dom-check.js";
import { inject } from "./inject.js";
import { newDocument } from "./matrix.js";

const parse = (html: string) =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;

describe("renderHtml: hostile text and links come out as text, in one element", () => {
  const entries = corpus.filter((e) => e.target === "text" || e.target === "url");
  for (const entry of entries) {
    it(`casualties ← ${entry.target} ${entry.id}`, () => {
      const call = inject(entry, "casualties", newDocument(), "h");
      if (!call) return;
      const title = typeof call.value === "string" && entry.target === "text" ? call.value : undefined;
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      let html: string;
      try {
        html = renderHtml({
          chart: "casualties",
          data: call.data,
          ...(title === undefined ? {} : { attributes: { "chart-title": title, subtitle: title } }),
        });
      } catch (error) {
        // Refused: with an error naming the data or the attribute, never anything else.
        expect((error as Error).name).toBe("RangeError");
        expect((error as Error).message).toMatch(/^invalid (data|attributes\.)/);
        return;
      } finally {
        warn.mockRestore();
      }
      const doc = parse(html);
      const elements = doc.body.children;
      expect(elements).toHaveLength(1);
      const element = elements[0] as Element;
      expect(element.localName).toBe("karabakh-chart");
      expect([...element.children].map((c) => c.localName)).toEqual(["style", "script", "figure"]);
      const block = element.querySelector("script") as Element;
      expect(block.getAttribute("type")).toBe("application/json");
      expect(block.textContent).not.toMatch(/<\/script|<!--/i);
      expect(JSON.parse(block.textContent ?? "")).toEqual(JSON.parse(JSON.stringify(call.data)));
      const figure = element.querySelector("figure") as Element;
      expect(findProblems(figure, call.injected)).toEqual([]);
      expect(unsafeMarkup(figure)).toBeUndefined();
      if (title !== undefined) {
        expect(element.getAttribute("chart-title")).toBe(title);
        // As the element reads it: attribute values are trimmed.
        expect(figure.querySelector(".k23-title")?.textContent).toBe(title.trim());
      }
      // Long: "many words" puts 36 KB into every label, and the markup is parsed back for its digest.
    }, 300_000);
  }
});

describe("<karabakh-chart> never adopts a prerendered figure carrying what a chart never draws", () => {
  const genuine = renderHtml({ chart: "casualties", width: 640 });
  /** The genuine figure with `change` applied and its digest recomputed. */
  const tampered = (change: (figure: Element, doc: Document) => void) => {
    const doc = parse(genuine);
    const figure = doc.querySelector("figure") as Element;
    change(figure, doc);
    figure.setAttribute("data-k23-digest", markupDigest(figure));
    return figure;
  };

  it("the genuine figure is adoptable, and its digest is what renderHtml recorded", () => {
    const figure = parse(genuine).querySelector("figure") as Element;
    expect(unsafeMarkup(figure)).toBeUndefined();
    expect(figure.getAttribute("data-k23-digest")).toBe(markupDigest(figure));
  });

  it("a changed number changes the digest", () => {
    const doc = parse(genuine);
    const figure = doc.querySelector("figure") as Element;
    const cell = figure.querySelector("td.k23-num") as Element;
    cell.textContent = `${cell.textContent}0`;
    expect(markupDigest(figure)).not.toBe(figure.getAttribute("data-k23-digest"));
  });

  for (const tag of FORBIDDEN_TAGS) {
    it(`an injected <${tag}> is refused`, () => {
      const figure = tampered((f, doc) => {
        f.querySelector(".k23-footer")?.append(doc.createElement(tag));
      });
      expect(unsafeMarkup(figure)).toContain(`<${tag}>`);
    });
  }

  const attributes: [string, string, string][] = [
    [".k23-plot svg", "onload", "window.__pwned = 1"],
    [".k23-title", "onclick", "window.__pwned = 1"],
    [".k23-sources a", "href", "javascript:window.__pwned = 1"],
    [".k23-sources a", "href", " JaVaScRiPt:window.__pwned = 1"],
    [".k23-sources a", "href", "http://example.org/"],
    [".k23-sources a", "href", "data:text/html,<script>window.__pwned = 1</script>"],
    [".k23-data-link a", "href", "data:text/html;base64,PHNjcmlwdD4="],
    [".k23-plot svg", "style", "background: url(https://example.org/track.png)"],
    [".k23-plot svg", "fill", "url(https://example.org/x.svg#p)"],
  ];
  for (const [selector, name, value] of attributes) {
    it(`${selector} ${name}="${value}" is refused`, () => {
      const figure = tampered((f) => f.querySelector(selector)?.setAttribute(name, value));
      expect(unsafeMarkup(figure)).toContain(name);
    });
  }
});
