/**
 * Small valid inputs taken from the shipped dataset, into which the hostile values are injected:
 * two casualty claims, three refugee counts, three reactions (a state on the map, an organisation,
 * a second state), one event, and the sources and claimants they cite. Small, so a render takes a
 * few tens of milliseconds and the whole corpus runs against every chart in seconds.
 */
import {
  type CasualtyClaim,
  type Claimant,
  casualties,
  claimants,
  type Dataset,
  events,
  type Reaction,
  type RefugeeCount,
  reactions,
  refugees,
  type Source,
  sources,
  type TimelineEvent,
} from "@karabakh2023/data";

function pick<T extends { id: string }>(table: readonly T[], ids: readonly string[]): T[] {
  return ids.map((id) => {
    const record = table.find((r) => r.id === id);
    if (!record) throw new Error(`fixture record ${id} is no longer in the dataset`);
    return structuredClone(record);
  });
}

export const baseCasualties = (): CasualtyClaim[] =>
  pick(casualties, ["az-military-killed-198", "artsakh-killed-213"]);
export const baseRefugees = (): RefugeeCount[] =>
  pick(refugees, ["arrived-28120-0926-2000", "arrived-65036-0928-0800", "arrived-84770-0929-0600"]);
export const baseReactions = (): Reaction[] => pick(reactions, ["armenia", "european-union", "france"]);
export const baseEvents = (): TimelineEvent[] => pick(events, ["ceasefire"]);

/** Every source of the dataset (events and the population line cite some), as fresh copies. */
export const allSources = (): Source[] => structuredClone([...sources]);
export const allClaimants = (): Claimant[] => structuredClone([...claimants]);

/** A small dataset that `validateDataset()` accepts, with only the sources and claimants it cites. */
export function baseDataset(): {
  sources: Source[];
  claimants: Claimant[];
  casualties: CasualtyClaim[];
  refugees: RefugeeCount[];
  reactions: Reaction[];
  events: TimelineEvent[];
} {
  const tables = {
    casualties: baseCasualties(),
    refugees: baseRefugees(),
    reactions: baseReactions(),
    events: baseEvents(),
  };
  const claimantIds = new Set([...tables.casualties, ...tables.refugees].map((r) => r.claimant));
  const cited = pick(claimants, [...claimantIds]);
  const sourceIds = new Set(
    [...Object.values(tables).flat(), ...cited].flatMap((r) => (r as { sources: readonly string[] }).sources),
  );
  return { sources: pick(sources, [...sourceIds]), claimants: cited, ...tables };
}

export type BaseDataset = ReturnType<typeof baseDataset>;
export type { Dataset };
