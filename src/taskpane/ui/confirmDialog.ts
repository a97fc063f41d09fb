/**
 * Asks a yes/no question in the pane's own dialog (Office add-ins may not
 * use window.confirm). Resolves true for the confirm button, false for
 * cancel or Escape. The message is set through textContent.
 *
 * Example: `await confirmInPane(document, '工作表“月报 2022-11”已存在。是否替换？')` returns true after 替换.
 */
export function confirmInPane(root: Document, message: string): Promise<boolean> {
  const dialog = root.getElementById('confirm-dialog')!;
  const ok = root.getElementById('confirm-ok') as HTMLButtonElement;
  const cancel = root.getElementById('confirm-cancel') as HTMLButtonElement;
  root.getElementById('confirm-message')!.textContent = message;

  return new Promise((resolve) => {
    const close = (answer: boolean) => {
      dialog.hidden = true;
      ok.removeEventListener('click', onOk);
      cancel.removeEventListener('click', onCancel);
      root.removeEventListener('keydown', onKey);
      resolve(answer);
    };
    const onOk = () => close(true);
    const onCancel = () => close(false);
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close(false);
    };

    ok.addEventListener('click', onOk);
    cancel.addEventListener('click', onCancel);
    root.addEventListener('keydown', onKey);
    dialog.hidden = false;
    cancel.focus();
  });
}
