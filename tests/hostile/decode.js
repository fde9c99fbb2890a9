// Turns the JSON encoding of tests/hostile/corpus.json into the values it stands for. Plain
// JavaScript with no imports: Node imports it, and the Chromium tests serve it to the page, so
// both sides build exactly the same hostile values (traps included) from the same JSON.
//
//   {"$number": "NaN" | "-0" | "1e308" | ...}     a number JSON cannot hold
//   {"$bigint": "5"}                              a BigInt
//   {"$date": "..."}                              a Date (possibly invalid)
//   {"$json": "{\"__proto__\": ...}"}             JSON.parse of the text: own "__proto__" keys
//   {"$repeat": {"text": "a", "times": n}}        a long string
//   {"$deep": n}                                  arrays nested n deep
//   {"$sparse": n}                                an array of n holes
//   {"$trap": "toString" | "valueOf" | "getter"}  an object that sets the canary when coerced
//                                                 (toString, valueOf, Symbol.toPrimitive) or,
//                                                 for "getter", when any property is read
// Any other object or array is decoded member by member; "$rows" is left for the injector.

/** The global every hostile payload tries to set. */
export const CANARY = "__pwned";

function pwn(how) {
  globalThis[CANARY] = how;
}

function trap(kind) {
  if (kind === "getter") {
    return new Proxy(
      {},
      {
        get(_target, key) {
          pwn(`getter ${String(key)}`);
          return undefined;
        },
      },
    );
  }
  const coerce = (how) => () => {
    pwn(`${kind} via ${how}`);
    return "trap";
  };
  return {
    toString: coerce("toString"),
    valueOf: coerce("valueOf"),
    toJSON: coerce("toJSON"),
    [Symbol.toPrimitive]: coerce("Symbol.toPrimitive"),
  };
}

export function decode(value) {
  if (Array.isArray(value)) return value.map(decode);
  if (value === null || typeof value !== "object") return value;
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const [key] = keys;
    const arg = value[key];
    switch (key) {
      case "$number":
        return arg === "-0" ? -0 : Number(arg);
      case "$bigint":
        return BigInt(arg);
      case "$date":
        return new Date(arg);
      case "$json":
        return JSON.parse(arg);
      case "$repeat":
        return arg.text.repeat(arg.times);
      case "$deep": {
        let nested = [];
        for (let i = 0; i < arg; i++) nested = [nested];
        return nested;
      }
      case "$sparse":
        return new Array(arg);
      case "$trap":
        return trap(arg);
      case "$rows":
        return value;
    }
  }
  const out = {};
  for (const key of keys) {
    // defineProperty keeps a "__proto__" key an own data property instead of a prototype change.
    Object.defineProperty(out, key, {
      value: decode(value[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
