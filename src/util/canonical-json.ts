/**
 * JSON with object keys sorted at every depth, so equal data always gives equal text.
 * Functions become what `describeFunction` says of them (nothing, by default).
 *
 * @example
 *   canonicalJson({ b: 1, a: [true, null] }) // '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown, describeFunction: (fn: (...args: never[]) => unknown) => unknown = () => undefined): string {
  const walk = (v: unknown): string | undefined => {
    if (typeof v === 'function') {
      const described = describeFunction(v as (...args: never[]) => unknown);
      return described === undefined ? undefined : walk(described);
    }
    if (v === undefined || typeof v === 'symbol') return undefined;
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    if (Array.isArray(v)) return `[${v.map((x) => walk(x) ?? 'null').join(',')}]`;
    const parts: string[] = [];
    for (const key of Object.keys(v).sort()) {
      const text = walk((v as Record<string, unknown>)[key]);
      if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
    }
    return `{${parts.join(',')}}`;
  };
  return walk(value) ?? 'null';
}
