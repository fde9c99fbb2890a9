import {
  type CasualtyClaim,
  type Claimant,
  casualties,
  claimantFor,
  claimants,
  events,
  LOCALES,
  type Locale,
  label,
  type Qualifier,
  type Reaction,
  type RefugeeCount,
  reactions,
  refugees,
  type Source,
  sources,
  type TimelineEvent,
  term,
  type VocabularyKind,
  vocabulary,
} from "@karabakh2023/data";
import type { Meta, StoryObj } from "@storybook/html-vite";
import { type Column, formatNumber, httpsOnly, renderTable, sourceList } from "./table";

interface Args {
  locale: Locale;
}

const meta = {
  title: "Data/Tables",
  args: { locale: "en" },
  argTypes: {
    locale: {
      control: "inline-radio",
      options: LOCALES,
      description: "Language of the labels (the records themselves are the same).",
      table: { defaultValue: { summary: '"en"' } },
    },
  },
  parameters: { layout: "padded" },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

interface Words {
  certainty: string;
  sources: string;
  claimant: string;
  note: string;
  date: string;
  time: string;
  value: string;
  metric: string;
}

const T: Record<Locale, Words> = {
  en: {
    certainty: "Certainty",
    sources: "Sources",
    claimant: "Claimant",
    note: "Note",
    date: "Date",
    time: "Time (Yerevan)",
    value: "Figure",
    metric: "Metric",
  },
  fr: {
    certainty: "Certitude",
    sources: "Sources",
    claimant: "Auteur de la déclaration",
    note: "Note",
    date: "Date",
    time: "Heure (Erevan)",
    value: "Chiffre",
    metric: "Mesure",
  },
};

const claimantName = (id: string, locale: Locale) => claimantFor(id)?.name[locale] ?? id;
/** A word of the story's vocabulary in the reader's locale (the id when the vocabulary lacks it). */
const word = (kind: VocabularyKind, id: string, locale: Locale) =>
  term(vocabulary, kind, id)?.label[locale] ?? id;
const figure = (value: number, qualifier: Qualifier, locale: Locale) =>
  qualifier === "exact"
    ? formatNumber(value, locale)
    : `${label("qualifier", qualifier, locale)} ${formatNumber(value, locale)}`;
const sourcesOf = (row: { sources: readonly string[] }) => sourceList(row.sources);

function casualtyColumns(locale: Locale): Column<CasualtyClaim>[] {
  const t = T[locale];
  return [
    { header: locale === "fr" ? "Incident" : "Incident", cell: (d) => word("incidents", d.incident, locale) },
    { header: locale === "fr" ? "Partie" : "Party", cell: (d) => word("parties", d.party, locale) },
    {
      header: locale === "fr" ? "Catégorie" : "Category",
      cell: (d) => word("casualtyCategories", d.category, locale),
    },
    { header: t.metric, cell: (d) => word("casualtyMetrics", d.metric, locale) },
    { header: t.value, numeric: true, cell: (d) => figure(d.value, d.qualifier, locale) },
    {
      header: locale === "fr" ? "À la date du" : "As of",
      nowrap: true,
      cell: (d) => (d.asOfTime ? `${d.asOf} ${d.asOfTime}` : d.asOf),
    },
    { header: t.claimant, cell: (d) => claimantName(d.claimant, locale) },
    { header: t.certainty, cell: (d) => label("certainty", d.certainty, locale) },
    { header: t.sources, cell: sourcesOf },
    { header: t.note, wide: true, cell: (d) => d.note?.[locale] },
  ];
}

function refugeeColumns(locale: Locale): Column<RefugeeCount>[] {
  const t = T[locale];
  return [
    { header: t.date, nowrap: true, cell: (d) => d.date },
    {
      header: t.time,
      cell: (d) => d.timeLocal ?? (d.timeOfDay ? label("timeOfDay", d.timeOfDay, locale) : ""),
    },
    { header: t.metric, cell: (d) => word("refugeeMetrics", d.metric, locale) },
    { header: t.value, numeric: true, cell: (d) => figure(d.value, d.qualifier, locale) },
    { header: t.claimant, cell: (d) => claimantName(d.claimant, locale) },
    { header: t.certainty, cell: (d) => label("certainty", d.certainty, locale) },
    { header: t.sources, cell: sourcesOf },
    { header: t.note, wide: true, cell: (d) => d.note?.[locale] },
  ];
}

function reactionColumns(locale: Locale): Column<Reaction>[] {
  const t = T[locale];
  return [
    { header: locale === "fr" ? "Entité" : "Entity", cell: (d) => d.name[locale] },
    { header: "ISO 3166-1", cell: (d) => d.iso3 },
    { header: locale === "fr" ? "Type" : "Kind", cell: (d) => label("entityKind", d.kind, locale) },
    {
      header: locale === "fr" ? "Position" : "Position",
      cell: (d) => word("reactionCategories", d.category, locale),
    },
    { header: t.date, nowrap: true, cell: (d) => d.date },
    { header: locale === "fr" ? "Orateur" : "Speaker", cell: (d) => d.speaker[locale] },
    { header: locale === "fr" ? "Résumé" : "Summary", wide: true, cell: (d) => d.summary[locale] },
    { header: t.certainty, cell: (d) => label("certainty", d.certainty, locale) },
    { header: t.sources, cell: sourcesOf },
  ];
}

function eventColumns(locale: Locale): Column<TimelineEvent>[] {
  const t = T[locale];
  return [
    { header: t.date, nowrap: true, cell: (d) => d.date },
    { header: t.time, cell: (d) => d.timeLocal },
    { header: locale === "fr" ? "Type" : "Kind", cell: (d) => label("eventKind", d.kind, locale) },
    { header: locale === "fr" ? "Événement" : "Event", wide: true, cell: (d) => d.label[locale] },
    { header: locale === "fr" ? "Lieu" : "Place", cell: (d) => d.location },
    {
      header: locale === "fr" ? "Vérification" : "Verification",
      cell: (d) => label("verification", d.verification, locale),
    },
    { header: t.sources, cell: sourcesOf },
    { header: t.note, wide: true, cell: (d) => d.note?.[locale] },
  ];
}

function sourceColumns(locale: Locale): Column<Source>[] {
  return [
    { header: locale === "fr" ? "Éditeur" : "Publisher", cell: (d) => d.publisher },
    {
      header: locale === "fr" ? "Titre" : "Title",
      wide: true,
      cell: (d) => {
        const href = httpsOnly(d.url);
        if (href === undefined) return d.title;
        const link = document.createElement("a");
        link.href = href;
        link.rel = "noopener noreferrer";
        link.textContent = d.title;
        return link;
      },
    },
    {
      header: locale === "fr" ? "Lien" : "Link",
      cell: (d) =>
        d.urlKind === "article" ? "article" : locale === "fr" ? "site de l’éditeur" : "publisher’s site",
    },
    { header: locale === "fr" ? "Publié le" : "Published", nowrap: true, cell: (d) => d.published },
    { header: locale === "fr" ? "Consulté le" : "Accessed", nowrap: true, cell: (d) => d.accessed },
    { header: locale === "fr" ? "Langue" : "Language", cell: (d) => d.language },
    { header: locale === "fr" ? "Réf. Wikipédia" : "Wikipedia ref.", numeric: true, cell: (d) => d.seedRef },
    { header: "id", cell: (d) => d.id },
  ];
}

function claimantColumns(locale: Locale): Column<Claimant>[] {
  const t = T[locale];
  return [
    { header: locale === "fr" ? "Nom" : "Name", cell: (d) => d.name[locale] },
    {
      header: locale === "fr" ? "Partie" : "Party",
      cell: (d) => (d.party ? word("parties", d.party, locale) : ""),
    },
    { header: "id", cell: (d) => d.id },
    { header: t.sources, cell: sourcesOf },
  ];
}

export const Casualties: Story = {
  render: ({ locale }) =>
    renderTable({
      caption: locale === "fr" ? "Victimes : déclarations chiffrées" : "Casualties: claimed figures",
      description:
        locale === "fr"
          ? "Chaque chiffre tel que son auteur l’a donné, à sa date. Les chiffres contestés restent des lignes distinctes, jamais fusionnées ni moyennées ; « au moins » et « près de » sont conservés."
          : "Each figure as its claimant stated it, at its date. Disputed figures stay separate rows, never merged or averaged; “at least” and “nearly” are kept.",
      rows: casualties,
      columns: casualtyColumns(locale),
    }),
};

export const Refugees: Story = {
  render: ({ locale }) =>
    renderTable({
      caption: locale === "fr" ? "Réfugiés : décomptes successifs" : "Refugees: successive counts",
      description:
        locale === "fr"
          ? "Décomptes cumulés des arrivées en Arménie et autres mesures de l’exode. Les heures sont celles d’Erevan (UTC+4) ; quand la source ne donne qu’un moment de la journée, il est indiqué tel quel."
          : "Cumulative arrivals in Armenia and other measures of the exodus. Times are Yerevan local time (UTC+4); when the source gives only a part of the day, that is shown as is.",
      rows: refugees,
      columns: refugeeColumns(locale),
    }),
};

export const Reactions: Story = {
  render: ({ locale }) =>
    renderTable({
      caption: locale === "fr" ? "Réactions internationales" : "International reactions",
      description:
        locale === "fr"
          ? "La position de chaque État ou organisation est une lecture de sa déclaration ; la certitude dit à quel point cette lecture est sûre."
          : "Each state’s or organisation’s position is a reading of its statement; the certainty says how sure that reading is.",
      rows: reactions,
      columns: reactionColumns(locale),
    }),
};

export const Events: Story = {
  render: ({ locale }) =>
    renderTable({
      caption: locale === "fr" ? "Chronologie" : "Timeline",
      description:
        locale === "fr"
          ? "Les événements datés ; « Vérification » dit si un événement est confirmé par des sources indépendantes, seulement dans l’article Wikipédia, ou contesté."
          : "Dated events; “Verification” says whether an event is confirmed by independent sources, only in the Wikipedia article, or disputed.",
      rows: events,
      columns: eventColumns(locale),
    }),
};

export const Sources: Story = {
  render: ({ locale }) =>
    renderTable({
      caption: locale === "fr" ? "Sources" : "Sources",
      description:
        locale === "fr"
          ? "Toutes les publications citées par le jeu de données. Quand seul le site de l’éditeur a pu être établi, le titre identifie l’article."
          : "Every publication the dataset cites. When only the publisher’s site could be established, the title identifies the article there.",
      rows: sources,
      columns: sourceColumns(locale),
    }),
};

export const Claimants: Story = {
  render: ({ locale }) =>
    renderTable({
      caption: locale === "fr" ? "Auteurs des déclarations" : "Claimants",
      description:
        locale === "fr"
          ? "Ministères, responsables et agences à qui chaque chiffre est attribué."
          : "The ministries, officials and agencies each figure is attributed to.",
      rows: claimants,
      columns: claimantColumns(locale),
    }),
};

/** One row per word of the story's vocabulary (data/vocabulary.csv). */
interface VocabularyRow {
  readonly kind: VocabularyKind;
  readonly id: string;
  readonly role: string;
  readonly label: string;
}

const VOCABULARY_KINDS = Object.keys(vocabulary) as VocabularyKind[];

export const Vocabulary: Story = {
  render: ({ locale }) =>
    renderTable<VocabularyRow>({
      caption: locale === "fr" ? "Vocabulaire de l’histoire" : "The story’s vocabulary",
      description:
        locale === "fr"
          ? "Les mots du jeu de données (parties, incidents, mesures, catégories) et leur rôle : les graphiques les lisent ici, jamais dans leur code."
          : "The dataset’s own words (parties, incidents, metrics, categories) and their roles: the charts read them here, never from their code.",
      rows: VOCABULARY_KINDS.flatMap((kind) =>
        vocabulary[kind].map((entry) => ({
          kind,
          id: entry.id,
          role: "role" in entry ? entry.role : "colour" in entry ? entry.colour : "",
          label: entry.label[locale] ?? "",
        })),
      ),
      columns: [
        { header: locale === "fr" ? "Liste" : "List", cell: (d) => d.kind },
        { header: "id", cell: (d) => d.id },
        { header: locale === "fr" ? "Rôle" : "Role", cell: (d) => d.role },
        { header: locale === "fr" ? "Libellé" : "Label", cell: (d) => d.label },
      ],
    }),
};

export const CasualtiesFrench: Story = {
  ...Casualties,
  name: "Casualties (French)",
  args: { locale: "fr" },
};
