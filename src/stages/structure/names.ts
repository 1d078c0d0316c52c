/**
 * Names as printed on credit lines: two-character names padded to the width of three (程　远).
 */

/**
 * Closes up two-character names padded to the width of three (程　远 → 程远): two single Han
 * characters standing alone between spaces (or after a colon) are one name.
 */
export function closeUpNames(text: string): string {
  const parts = text.split(/([\s\u3000]+|[：:])/u);
  const out: string[] = [];
  let k = 0;
  const single = (x: string | undefined) => x !== undefined && /^[（(]?\p{Script=Han}[）)]?$/u.test(x);
  const stem = (x: string | undefined) => x !== undefined && /^\p{Script=Han}摄/u.test(x);
  while (k < parts.length) {
    if (single(parts[k]) && /^[\s\u3000]+$/u.test(parts[k + 1] ?? '') && (single(parts[k + 2]) || stem(parts[k + 2]))) {
      out.push(parts[k] + parts[k + 2]);
      k += 3;
      continue;
    }
    out.push(parts[k]);
    k++;
  }
  return out.join('');
}
