/** The top of the panel: network, status, importance, and — always in view — the nearest deadline with its live countdown. */
import { Badge, NetworkIcon, StatusPill, tNetwork } from '../ui/index';
import { STATUS_TONE } from '../queue/QueueRow';
import { statusLabels } from '../../utils/cases/status';
import { getLocale } from '../../utils/i18n/index';
import { useWorkspace } from './context';
import { nextRow, type DeadlineRow } from './deadline-rows';
import { t } from './messages';

export function CaseHeader({ rows }: { rows: readonly DeadlineRow[] }) {
  const { c, regulation } = useWorkspace();
  const next = nextRow(rows);
  return (
    <header class="case-header">
      <div class="case-header__line">
        <NetworkIcon network={c.network} decorative />
        <span class="case-header__network">
          {tNetwork(c.network)} · {t(`itemKind_${c.kind}`)}
        </span>
        <StatusPill tone={STATUS_TONE[c.status]} data-testid="case-status" data-status={c.status}>
          {statusLabels[c.status][getLocale()]}
        </StatusPill>
        {c.importance === 'high' && (
          <Badge tone="danger" data-testid="case-important">
            {t('highImportance')}
          </Badge>
        )}
      </div>
      {regulation && <p class="case-header__regulation ui-muted">{regulation.municipality[getLocale()]}</p>}
      {next && (
        <div class={`case-next case-next--${next.urgency ?? 'calm'}`} data-testid="next-deadline" data-stage={next.stage} aria-live="off">
          <span class="case-next__label">{next.label}</span>
          <span class="case-next__when">
            <span class="ui-num">{next.dueText}</span>
            <strong class="ui-num">{next.leftText}</strong>
          </span>
        </div>
      )}
    </header>
  );
}
