/** Entry of `karabakh2023.locale-ru.min.js`: the Russian message table, handed to the core bundle. */
import { ru } from "../locales/ru.js";
import { LOCALES_GLOBAL } from "./globals.js";

const root = globalThis as Record<string, unknown>;
root[LOCALES_GLOBAL] = { ...(root[LOCALES_GLOBAL] as object | undefined), ru };
