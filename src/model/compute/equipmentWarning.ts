import { reportText } from '../../messages/zh-CN';
import type { EquipmentStatus } from './equipmentStatus';

/**
 * Writes the report's 预警 column for one ledger row: the warranty verdict,
 * the life verdict once the service life is reached, then 已停产 and 高风险.
 *
 * Example: 已过保, 超期服役, no spare → '已过保；超期服役；高风险'.
 */
export function equipmentWarning(status: EquipmentStatus): string {
  const parts: string[] = [status.warranty];
  if (status.life === '已达寿命' || status.life === '超期服役') {
    parts.push(status.life);
  }
  if (status.discontinued) {
    parts.push(reportText.discontinued);
  }
  if (status.highRisk) {
    parts.push(reportText.highRisk);
  }
  return parts.join(reportText.warningSeparator);
}
