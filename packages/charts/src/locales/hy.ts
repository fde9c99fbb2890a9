/**
 * Reader text in Armenian (Eastern Armenian). A sentence ends with "։" (U+0589), "՝" (U+055D)
 * introduces what follows a label; a noun after a number stays singular ("12 պետություն"), so no
 * plural forms are needed.
 */
import { joinList, type Messages } from "./messages.js";

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase("hy") + text.slice(1);

export const hy: Messages = {
  // Chromium ships no Armenian Intl data: these words (CLDR's) format dates, numbers and lists there.
  formats: {
    months: {
      short: ["հնվ", "փտվ", "մրտ", "ապր", "մյս", "հնս", "հլս", "օգս", "սեպ", "հոկ", "նոյ", "դեկ"],
      shortAlone: ["հնվ", "փտվ", "մրտ", "ապր", "մյս", "հնս", "հլս", "օգս", "սեպ", "հոկ", "նոյ", "դեկ"],
      long: [
        "հունվարի",
        "փետրվարի",
        "մարտի",
        "ապրիլի",
        "մայիսի",
        "հունիսի",
        "հուլիսի",
        "օգոստոսի",
        "սեպտեմբերի",
        "հոկտեմբերի",
        "նոյեմբերի",
        "դեկտեմբերի",
      ],
      longAlone: [
        "հունվար",
        "փետրվար",
        "մարտ",
        "ապրիլ",
        "մայիս",
        "հունիս",
        "հուլիս",
        "օգոստոս",
        "սեպտեմբեր",
        "հոկտեմբեր",
        "նոյեմբեր",
        "դեկտեմբեր",
      ],
    },
    dayMonth: (day, month, long) => (long ? `${month} ${day}` : `${day} ${month}`),
    dayMonthYear: (day, month, year) => `${day} ${month}, ${year} թ.`,
    // CLDR writes the full form with "․" (U+2024) and the short one with "."
    monthYear: (month, year, long) => `${year} թ${long ? "\u2024" : "."} ${month}`,
    decimal: ",",
    group: "\u00a0",
    minimumGroupingDigits: 2,
    percent: (number) => `${number}%`,
    list: (items) => joinList(items, "և"),
  },
  chrome: {
    source: "Աղբյուր՝",
    sources: "Աղբյուրներ՝",
    moreSources: (count) => `ևս ${count}`,
    allSources: (count) => `Բոլոր աղբյուրները (${count})`,
    accessed: (date) => `դիտվել է ${date}`,
    sourceLink: { article: "հոդված", copy: "հոդվածի պատճեն", site: "հրատարակչի կայք" },
    quote: (text) => `«${text}»`,
    fullStop: "։",
    notes: "Ծանոթագրություններ",
    legend: "Պայմանական նշաններ",
    getTheData: "Ներբեռնել տվյալները (CSV)",
    dataTable: "Ցույց տալ տվյալները աղյուսակով",
    dataTableCaption: (title) => `«${title}» գծապատկերի տվյալները`,
    noData: "Այս ընտրության համար տվյալներ չկան։",
    keyboardHint: (count) =>
      `Ինտերակտիվ գծապատկեր՝ ${count} տվյալակետով։ Կետից կետ անցեք սլաքներով, դուրս եկեք Esc ստեղնով։`,
    pointPosition: (index, count) => `${index}-ը ${count}-ից`,
    cannotDraw: "Այս գծապատկերը հնարավոր չէ ցույց տալ։",
  },
  qualified: {
    exact: (n) => n,
    "at-least": (n) => `առնվազն ${n}`,
    "more-than": (n) => `ավելի քան ${n}`,
    about: (n) => `մոտ ${n}`,
    nearly: (n) => `գրեթե ${n}`,
  },
  labels: {
    qualifier: {
      exact: "ճշգրիտ",
      "at-least": "առնվազն",
      "more-than": "ավելի քան",
      about: "մոտ",
      nearly: "գրեթե",
    },
    certainty: { high: "Բարձր", medium: "Միջին", low: "Ցածր" },
    entityKind: {
      state: "Պետություն",
      organisation: "Կազմակերպություն",
      unrecognised: "Չճանաչված կազմավորում",
    },
    eventKind: {
      military: "Ռազմական",
      humanitarian: "Մարդասիրական",
      political: "Քաղաքական",
      diplomatic: "Դիվանագիտական",
    },
    verification: {
      verified: "Ստուգված",
      "seed-only": "Միայն Վիքիպեդիայի հոդվածում",
      disputed: "Վիճելի",
    },
    timeOfDay: {
      night: "գիշեր",
      morning: "առավոտ",
      midday: "կեսօր",
      afternoon: "կեսօրից հետո",
      evening: "երեկո",
    },
  },
  casualty: {
    title: (metric, incident) => `${metric}՝ ${incident}`,
    subtitle:
      "Յուրաքանչյուր սյունակ մեկ թիվ է՝ այնպես, ինչպես այն հայտնել է աղբյուրը, այն ամսաթվի դրությամբ, որին վերաբերում է։ Վիճելի թվերը ցույց են տրված կողք կողքի և երբեք չեն միավորվում։",
    note: "Թվերը ներկայացված են ըստ յուրաքանչյուր կողմի կամ աղբյուրի․ դրանցից ոչ մեկն անկախ ստուգված չէ։",
    aggregateIncidentNote: (incident) =>
      `«${incident}»-ը մի քանի միջադեպի ամփոփ հաշվարկ է․ նրա թվերը որևէ միջադեպի թվերի գումարը չեն։`,
    sideTotals: (party) => `${party} — ընդամենը`,
    acrossSides: (party) => `${party} — հայտարարված ընդհանուր թիվ, ոչ թե վերևի սյունակների գումար`,
    acrossIncidents: (incident) =>
      `${incident} — մի քանի միջադեպի ընդհանուր թիվ, ոչ թե վերևի սյունակների գումար`,
    asOf: (date) => `${date} դրությամբ`,
    attribution: (claimant, date) => `${claimant}, ${date}`,
    partyClaimant: (party, claimant) => `${party}՝ ${claimant}`,
    empty: (metric, incident) => `Տվյալներում «${incident}»-ի համար «${metric}» թվեր չկան։`,
    nothingDrawable: (count) => `Տրված թվերից (${count}) ոչ մեկը հնարավոր չէ ցույց տալ։`,
    leftOut: (count, reasons) =>
      `Ցույց չի տրվել ${count} թիվ, որոնք չկան տվյալների բառապաշարում՝ ${reasons}։`,
    leftOutReason: (field, value, count) => `${field} «${value}» (${count})`,
    leftOutInvalid: (count) => `Ցույց չի տրվել ${count} թիվ՝ անվավեր արժեքի կամ ամսաթվի պատճառով։`,
    fieldNames: { party: "կողմ", category: "կատեգորիա", metric: "ցուցանիշ", incident: "միջադեպ" },
    summary: ({ metric, incident, claims, sides, parts }) =>
      `Հորիզոնական սյունակային գծապատկեր՝ ${claims} թիվ (${metric.toLocaleLowerCase("hy")}, ${incident})${sides > 0 ? `, ${sides} կողմից` : ""}։ ${parts} Յուրաքանչյուր թիվ պատկանում է իր աղբյուրին։`,
    summaryPart: (group, claims) => `${group}՝ ${claims}։`,
    summaryClaim: (value, claimant, date) => `${value} (${claimant}, ${date})`,
    summaryHighlight: (claims) => `Ընդգծված են՝ ${claims}։`,
    tooltip: (group, value, claimant, date) => `${group}՝ ${value}։ ${claimant}, ${date}։`,
    columns: [
      "Կողմ",
      "Կատեգորիա",
      "Թիվը՝ ինչպես հայտարարվել է",
      "Արժեք",
      "Հայտարարող",
      "Դրությամբ",
      "Աղբյուրներ",
    ],
  },
  curve: {
    defaultSubtitle: "Հաշվարկներ՝ ինչպես հայտարարվել են",
    subtitle: (base, zone) => `${base}, ${zone}`,
    zone: (name, offsets) => `${name} (${offsets})`,
    xLabel: (zone) => `${capitalize(zone)} →`,
    approximate: (part) => `${part} (մոտավոր ժամ)`,
    timeNotReported: "ժամը նշված չէ",
    population: (value) => `Բնակչությունը նախկինում՝ ${value}`,
    reached: (share) => `հաշվառված է ${share}`,
    hollow: "Դատարկ նշան՝ մոտավոր ժամ",
    pointLabel: (claimant, count, when) => `${count} — ${when}։ ${claimant}`,
    at: (dateTime, zone) => `${dateTime} (${zone})`,
    columns: (zone) => ["Ամսաթիվ", `Ժամ (${zone})`, "Մարդ", "Ճշգրտություն", "Հայտարարող", "Աղբյուրներ"],
    summary: ({ metric, first, last, count, claimant, share, population, others, single }) =>
      `${metric}, ${single ? last : `${first} – ${last}`}՝ ${count} մարդ (աղբյուր՝ ${claimant})${
        share && population ? `, այսինքն՝ նախկին բնակչության ${share}-ը (մոտ ${population})` : ""
      }։${others > 0 ? ` Այլ աղբյուրների ${others} թիվ ցույց է տրված առանձին նշաններով։` : ""}`,
    highlighted: (names) => ` Ընդգծված են՝ ${names}։`,
    countItem: (count, day, claimant) => `${count}՝ ${day} (${claimant})`,
    leftOut: (count, items) => `Ցուցադրված ժամանակահատվածից դուրս են և պատկերված չեն (${count})՝ ${items}։`,
    officialCount: (party) => `${party}՝ պաշտոնական աճողական հաշվարկ`,
    noCounts: "Այս ընտրության համար հաշվարկներ չկան։",
    eventsCaption: "Գծապատկերում նշված իրադարձություններ",
    eventColumns: (zone) => [
      "Ամսաթիվ",
      `Ժամ (${zone})`,
      "Պիտակը գծապատկերում",
      "Իրադարձություն",
      "Աղբյուրներ",
    ],
    wholeDay: "ամբողջ օրը",
  },
  map: {
    title: "Ինչպես արձագանքեցին պետություններն ու կազմակերպությունները",
    readingNote:
      "Կատեգորիաները յուրաքանչյուր հայտարարության մեր ընթերցումն են։ Գծանշված տարածքները և քառակուսիները, ինչպես նաև դատարկ կետերը նշում են ցածր վստահությամբ ընթերցումներ։",
    belligerentNote: "Պատերազմող կողմերը եզրագծված են։",
    highlightNote: "Ընդգծված մասնակիցները եզրագծված են, մյուսները՝ գունաթափված։",
    dotNote: "Կետը նշում է պետություն, որն այս մասշտաբում տեսանելի լինելու համար չափազանց փոքր է։",
    boundaryNote:
      "Սահմաններ՝ Natural Earth 1:110 000 000, world-atlas-ի միջոցով․ Անտարկտիդան ցույց տրված չէ։ Այս քարտեզի սահմաններն ու անվանումները որևէ տարածքի կարգավիճակի վերաբերյալ դիրքորոշում չեն արտահայտում։",
    listTitle: "Կազմակերպություններ և այլք, որոնք քարտեզում չեն",
    noRecordedReaction: "Արձագանք չի գրանցվել",
    lowCertainty: "Ցածր վստահությամբ ընթերցում (գծանշված)",
    certainty: { high: "բարձր վստահություն", medium: "միջին վստահություն", low: "ցածր վստահություն" },
    tooltip: (name, category, certainty, date) => `${name}՝ ${category} (${certainty}), ${date}`,
    listEntry: (name, certainty) => `${name} (${certainty})`,
    placement: { map: "Այո", dot: "Այո, կետով", list: "Ոչ, նշված է կողքին" },
    columns: [
      "Մասնակից",
      "Տեսակ",
      "Կատեգորիա",
      "Վստահություն",
      "Ամսաթիվ",
      "Խոսնակ",
      "Հայտարարություն",
      "Քարտեզում",
      "Աղբյուրներ",
    ],
    empty: "Այս ընտրության համար արձագանքներ չկան։",
    unusable: "Տրված գրառումներից ոչ մեկը պատկերելի արձագանք չէ։",
    entities: (kind, n) =>
      kind === "state"
        ? `${n} պետություն`
        : kind === "organisation"
          ? `${n} կազմակերպություն`
          : `${n} չճանաչված կազմավորում`,
    summary: (entities) => `Արձագանքել են՝ ${entities}։`,
    summaryCategory: (label, n, names) => `${label}՝ ${n} (${names})`,
    summarySeparator: "; ",
    others: (n) => `ևս ${n}`,
    summaryHighlighted: (names) => `Ընդգծված են՝ ${names}։`,
    summaryLow: (n) => `Այդ ընթերցումներից ${n}-ը ցածր վստահությամբ են։`,
    summaryListed: (n) => `${n}-ը քարտեզում չեն և նշված են կողքին։`,
  },
};
