import type { BuildStep } from '../buildHandler';

/** Share of the bar each step fills when it starts, in percent. */
const STEP_PERCENT: Record<BuildStep | 'done', number> = {
  read: 15,
  analyse: 45,
  write: 75,
  done: 100,
};

/**
 * Shows the build progress: the bar at the step's share and its label.
 * `null` hides the bar.
 *
 * Example: `showProgress(progress, bar, label, 'write', '正在写入月报工作表…')`.
 */
export function showProgress(
  container: HTMLElement,
  bar: HTMLElement,
  label: HTMLElement,
  step: BuildStep | 'done' | null,
  text = ''
): void {
  container.hidden = step === null;
  if (step === null) return;

  const percent = STEP_PERCENT[step];
  bar.style.width = `${percent}%`;
  container.setAttribute('aria-valuenow', String(percent));
  label.textContent = text;
}
