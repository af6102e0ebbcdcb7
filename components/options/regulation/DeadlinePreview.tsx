/**
 * The live preview under the stage editor: the due moment of every stage for a sample message
 * detected at a moment the user picks (default: now) with normal or high importance, computed by
 * computeDeadlines over the regulation as edited, on the administration's calendar.
 */
import { useMemo, useState } from 'preact/hooks';
import { calendarFor, type CalendarOverrides } from '../../../utils/cases/deadlines';
import { getLocale } from '../../../utils/i18n/index';
import type { Regulation } from '../../../utils/regulation/schema';
import { parseLocalDateTime } from '../../../utils/worktime/zone';
import { parseTimeOfDay } from '../../../utils/settings/time-of-day';
import { Alert, Badge, Checkbox, Select, TextField, TimeField } from '../../ui/index';
import { formatDateTime, toLocalInput } from '../format';
import { tReg } from './messages';
import { previewDeadlines } from './preview';
import { termText } from './term-text';

export interface DeadlinePreviewProps {
  /** The regulation as edited, when it is valid. */
  regulation: Regulation | undefined;
  overrides: CalendarOverrides;
  /** The page's moment when it opened: the sample's default detection time. */
  now: number;
}

export function DeadlinePreview({ regulation, overrides, now }: DeadlinePreviewProps) {
  const zone = regulation?.timeZone ?? 'Europe/Moscow';
  const [detectedDate, setDetectedDate] = useState(() => toLocalInput(now, zone).slice(0, 10));
  const [detectedTime, setDetectedTime] = useState(() => toLocalInput(now, zone).slice(11, 16));
  const [importance, setImportance] = useState<'normal' | 'high'>('normal');
  const [several, setSeveral] = useState(false);
  const detectedAt = useMemo(() => {
    const time = parseTimeOfDay(detectedTime);
    if (!time.ok) return undefined;
    try {
      return parseLocalDateTime(`${detectedDate} ${time.value}`, zone);
    } catch {
      return undefined;
    }
  }, [detectedDate, detectedTime, zone]);
  const rows = useMemo(() => {
    if (!regulation || detectedAt === undefined) return undefined;
    return previewDeadlines(regulation, { detectedAt, importance, severalExecutors: several }, calendarFor(regulation, overrides));
  }, [regulation, detectedAt, importance, several, overrides]);
  const locale = getLocale();
  return (
    <section class="options-preview" data-testid="deadline-preview" aria-live="polite">
      <h3>{tReg('preview')}</h3>
      <p class="ui-muted">{tReg('previewHint')}</p>
      <div class="options-row">
        <TextField
          type="date"
          label={`${tReg('previewDetected')} (${zone})`}
          value={detectedDate}
          onInput={setDetectedDate}
          inputProps={{ 'data-testid': 'preview-detected' }}
        />
        <TimeField label={tReg('previewDetectedTime')} value={detectedTime} onChange={setDetectedTime} inputProps={{ 'data-testid': 'preview-detected-time' }} />
        <Select
          label={tReg('previewImportance')}
          value={importance}
          selectProps={{ 'data-testid': 'preview-importance' }}
          options={[
            { value: 'normal', label: tReg('importanceNormalShort') },
            { value: 'high', label: tReg('importanceHighShort') },
          ]}
          onChange={(v) => setImportance(v as 'normal' | 'high')}
        />
        <Checkbox label={tReg('previewSeveral')} checked={several} onChange={setSeveral} />
      </div>
      {!rows ? (
        <Alert tone="warning">{tReg('previewInvalid')}</Alert>
      ) : (
        <table class="options-table">
          <thead>
            <tr>
              <th>{tReg('previewStage')}</th>
              <th>{tReg('previewFrom')}</th>
              <th>{tReg('previewTerm')}</th>
              <th>{tReg('previewDue')}</th>
              <th>{tReg('clause')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ rule, term, due, provisional }) => (
              <tr key={rule.id} data-testid={`preview-${rule.id}`}>
                <td>{rule.label[locale]}</td>
                <td>{tReg('anchor', { anchor: rule.from })}</td>
                <td>{termText(term, regulation!)}</td>
                <td class="ui-num" data-testid={`preview-${rule.id}-due`}>
                  {due === undefined ? <span class="ui-muted">{tReg('previewNotApplicable')}</span> : formatDateTime(due, zone, true)}
                  {provisional && (
                    <Badge tone="provisional">
                      <span title={tReg('previewProvisional')}>?</span>
                    </Badge>
                  )}
                </td>
                <td>{rule.clause}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
