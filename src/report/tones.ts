import type { AttainmentStatus } from '../model/compute/attainment';
import type { EquipmentStatus } from '../model/compute/equipmentStatus';
import type { CellTone } from './document';

/** Colour of a 达标情况 verdict. */
export function attainmentTone(status: AttainmentStatus): CellTone {
  switch (status) {
    case '达标':
      return 'good';
    case '未达标':
    case '数据缺失':
      return 'bad';
    case '进行中':
      return 'warn';
    default:
      return 'muted';
  }
}

/** Colour of an equipment warning: bad for expired, over-life, high-risk or wrong data; warn when expiring or at end of life. */
export function equipmentTone(status: EquipmentStatus): CellTone | undefined {
  if (status.highRisk || status.warranty === '已过保' || status.warranty === '数据错误' || status.life === '超期服役') {
    return 'bad';
  }
  if (status.warranty === '即将到期' || status.life === '已达寿命') {
    return 'warn';
  }
  return status.warranty === '在保' ? 'good' : undefined;
}
