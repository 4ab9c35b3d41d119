import { sourceKindLabel } from '../../lib/plan/evidence';
import type { SourceKind as Kind } from '../../lib/plan/schema';
import type { Lang } from '../i18n';

/** What kind of publisher a source is (政府 / 通信社 / ブログ等 …), shown before its name. */
export function SourceKind({ kind, lang }: { kind: Kind | undefined; lang: Lang }) {
  // Records sent by an older background may lack a kind: show nothing rather than guess.
  if (!kind) return null;
  return (
    <span class="pl-source-kind" data-kind={kind}>
      {sourceKindLabel(kind, lang)}
      {lang === 'ja' ? '・' : ' · '}
    </span>
  );
}
