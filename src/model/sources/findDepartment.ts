import { headerKey } from './headerKey';

/**
 * Finds the first known department named in any of the texts, ignoring spaces
 * and full-width forms, and returns its name as the settings spell it.
 *
 * Example: `findDepartment(['IDC部.xlsx'], ['网络部', 'IDC 部'])` → 'IDC 部'.
 */
export function findDepartment(texts: string[], departments: string[]): string | undefined {
  const keyed = departments
    .map((name) => ({ name, key: headerKey(name) }))
    .sort((a, b) => b.key.length - a.key.length);

  for (const text of texts) {
    const folded = headerKey(text);
    const match = keyed.find((department) => department.key !== '' && folded.includes(department.key));
    if (match) {
      return match.name;
    }
  }
  return undefined;
}
