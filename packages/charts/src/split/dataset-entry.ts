/** Entry of `karabakh2023.data.min.js`: the built-in dataset, handed to the core bundle. */
import {
  casualties,
  claimants,
  countries,
  datasetVersion,
  events,
  karabakh,
  population,
  reactions,
  refugees,
  sources,
  storyMeta,
  vocabulary,
} from "@karabakh2023/data";
import { DATA_GLOBAL, type DataTable } from "./globals.js";

const data: Record<DataTable, unknown> = {
  sources,
  claimants,
  casualties,
  refugees,
  reactions,
  events,
  population,
  countries,
  vocabulary,
  storyMeta,
  story: karabakh,
  datasetVersion,
};
(globalThis as Record<string, unknown>)[DATA_GLOBAL] = data;
