// Plain JavaScript: test/hostile/measure.mjs preloads it into the bundled CLI's own process.

const PROTOTYPES = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype };

/** Each own property of the built-in prototypes, with what it holds. */
function properties() {
  const out = new Map();
  for (const [name, proto] of Object.entries(PROTOTYPES)) {
    for (const key of Reflect.ownKeys(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key);
      out.set(`${name}.prototype.${String(key)}`, [d.value, d.get, d.set]);
    }
  }
  return out;
}

/**
 * Notes the built-in prototypes as they are now; the function returned names each
 * property added, removed or replaced since: what prototype pollution leaves behind.
 */
export function watchPrototypes() {
  const before = properties();
  return () => {
    const now = properties();
    return [...new Set([...before.keys(), ...now.keys()])].filter((name) => {
      const [a, b] = [before.get(name), now.get(name)];
      return !a || !b || a.some((x, i) => !Object.is(x, b[i]));
    });
  };
}
