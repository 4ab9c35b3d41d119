/** `$1`, `$2`… in a message replaced by the substitutions (kept when a substitution is missing). */
export function fillMessage(message: string, substitutions: readonly (string | number)[]): string {
  return message.replace(/\$(\d)/g, (whole, n: string) => {
    const value = substitutions[Number(n) - 1];
    return value === undefined ? whole : String(value);
  });
}
