import { paneText, paneUiText } from '../messages/zh-CN';
import { officePaneHost } from './ui/paneHost';
import { wirePane } from './ui/wirePane';

/**
 * Entry of the task pane page, which is also the shared runtime of the ITSM
 * functions (they register themselves when their bundle loads). The pane
 * starts only in Excel; in any other host it shows why it cannot run.
 */
Office.onReady((info) => {
  if (info.host !== Office.HostType.Excel) {
    document.title = paneText.title;
    document.getElementById('title')!.textContent = paneText.title;
    const notice = document.getElementById('notice')!;
    notice.textContent = paneUiText.hostNotExcel;
    notice.hidden = false;
    return;
  }

  void wirePane(document, officePaneHost(), new Date());
});
