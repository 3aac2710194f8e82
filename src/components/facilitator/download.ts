import {
  buildSessionRecord,
  recordFileName,
  sessionRecordText,
} from '../../facilitator/session-record';
import type { FacilitatorSession } from '../../facilitator/room-session';
import type { Translate } from '../../i18n/messages';
import { downloadText } from '../download/download-text';

/** Offers the session record as a file: text for a teaching log (in the page's words, `t`), or JSON as data. */
export function downloadSessionRecord(
  t: Translate,
  session: FacilitatorSession,
  module: { title: string; version?: string },
  format: 'txt' | 'json',
) {
  const record = buildSessionRecord(session, module, new Date());
  if (format === 'txt')
    downloadText(
      recordFileName(record, 'txt'),
      sessionRecordText(record, t),
      'text/plain;charset=utf-8',
    );
  else
    downloadText(
      recordFileName(record, 'json'),
      `${JSON.stringify(record, null, 2)}\n`,
      'application/json',
    );
}
