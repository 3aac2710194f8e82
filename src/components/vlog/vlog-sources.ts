import type { Scenario } from '../../schemas/scenario';
import type { VlogSources } from './VlogPanel';
import { localPath } from '../../i18n/page-language';

/**
 * A scenario's vlog files as URLs relative to a page two folders below the site root
 * (scenarios/<id>/ or facilitator/<id>/), so the vlog loads from any base path or LMS folder.
 */
export function vlogSourcesTwoFoldersDown(vlog: Scenario['vlog']): VlogSources {
  // A second-language page (/cy/scenarios/<id>/) is one folder deeper.
  const languageFolders = localPath('/').split('/').filter(Boolean).length;
  const fromPage = (asset: string) => `${'../'.repeat(2 + languageFolders)}${asset}`;
  return {
    video: fromPage(vlog.video),
    captions: fromPage(vlog.captions),
    ...(vlog.chapters ? { chapters: fromPage(vlog.chapters) } : {}),
    ...(vlog.poster ? { poster: fromPage(vlog.poster) } : {}),
  };
}
