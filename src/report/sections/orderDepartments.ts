import { headerKey } from '../../model/sources/headerKey';

/** Puts department names in the settings' order; unknown names follow in their own order. */
export function orderDepartments(names: string[], order: string[]): string[] {
  const rank = (name: string) => {
    const index = order.findIndex((known) => headerKey(known) === headerKey(name));
    return index < 0 ? order.length : index;
  };
  return [...names].sort((a, b) => rank(a) - rank(b));
}
