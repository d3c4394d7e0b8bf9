/**
 * The little YAML that front matter needs. Every string is double-quoted: YAML's plain
 * scalars turn `no`, `1e3`, `2024-01-01` or `: ` into other types or syntax errors, and a
 * quoted JSON string is a valid YAML 1.2 double-quoted scalar.
 */

/** A value front matter can hold. */
export type YamlValue = string | number | boolean | null | undefined | YamlValue[] | { [key: string]: YamlValue };

// Characters YAML does not allow unescaped (outside its printable set), plus U+2028/9
// and U+0085 which YAML 1.1 parsers treat as line breaks; JSON.stringify leaves all of these as they are.
const NOT_PRINTABLE = /[\u007f-\u009f\u2028\u2029\ufffe\uffff]/g;
const HAS_NOT_PRINTABLE = /[\u007f-\u009f\u2028\u2029\ufffe\uffff]/;
const PLAIN_KEY = /^[A-Za-z_][\w-]*$/;

/** A string as a YAML double-quoted scalar that any YAML 1.2 parser reads back exactly. */
export function yamlString(value: string): string {
  // JSON.stringify escapes controls, quotes, backslashes and lone surrogates (ES2019).
  const json = JSON.stringify(value);
  return HAS_NOT_PRINTABLE.test(json) ? json.replace(NOT_PRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}

function scalar(value: string | number | boolean | null): string {
  if (typeof value === 'string') return yamlString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '.nan';
  return String(value);
}

/** Block YAML for a mapping; undefined values and empty lists or maps are left out. */
export function yamlBlock(map: Record<string, YamlValue>, indent = ''): string {
  let out = '';
  for (const [key, value] of Object.entries(map)) {
    if (value === undefined) continue;
    const name = PLAIN_KEY.test(key) ? key : yamlString(key);
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      out += `${indent}${name}:\n`;
      for (const item of value) {
        if (item !== null && typeof item === 'object') throw new Error('Nested lists are not used in front matter.');
        if (item !== undefined) out += `${indent}  - ${scalar(item)}\n`;
      }
    } else if (value !== null && typeof value === 'object') {
      const inner = yamlBlock(value, `${indent}  `);
      if (inner) out += `${indent}${name}:\n${inner}`;
    } else {
      out += `${indent}${name}: ${scalar(value)}\n`;
    }
  }
  return out;
}

/** A YAML front matter block (`---` … `---`) followed by a blank line. */
export function frontMatter(map: Record<string, YamlValue>): string {
  return `---\n${yamlBlock(map)}---\n`;
}
