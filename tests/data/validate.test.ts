import { karabakh, validateDataset, validateStory } from "@karabakh2023/data";
import { describe, expect, it } from "vitest";
import { validDataset } from "./fixtures/dataset";

type Mutable = Record<string, Record<string, unknown>[]>;

/** A copy of the valid dataset with one change, typed loosely so tests can break it. */
function broken(change: (d: Mutable) => void): unknown {
  const d = validDataset() as unknown as Mutable;
  change(d);
  return d;
}

const first = (d: Mutable, table: string) => d[table]?.[0] as Record<string, unknown>;

/**
 * The valid dataset as a story of the Karabakh vocabulary and time zone, in French and English
 * (the fixture's texts; the Karabakh story also has hy and ru from data/i18n/).
 */
function story(change: (d: Mutable) => void = () => {}): unknown {
  const { sources, claimants, casualties, refugees, reactions, events, ...meta } = karabakh;
  void [sources, claimants, casualties, refugees, reactions, events];
  return { ...meta, locales: ["fr", "en"], ...(broken(change) as object) };
}

function errorsOf(input: unknown, validate = validateDataset) {
  const result = validate(input);
  expect(result.ok).toBe(false);
  return result.errors.map(({ table, row, field, value }) => ({ table, row, field, value }));
}

describe("validateDataset", () => {
  it("validateDataset(validDataset()) is ok with no errors", () => {
    expect(validateDataset(validDataset())).toEqual({ ok: true, errors: [] });
  });

  it("validateDataset({...}) names casualties[0].sources when sources is empty", () => {
    const result = validateDataset(broken((d) => (first(d, "casualties").sources = [])));
    expect(result.errors).toEqual([
      expect.objectContaining({
        table: "casualties",
        row: 0,
        field: "sources",
        message: "at least one source is required",
      }),
    ]);
  });

  it("validateDataset({...}) names casualties[0].sources when the sources field is missing", () => {
    expect(errorsOf(broken((d) => delete first(d, "casualties").sources))).toEqual([
      { table: "casualties", row: 0, field: "sources", value: undefined },
    ]);
  });

  it("validateDataset({...}) names reactions[1].sources.0 when a source id does not resolve", () => {
    const input = broken((d) => ((d.reactions?.[1] as Record<string, unknown>).sources = ["no-such-source"]));
    expect(validateDataset(input).errors).toEqual([
      {
        table: "reactions",
        row: 1,
        field: "sources.0",
        value: "no-such-source",
        message: "unknown source id",
      },
    ]);
  });

  it("validateDataset({...}) names refugees[0].claimant when the claimant does not resolve", () => {
    expect(errorsOf(broken((d) => (first(d, "refugees").claimant = "nobody")))).toEqual([
      { table: "refugees", row: 0, field: "claimant", value: "nobody" },
    ]);
  });

  it.each(["2023-02-30", "2023-13-01", "2023-9-28", "28/09/2023", "2023-09-28T12:00", ""])(
    "validateDataset({...}) names casualties[0].asOf = %j as a bad date",
    (asOf) => {
      expect(errorsOf(broken((d) => (first(d, "casualties").asOf = asOf)))).toEqual([
        { table: "casualties", row: 0, field: "asOf", value: asOf },
      ]);
    },
  );

  it.each(["2024-02-29", "2023-09", "2024"])("validateDataset({...}) accepts the ISO date %j", (asOf) => {
    expect(validateDataset(broken((d) => (first(d, "casualties").asOf = asOf))).ok).toBe(true);
  });

  it.each(["24:00", "8:00", "20h00", "20:60"])(
    "validateDataset({...}) names refugees[0].timeLocal = %j",
    (time) => {
      expect(errorsOf(broken((d) => (first(d, "refugees").timeLocal = time)))).toEqual([
        { table: "refugees", row: 0, field: "timeLocal", value: time },
      ]);
    },
  );

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    "validateDataset({...}) names casualties[0].value = %d",
    (value) => {
      expect(errorsOf(broken((d) => (first(d, "casualties").value = value)))).toEqual([
        { table: "casualties", row: 0, field: "value", value },
      ]);
    },
  );

  it.each(["1,234", "213", "about 200"])(
    "validateDataset({...}) rejects the number written as text %j",
    (value) => {
      const result = validateDataset(broken((d) => (first(d, "refugees").value = value)));
      expect(result.errors).toEqual([
        { table: "refugees", row: 0, field: "value", value, message: "must be a number, not text" },
      ]);
    },
  );

  it("validateDataset({...}) names reactions[0].iso3 when the ISO code is unknown", () => {
    const result = validateDataset(broken((d) => (first(d, "reactions").iso3 = "XYZ")));
    expect(result.errors).toEqual([
      { table: "reactions", row: 0, field: "iso3", value: "XYZ", message: "unknown ISO 3166-1 alpha-3 code" },
    ]);
  });

  it.each(["fra", "FR", "250"])(
    "validateDataset({...}) names reactions[0].iso3 = %j as malformed",
    (iso3) => {
      expect(errorsOf(broken((d) => (first(d, "reactions").iso3 = iso3)))).toEqual([
        { table: "reactions", row: 0, field: "iso3", value: iso3 },
      ]);
    },
  );

  it("validateDataset({...}) names reactions[0].iso3 when a state has none, and reactions[1].iso3 when an organisation has one", () => {
    expect(
      errorsOf(
        broken((d) => {
          delete first(d, "reactions").iso3;
          (d.reactions?.[1] as Record<string, unknown>).iso3 = "BEL";
        }),
      ),
    ).toEqual([
      { table: "reactions", row: 0, field: "iso3", value: undefined },
      { table: "reactions", row: 1, field: "iso3", value: "BEL" },
    ]);
  });

  it("validateStory({...}) names casualties[0].party when the id is not in the story's vocabulary", () => {
    expect(validateStory(story()).errors).toEqual([]);
    expect(
      errorsOf(
        story((d) => (first(d, "casualties").party = "russia")),
        validateStory,
      ),
    ).toEqual([{ table: "casualties", row: 0, field: "party", value: "russia" }]);
  });

  it("validateDataset({...}) names sources[2].id when an id is duplicated", () => {
    const result = validateDataset(broken((d) => d.sources?.push({ ...first(d, "sources"), title: "Copy" })));
    expect(result.errors).toEqual([
      {
        table: "sources",
        row: 2,
        field: "id",
        value: "rfi-2023-09-28-bilan",
        message: "duplicate id (first at row 0)",
      },
    ]);
  });

  it.each(["Artsakh_Killed", "a--b", "-a", "a b", "é"])(
    "validateDataset({...}) names events[0].id = %j as not kebab-case",
    (id) => {
      expect(errorsOf(broken((d) => (first(d, "events").id = id)))).toEqual([
        { table: "events", row: 0, field: "id", value: id },
      ]);
    },
  );

  it("validateDataset(JSON.parse(...)) names casualties[0].__proto__ as an unknown field", () => {
    const json = JSON.stringify(validDataset()).replace(
      '"id":"artsakh-killed-213"',
      '"__proto__":{"polluted":true},"id":"artsakh-killed-213"',
    );
    const result = validateDataset(JSON.parse(json));
    expect(result.errors).toEqual([
      {
        table: "casualties",
        row: 0,
        field: "__proto__",
        value: { polluted: true },
        message: "unknown field",
      },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("validateDataset({...}) names sources[0].constructor as an unknown field and casualties[0].note.constructor as no locale", () => {
    expect(
      errorsOf(
        broken((d) => {
          Reflect.set(first(d, "sources"), "constructor", "x");
          // A text in another locale is allowed (a story may add German); a key that is no
          // language tag is not.
          (first(d, "casualties").note as Record<string, string>).de = "Nach oben korrigiert.";
          Reflect.set(first(d, "casualties").note as object, "constructor", "x");
        }),
      ),
    ).toEqual([
      { table: "sources", row: 0, field: "constructor", value: "x" },
      { table: "casualties", row: 0, field: "note.constructor", value: "x" },
    ]);
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "http://www.rfi.fr/",
    "HTTPS://www.rfi.fr/",
    "https://www.rfi.fr/\u0000",
    "https://www.rfi.fr/ page",
    "https://www.rfi.fr/\u202egpj.exe",
    "https://",
    "//www.rfi.fr/",
    " https://www.rfi.fr/",
  ])("validateDataset({...}) names sources[0].url = %j", (url) => {
    const result = validateDataset(broken((d) => (first(d, "sources").url = url)));
    expect(result.errors).toEqual([
      { table: "sources", row: 0, field: "url", value: url, message: "must be an https:// URL" },
    ]);
  });

  it("validateDataset({...}) names refugees[0].timeOfDay when a count has both a clock time and a part of the day", () => {
    expect(errorsOf(broken((d) => (first(d, "refugees").timeOfDay = "evening")))).toEqual([
      { table: "refugees", row: 0, field: "timeOfDay", value: "evening" },
    ]);
  });

  it("validateStory({...}) names casualties[0].note.fr when a note lacks the French text the story promises", () => {
    expect(
      errorsOf(
        story((d) => (first(d, "casualties").note = { en: "Only English." })),
        validateStory,
      ),
    ).toEqual([{ table: "casualties", row: 0, field: "note.fr", value: undefined }]);
  });

  it("validateDataset({...}) names claimants[0].name when it is a plain string, not a { locale: text } object", () => {
    const result = validateDataset(broken((d) => (first(d, "claimants").name = "Armenpress")));
    expect(result.errors).toEqual([
      {
        table: "claimants",
        row: 0,
        field: "name",
        value: "Armenpress",
        message: 'must be a { locale: text } object, e.g. { "en": "…", "fr": "…" }',
      },
    ]);
  });

  it("validateDataset({...}) names reactions[0].speaker when it is a plain string, not a { locale: text } object", () => {
    const speaker = "Ministry for Europe and Foreign Affairs";
    const result = validateDataset(broken((d) => (first(d, "reactions").speaker = speaker)));
    expect(result.errors).toEqual([
      {
        table: "reactions",
        row: 0,
        field: "speaker",
        value: speaker,
        message: 'must be a { locale: text } object, e.g. { "en": "…", "fr": "…" }',
      },
    ]);
  });

  it("validateStory({...}) names reactions[1].speaker.fr when a speaker lacks the French text the story promises", () => {
    expect(
      errorsOf(
        story((d) => ((d.reactions?.[1] as Record<string, unknown>).speaker = { en: "HR/VP Josep Borrell" })),
        validateStory,
      ),
    ).toEqual([{ table: "reactions", row: 1, field: "speaker.fr", value: undefined }]);
  });

  it("validateDataset({...}) names a missing table and an unknown one", () => {
    const result = validateDataset(
      broken((d) => {
        delete d.events;
        d.casualty = [];
      }),
    );
    expect(result.errors.map(({ table, row, message }) => ({ table, row, message }))).toEqual([
      { table: "casualty", row: null, message: "unknown table" },
      { table: "events", row: null, message: "must be an array of records" },
    ]);
  });

  it.each([null, undefined, 42, "dataset", [], () => 0])(
    "validateDataset(%j) reports the dataset itself without throwing",
    (input) => {
      expect(validateDataset(input).errors).toEqual([
        expect.objectContaining({ table: "dataset", row: null, message: "must be an object of tables" }),
      ]);
    },
  );

  it("validateDataset({...}) names each non-object row without throwing", () => {
    const input = broken((d) => {
      d.events = [null, 7, "row", []] as never;
    });
    expect(errorsOf(input)).toEqual([
      { table: "events", row: 0, field: "", value: null },
      { table: "events", row: 1, field: "", value: 7 },
      { table: "events", row: 2, field: "", value: "row" },
      { table: "events", row: 3, field: "", value: [] },
    ]);
  });

  it("validateDataset({...}) names each hole of a sparse table, and sums up holes beyond the first 100", () => {
    const input = broken((d) => {
      const event = (d.events as unknown[])[0];
      // [event, hole, event, hole], plus a property that is not a row.
      const rows: unknown[] = Object.assign([], { extra: 1 });
      rows[0] = event;
      rows[2] = event;
      rows.length = 4;
      d.events = rows as never;
    });
    const holes = validateDataset(input).errors.filter(
      (e) => e.message === "missing record (a hole in the array)",
    );
    expect(holes.map(({ table, row }) => ({ table, row }))).toEqual([
      { table: "events", row: 1 },
      { table: "events", row: 3 },
    ]);

    const many = validateDataset(broken((d) => (d.sources = new Array(1000) as never)));
    const rows = many.errors.filter((e) => e.table === "sources" && e.row !== null).map((e) => e.row);
    expect(rows).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(many.errors).toContainEqual(
      expect.objectContaining({
        table: "sources",
        row: null,
        message: "900 more missing records (holes in the array)",
      }),
    );
  });

  it("validateDataset({...}) reports a throwing getter or proxy instead of throwing", () => {
    const getter = broken((d) => {
      Object.defineProperty(first(d, "casualties"), "value", {
        enumerable: true,
        get() {
          throw new Error("boom");
        },
      });
    });
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("boom");
        },
      },
    );
    for (const input of [getter, trap]) {
      const result = validateDataset(input);
      expect(result.ok).toBe(false);
      expect(result.errors.length).toBeGreaterThan(0);
    }
  });
});
