/** Reader text in Russian. Quotation marks « » without spaces; plurals one/few/many through Intl. */
import { type Messages, plural } from "./messages.js";

const p = plural("ru");
const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase("ru") + text.slice(1);

export const ru: Messages = {
  chrome: {
    source: "Источник:",
    sources: "Источники:",
    moreSources: (count) => `ещё ${count}`,
    and: "и",
    allSources: (count) => `Все источники (${count})`,
    accessed: (date) => `дата обращения: ${date}`,
    sourceLink: { article: "статья", copy: "копия статьи", site: "сайт издания" },
    fullStop: ".",
    quote: (text) => `«${text}»`,
    notes: "Примечания",
    legend: "Легенда",
    getTheData: "Скачать данные (CSV)",
    dataTable: "Показать данные в виде таблицы",
    dataTableCaption: (title) => `Данные графика «${title}»`,
    noData: "Для этой выборки нет данных.",
    keyboardHint: (count) =>
      `Интерактивный график: ${count} ${p(count, { one: "точка", few: "точки", many: "точек", other: "точки" })} данных. Переходите между ними клавишами со стрелками, Escape — выход.`,
    pointPosition: (index, count) => `${index} из ${count}`,
    cannotDraw: "Этот график не может быть показан.",
  },
  qualified: {
    exact: (n) => n,
    "at-least": (n) => `не менее ${n}`,
    "more-than": (n) => `более ${n}`,
    about: (n) => `около ${n}`,
    nearly: (n) => `почти ${n}`,
  },
  labels: {
    qualifier: {
      exact: "точно",
      "at-least": "не менее",
      "more-than": "более",
      about: "около",
      nearly: "почти",
    },
    certainty: { high: "Высокая", medium: "Средняя", low: "Низкая" },
    entityKind: {
      state: "Государство",
      organisation: "Организация",
      unrecognised: "Непризнанное образование",
    },
    eventKind: {
      military: "Военное",
      humanitarian: "Гуманитарное",
      political: "Политическое",
      diplomatic: "Дипломатическое",
    },
    verification: {
      verified: "Проверено",
      "seed-only": "Только в статье Википедии",
      disputed: "Оспаривается",
    },
    timeOfDay: { night: "ночь", morning: "утро", midday: "полдень", afternoon: "день", evening: "вечер" },
  },
  casualty: {
    title: (metric, incident) => `${metric}: ${incident}`,
    subtitle:
      "Каждый столбец — одна цифра в том виде, в каком её назвал источник, на дату, к которой она относится. Спорные цифры стоят рядом и никогда не объединяются.",
    note: "Цифры приводятся по данным каждой стороны или источника; ни одна из них не проверена независимо.",
    aggregateIncidentNote: (incident) =>
      `«${incident}» — сводный подсчёт по нескольким инцидентам: его цифры не являются суммой цифр какого-либо инцидента.`,
    sideTotals: (party) => `${party} — итоги`,
    acrossSides: (party) => `${party} — объявленный итог, а не сумма столбцов выше`,
    acrossIncidents: (incident) => `${incident} — итог по нескольким инцидентам, а не сумма столбцов выше`,
    asOf: (date, day) => (day ? `на ${date}` : `за ${date}`),
    attribution: (claimant, date) => `${claimant}, ${date}`,
    partyClaimant: (party, claimant) => `${party}: ${claimant}`,
    empty: (metric, incident) => `В данных нет цифр «${metric}» по «${incident}».`,
    nothingDrawable: (count) => `Ни одну из переданных цифр (${count}) невозможно показать.`,
    leftOut: (count, reasons) =>
      `${count} ${p(count, { one: "цифра не показана", few: "цифры не показаны", other: "цифр не показано" })}: их нет в словаре данных: ${reasons}.`,
    leftOutReason: (field, value, count) => `${field} «${value}» (${count})`,
    leftOutInvalid: (count) =>
      `${count} ${p(count, { one: "цифра не показана", few: "цифры не показаны", other: "цифр не показано" })}: недопустимое значение или дата.`,
    fieldNames: { party: "сторона", category: "категория", metric: "показатель", incident: "инцидент" },
    summary: ({ metric, incident, claims, sides, parts }) =>
      `Горизонтальная столбчатая диаграмма: ${claims} ${p(claims, { one: "цифра", few: "цифры", other: "цифр" })} (${metric.toLocaleLowerCase("ru")}, ${incident})${sides > 0 ? ` от ${sides} ${p(sides, { one: "стороны", other: "сторон" })}` : ""}. ${parts} Каждая цифра принадлежит своему источнику.`,
    summaryPart: (group, claims) => `${group}: ${claims}.`,
    summaryClaim: (value, claimant, date) => `${value} по данным: ${claimant} (${date})`,
    summaryHighlight: (claims) => `Выделено: ${claims}.`,
    // Russian dates end with "г.": no second full stop after them.
    tooltip: (group, value, claimant, date) =>
      `${group}: ${value}. ${claimant}, ${date}${date.endsWith(".") ? "" : "."}`,
    columns: [
      "Сторона",
      "Категория",
      "Цифра в формулировке источника",
      "Значение",
      "Источник цифры",
      "На дату",
      "Источники",
    ],
  },
  curve: {
    defaultSubtitle: "Подсчёты в том виде, в каком они объявлены",
    subtitle: (base, zone) => `${base}; ${zone}`,
    zone: (name, offsets) => `${name} (${offsets})`,
    xLabel: (zone) => `${capitalize(zone)} →`,
    approximate: (part) => `${part} (время приблизительное)`,
    timeNotReported: "время не указано",
    population: (value) => `Население до событий: ${value}`,
    reached: (share) => `учтено ${share}`,
    hollow: "Полый маркер: время приблизительное",
    pointLabel: (claimant, count, when) => `${count} — ${when}. ${claimant}`,
    at: (dateTime, zone) => `${dateTime} (${zone})`,
    columns: (zone) => ["Дата", `Время (${zone})`, "Человек", "Точность", "Источник цифры", "Источники"],
    summary: ({ metric, first, last, count, claimant, share, population, others, single }) =>
      `${metric}, ${single ? last : `с ${first} по ${last}`}: ${count} чел. по данным: ${claimant}${
        share && population ? `, т. е. ${share} населения до событий (около ${population})` : ""
      }.${others > 0 ? ` ${others} ${p(others, { one: "цифра из других источников показана", few: "цифры из других источников показаны", other: "цифр из других источников показано" })} отдельными маркерами.` : ""}`,
    highlighted: (names) => ` Выделено: ${names}.`,
    countItem: (count, day, claimant) => `${count} на ${day} (${claimant})`,
    leftOut: (count, items) => `Вне показанного периода и не нанесено на график (${count}): ${items}.`,
    officialCount: (party) => `${party}: официальный нарастающий итог`,
    noCounts: "Для этой выборки нет подсчётов.",
    eventsCaption: "События, отмеченные на графике",
    eventColumns: (zone) => ["Дата", `Время (${zone})`, "Подпись на графике", "Событие", "Источники"],
    wholeDay: "весь день",
  },
  map: {
    title: "Реакция государств и организаций",
    readingNote:
      "Категории — наше прочтение каждого заявления. Штриховкой, заштрихованными квадратами и полыми точками отмечены прочтения с низкой степенью уверенности.",
    belligerentNote: "Участники конфликта обведены контуром.",
    highlightNote: "Выделенные участники обведены контуром, остальные приглушены.",
    dotNote: "Точкой отмечено государство, слишком маленькое для этого масштаба.",
    boundaryNote:
      "Границы: Natural Earth 1:110 000 000, через world-atlas; Антарктида не показана. Границы и названия на этой карте не выражают никакой позиции относительно статуса территорий.",
    listTitle: "Организации и другие, не отмеченные на карте",
    noRecordedReaction: "Реакция не зафиксирована",
    lowCertainty: "Прочтение с низкой уверенностью (штриховка)",
    certainty: { high: "высокая уверенность", medium: "средняя уверенность", low: "низкая уверенность" },
    tooltip: (name, category, certainty, date) => `${name}: ${category} (${certainty}), ${date}`,
    listEntry: (name, certainty) => `${name} (${certainty})`,
    placement: { map: "Да", dot: "Да, точкой", list: "Нет, в списке рядом" },
    columns: [
      "Участник",
      "Тип",
      "Категория",
      "Уверенность",
      "Дата",
      "Автор",
      "Заявление",
      "На карте",
      "Источники",
    ],
    empty: "Для этой выборки нет реакций.",
    unusable: "Ни одна из переданных записей не является реакцией, которую можно показать.",
    entities: (kind, n) =>
      kind === "state"
        ? `${n} ${p(n, { one: "государство", few: "государства", other: "государств" })}`
        : kind === "organisation"
          ? `${n} ${p(n, { one: "организация", few: "организации", other: "организаций" })}`
          : `${n} ${p(n, { one: "непризнанное образование", few: "непризнанных образования", other: "непризнанных образований" })}`,
    summary: (entities) => `Отреагировали: ${entities}.`,
    summaryCategory: (label, n, names) => `${label}: ${n} (${names})`,
    summarySeparator: "; ",
    others: (n) => `ещё ${n}`,
    summaryHighlighted: (names) => `Выделено: ${names}.`,
    summaryLow: (n) =>
      `${n} ${p(n, { one: "прочтение имеет", few: "прочтения имеют", other: "прочтений имеют" })} низкую степень уверенности.`,
    summaryListed: (n) =>
      `${n} ${p(n, { one: "участник не показан на карте и приведён", few: "участника не показаны на карте и приведены", other: "участников не показаны на карте и приведены" })} в списке рядом.`,
  },
};
