import type { CSSProperties } from 'react';
import { useLang } from '../../hooks/lang-context.tsx';
import { MOMENT_ICONS } from '../../hooks/use-step-badges.ts';
import type { BadgeSpec } from '../../layout/moments.ts';

// A lane of callouts beside the row, partition or broker they speak about: a short leader line (its
// own element) joins each label box to its subject, so no callout covers the data. aria-hidden: the
// event log narrates every one of these moments.

/** `who` names the subject when the callouts cannot sit beside it (a phone's figure lists them under the partition). */
export function Callouts({ badges, style, who, whoTitle }: { badges: readonly BadgeSpec[]; style?: CSSProperties; who?: string; whoTitle?: string }) {
  const { t } = useLang();
  return (
    <span className="callouts" aria-hidden="true" style={style}>
      {who !== undefined && <span className="callout-who" title={whoTitle}>{who}</span>}
      {badges.map((b, i) => (
        <span key={`${b.kind}-${i}`} className="callout-line">
          <span className="leader-line" />
          <span className={`moment-badge ${b.tone}`} data-callout="" data-moment={b.kind}>
            <span className="moment-icon">{MOMENT_ICONS[b.kind]}</span>{t(b.key, b.params)}
          </span>
        </span>
      ))}
    </span>
  );
}
