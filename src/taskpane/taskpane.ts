import { paneText } from '../messages/zh-CN';

/**
 * Fills the placeholder task pane with its Chinese title. The page is also
 * the shared runtime of the ITSM functions, which register themselves when
 * their bundle loads.
 */
export function showPlaceholder(document: Document): void {
  document.title = paneText.title;
  document.getElementById('title')!.textContent = paneText.title;
  document.getElementById('status')!.textContent = paneText.placeholder;
}

Office.onReady((info) => {
  if (info.host === Office.HostType.Excel) {
    showPlaceholder(document);
  }
});
