import { parseHTML } from "linkedom";
import { describe, expect, it, vi } from "vitest";
import {
  csvCell,
  type FigureSpec,
  formatters,
  normalizeCommonOptions,
  renderFigure,
  resetWarnings,
  safeUrl,
  textWidth,
  toCsv,
  warnOnce,
  wrapText,
} from "../../packages/charts/src/figure/index.js";
import { resolveLocale } from "../../packages/charts/src/locales/registry.js";

const newDocument = () => parseHTML("<!doctype html><html><head></head><body></body></html>").document;

const source = {
  id: "s1",
  publisher: "RFE/RL",
  title: "At Least 223 Karabakh Armenians Killed",
  url: "https://www.azatutyun.am/a/32762731.html",
  urlKind: "article" as const,
  accessed: "2025-01-01",
  language: "en",
};

function spec(overrides: Partial<FigureSpec> = {}): FigureSpec {
  return {
    chart: "test-chart",
    title: "A title",
    subtitle: "A subtitle",
    notes: ["One note"],
    sources: [source],
    summary: "A summary of the chart.",
    table: { columns: ["Claim", "Value"], rows: [["a", 100417]] },
    render: (width) => {
      const doc = document;
      const svg = doc.createElementNS("http://www.w3.org/2000/svg", "svg");
      svg.setAttribute("width", String(width));
      const g = doc.createElementNS("http://www.w3.org/2000/svg", "g");
      g.setAttribute("aria-label", "bar");
      svg.appendChild(g);
      return { element: svg as SVGSVGElement, points: [{ x: 10, y: 10, label: "Point A" }] };
    },
    ...overrides,
  };
}
let document = newDocument();

function common(options: Record<string, unknown> = {}) {
  document = (options.document as Document) ?? newDocument();
  return normalizeCommonOptions("test-chart", { document, idPrefix: "t", ...options }, { sources: [source] });
}

describe("normalizeCommonOptions", () => {
  it("fills defaults: en, auto theme, container width, data link on", () => {
    const o = common();
    expect(o).toMatchObject({
      locale: { tag: "en", table: "en", intl: "en-GB", direction: "ltr" },
      theme: "auto",
      width: undefined,
      dataLink: true,
      notes: [],
    });
    expect(o.sources).toEqual([source]);
  });
  it('throws RangeError "invalid locale: xx …" saying how to add a table', () => {
    expect(() => common({ locale: "xx" })).toThrow(RangeError);
    expect(() => common({ locale: "xx" })).toThrow(
      /^invalid locale: xx has no message table .*registerLocale\("xx", table\)/,
    );
  });
  it("throws TypeError naming the option for wrong types", () => {
    expect(() => common({ locale: 3 })).toThrow(TypeError);
    expect(() => common({ title: 3 })).toThrow(/invalid title: expected a string, got 3/);
    expect(() => common({ width: "wide" })).toThrow(/invalid width/);
    expect(() => common({ notes: ["ok", 2] })).toThrow(/invalid notes\[1\]/);
    expect(() => common({ dataLink: "yes" })).toThrow(/invalid dataLink/);
  });
  it("throws RangeError for a negative width and an unknown theme", () => {
    expect(() => common({ width: -5 })).toThrow(new RangeError("invalid width: -5"));
    expect(() => common({ theme: "sepia" })).toThrow(RangeError);
    expect(() => common({ theme: "sepia" })).toThrow(/invalid theme: sepia/);
  });
  it("generates distinct id prefixes when none is given", () => {
    const d = newDocument();
    const a = normalizeCommonOptions("x", { document: d }, { sources: [] });
    const b = normalizeCommonOptions("x", { document: d }, { sources: [] });
    expect(a.idPrefix).not.toBe(b.idPrefix);
  });
});

describe("formatters", () => {
  it('formats 100417 as "100 417" with U+202F in French and "100,417" in English', () => {
    expect(formatters(resolveLocale("fr")).number(100417)).toBe("100\u202f417");
    expect(formatters(resolveLocale("en")).number(100417)).toBe("100,417");
  });
  it("keeps qualifiers in both languages", () => {
    expect(formatters(resolveLocale("fr")).qualified(200, "at-least")).toBe("au moins 200");
    expect(formatters(resolveLocale("en")).qualified(200, "at-least")).toBe("at least 200");
    expect(formatters(resolveLocale("en")).qualified(600, "nearly")).toBe("nearly 600");
    expect(formatters(resolveLocale("fr")).qualified(600, "nearly")).toBe("près de 600");
  });
  it("formats dates of every precision", () => {
    expect(formatters(resolveLocale("en")).date("2023-09-28")).toBe("28 Sept 2023");
    expect(formatters(resolveLocale("fr")).date("2023-09-28")).toBe("28 sept. 2023");
    expect(formatters(resolveLocale("en")).date("2024-01")).toBe("January 2024");
    expect(formatters(resolveLocale("fr")).date("2024")).toBe("2024");
  });
});

describe("safeUrl and CSV", () => {
  it("keeps https links only", () => {
    expect(safeUrl("https://example.org/a")).toBe("https://example.org/a");
    expect(safeUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeUrl("http://example.org")).toBeUndefined();
    expect(safeUrl("data:text/html,<b>")).toBeUndefined();
    expect(safeUrl("/relative")).toBeUndefined();
    expect(safeUrl("https://user:pw@example.org")).toBeUndefined();
  });
  it("escapes formula cells and quotes separators", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM")).toBe("'@SUM");
    expect(csvCell(-1)).toBe("-1");
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(toCsv(["a", "b"], [["x", 1]])).toBe("a,b\r\nx,1\r\n");
  });
});

describe("text", () => {
  it("wraps to the width and cuts words longer than a line", () => {
    const lines = wrapText(
      "Azerbaijan Ministry of Health and a Veryveryveryverylongwordwithoutspaces",
      100,
      12,
    );
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(100);
  });
  it("never breaks at a no-break space (French numbers and colons)", () => {
    const lines = wrapText("au moins 100\u202f417 au total", 60, 12);
    expect(lines).toContain("100\u202f417");
  });
  it("limits the number of lines with an ellipsis", () => {
    const lines = wrapText("one two three four five six seven eight nine ten", 40, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith("…")).toBe(true);
  });
});

describe("renderFigure", () => {
  it("returns a <figure> with caption, plot, summary, sources, data link and table", () => {
    const o = common({ locale: "fr", width: 500 });
    const figure = renderFigure(spec(), o);
    expect(figure.tagName.toLowerCase()).toBe("figure");
    expect(figure.getAttribute("lang")).toBe("fr");
    expect(figure.firstElementChild?.tagName.toLowerCase()).toBe("figcaption");
    expect(figure.querySelector(".k23-title")?.textContent).toBe("A title");
    const summaryId = figure.getAttribute("aria-describedby") ?? "";
    expect(figure.querySelector(`#${summaryId}`)?.textContent).toBe("A summary of the chart.");
    const plot = figure.querySelector(".k23-plot");
    expect(plot?.getAttribute("tabindex")).toBe("0");
    expect(plot?.getAttribute("role")).toBe("group");
    expect(figure.querySelectorAll("[tabindex]")).toHaveLength(1);
    expect(figure.querySelector('g[aria-label="bar"]')?.getAttribute("role")).toBe("group");
    expect(figure.querySelector(".k23-sources a")?.getAttribute("href")).toBe(source.url);
    expect(figure.querySelector(".k23-sources")?.textContent).toContain("Source\u00a0:");
    const link = figure.querySelector(".k23-data-link a");
    expect(link?.textContent).toBe("Télécharger les données (CSV)");
    expect(decodeURIComponent(link?.getAttribute("href") ?? "")).toContain("Claim,Value\r\na,100417");
    expect(figure.querySelector("td.k23-num")?.textContent).toBe("100\u202f417");
  });

  it("shows a source whose URL is not https as text, never as a link", () => {
    const bad = { ...source, url: "javascript:alert(1)" };
    const figure = renderFigure(spec({ sources: [bad] }), common());
    expect(figure.querySelector(".k23-sources a")).toBeNull();
    expect(figure.querySelector(".k23-sources")?.textContent).toContain("RFE/RL");
  });

  it("draws the message instead of a plot when the spec has one", () => {
    const figure = renderFigure(
      spec({ message: "Nothing here", table: { columns: [], rows: [] } }),
      common(),
    );
    expect(figure.querySelector(".k23-message")?.textContent).toBe("Nothing here");
    expect(figure.querySelector("svg")).toBeNull();
    expect(figure.querySelector(".k23-data-link")).toBeNull();
    expect(figure.querySelector("[tabindex]")).toBeNull();
  });

  it("injects its stylesheet once per document, with the nonce", () => {
    const d = newDocument();
    renderFigure(spec(), common({ document: d, nonce: "abc" }));
    renderFigure(spec(), common({ document: d, nonce: "abc" }));
    const styles = d.head.querySelectorAll("style[data-k23-charts]");
    expect(styles).toHaveLength(1);
    expect(styles[0]?.getAttribute("nonce")).toBe("abc");
  });

  it("puts hostile text in as inert text", () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const figure = renderFigure(
      spec({ title: hostile, notes: [hostile], table: { columns: ["c"], rows: [[hostile]] } }),
      common(),
    );
    expect(figure.querySelector("img")).toBeNull();
    expect(figure.querySelector(".k23-title")?.textContent).toBe(hostile);
    // Re-parse the serialized markup: the text must not have become elements or handlers.
    const reparsed = parseHTML(`<!doctype html><html><body>${figure.toString()}</body></html>`).document;
    expect(reparsed.querySelector("img")).toBeNull();
    const handlers = [...reparsed.querySelectorAll("*")].flatMap((e) =>
      [...e.attributes].filter((a) => a.name.startsWith("on")),
    );
    expect(handlers).toEqual([]);
  });
});

/** `count` sources from `publishers` (cycled), with distinct ids, titles and URLs. */
function manySources(count: number, publishers: readonly string[]) {
  return Array.from({ length: count }, (_, i) => ({
    ...source,
    id: `s${i}`,
    publisher: publishers[i % publishers.length] ?? "",
    title: `Report number ${i}`,
    url: `https://example.org/report-${i}`,
    published: "2023-09-28",
  }));
}

describe("renderFigure: the compact source line", () => {
  const line = (figure: HTMLElement) => figure.querySelector(".k23-sources")?.textContent ?? "";

  it("names each publisher once, most-cited first, linked to its first source", () => {
    const sources = manySources(5, ["TASS", "BBC", "tass ", "Reuters", "BBC"]);
    const figure = renderFigure(spec({ sources }), common());
    expect(line(figure)).toBe("Sources: TASS, BBC and Reuters.");
    const links = [...figure.querySelectorAll(".k23-sources a")];
    expect(links.map((a) => a.textContent)).toEqual(["TASS", "BBC", "Reuters"]);
    expect(links.map((a) => a.getAttribute("href"))).toEqual([
      "https://example.org/report-0",
      "https://example.org/report-1",
      "https://example.org/report-3",
    ]);
  });

  it('caps the line at five publishers, then "and N more" / "et N autres"', () => {
    const names = ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8"];
    const sources = manySources(60, names);
    expect(line(renderFigure(spec({ sources }), common()))).toBe("Sources: P1, P2, P3, P4, P5 and 3 more.");
    expect(line(renderFigure(spec({ sources }), common({ locale: "fr" })))).toBe(
      "Sources\u00a0: P1, P2, P3, P4, P5 et 3 autres.",
    );
    // One hidden publisher would take as much room as "and 1 more": all six are named.
    const six = manySources(6, names.slice(0, 6));
    expect(line(renderFigure(spec({ sources: six }), common()))).toBe("Sources: P1, P2, P3, P4, P5 and P6.");
    // A publisher cited by more sources goes first, even when it appears last.
    const weighted = [
      ...manySources(8, names),
      ...manySources(2, ["Late but cited"]).map((s, i) => ({ ...s, id: `w${i}` })),
    ];
    expect(line(renderFigure(spec({ sources: weighted }), common()))).toMatch(/^Sources: Late but cited, /);
  });

  it("lists every source in full (publisher, title, date, link) in a closed <details>", () => {
    const sources = manySources(60, ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8"]);
    const en = renderFigure(spec({ sources }), common());
    const details = en.querySelector("details.k23-source-list");
    expect(details?.hasAttribute("open")).toBe(false);
    expect(details?.querySelector("summary")?.textContent).toBe("All 60 sources");
    const items = [...(details?.querySelectorAll("li") ?? [])];
    expect(items).toHaveLength(60);
    expect(items[7]?.textContent).toBe("P8, “Report number 7”, 28 Sept 2023.");
    expect(items[7]?.querySelector("a")?.getAttribute("href")).toBe("https://example.org/report-7");
    expect(items[7]?.querySelector("a")?.textContent).toBe("“Report number 7”");
    const fr = renderFigure(spec({ sources }), common({ locale: "fr" }));
    expect(fr.querySelector(".k23-source-list summary")?.textContent).toBe("Les 60 sources");
    expect(fr.querySelectorAll(".k23-source-list li")[0]?.textContent).toBe(
      "P1, «\u202fReport number 0\u202f», 28 sept. 2023.",
    );
  });

  it("says when an undated source was consulted, and links a site-only source to the publisher's site", () => {
    // The shared `source` has no publication date.
    const undated = { ...source, accessed: "2025-01-12" };
    const site = {
      ...undated,
      id: "s2",
      publisher: "Armenpress",
      urlKind: "site" as const,
      url: "https://armenpress.am/",
    };
    const figure = renderFigure(spec({ sources: [undated, site] }), common({ locale: "fr" }));
    const items = [...figure.querySelectorAll(".k23-source-list li")];
    expect(items[0]?.textContent).toBe(
      "RFE/RL, «\u202fAt Least 223 Karabakh Armenians Killed\u202f», consulté le 12 janv. 2025.",
    );
    expect(items[1]?.textContent).toBe(
      "Armenpress, «\u202fAt Least 223 Karabakh Armenians Killed\u202f», consulté le 12 janv. 2025 (site de l’éditeur).",
    );
    expect(items[1]?.querySelector("a")?.textContent).toBe("site de l’éditeur");
    expect(items[1]?.querySelector("a")?.getAttribute("href")).toBe("https://armenpress.am/");
  });

  it("keeps non-https URLs as text in the line and in the full list", () => {
    const bad = [
      "javascript:alert(1)",
      "http://example.org/a",
      "data:text/html,x",
      "https://user:pw@example.org/",
    ];
    const sources = bad.map((url, i) => ({ ...source, id: `b${i}`, publisher: `Pub ${i}`, url }));
    const figure = renderFigure(spec({ sources }), common());
    expect(figure.querySelectorAll(".k23-sources a, .k23-source-list a")).toHaveLength(0);
    expect(line(figure)).toBe("Sources: Pub 0, Pub 1, Pub 2 and Pub 3.");
    expect(figure.querySelector(".k23-source-list li")?.textContent).toBe(
      "Pub 0, “At Least 223 Karabakh Armenians Killed”, accessed 1 Jan 2025.",
    );
  });

  it('uses "Source:" for a single source', () => {
    const figure = renderFigure(spec(), common());
    expect(line(figure)).toBe("Source: RFE/RL.");
    expect(figure.querySelector(".k23-source-list summary")?.textContent).toBe("Full source reference");
  });
});

describe("warnOnce", () => {
  it("prints each message once with the chart prefix", () => {
    resetWarnings();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    warnOnce("refugee-curve", "odd");
    warnOnce("refugee-curve", "odd");
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith("[@karabakh2023/charts/refugee-curve] odd");
    warn.mockRestore();
  });
});
