/**
 * The captured message exactly as captured: the text as text with its line breaks, attachments as
 * links (photos as thumbnails from their own URLs), the author with a profile link, the network,
 * the item and thread links, when it was posted (as the page wrote it, and as a moment) and
 * detected. Fields the page did not give are listed, with a way to fill them in by hand.
 */
import { Section } from '../ui/index';
import { useWorkspace } from './context';
import { ExternalLink } from './ExternalLink';
import { formatMoment } from './format';
import { MissingFields } from './MissingFields';
import { t } from './messages';

export function CapturedMessage({ now }: { now: number }) {
  const { c, timeZone } = useWorkspace();
  const moment = (ms: number) => formatMoment(ms, timeZone, now);
  const author = c.author.name?.trim() || t('noAuthor');
  const precision = c.postedAt !== undefined && (c.postedAtPrecision === 'day' || c.postedAtPrecision === 'hour') ? t(`precision_${c.postedAtPrecision}`) : '';
  return (
    <Section title={t('message')} headingLevel="h2" class="case-message" data-testid="captured">
      <p class="case-author">
        {c.author.url ? (
          <ExternalLink href={c.author.url} testId="author-link">
            {author}
          </ExternalLink>
        ) : (
          <span>{author}</span>
        )}
      </p>
      <p class="case-text" data-testid="captured-text">
        {c.text || <span class="ui-muted">{t('noText')}</span>}
      </p>
      {c.attachments.length > 0 && (
        <ul class="case-attachments" aria-label={t('attachments')}>
          {c.attachments.map((a, i) => (
            <li key={`${a.url}-${i}`}>
              <ExternalLink href={a.url}>
                {a.type === 'photo' ? <img src={a.preview ?? a.url} alt={t('photo', { n: i + 1 })} loading="lazy" referrerpolicy="no-referrer" /> : t(`attachment_${a.type}`)}
              </ExternalLink>
            </li>
          ))}
        </ul>
      )}
      <dl class="case-facts">
        <dt>{t('posted')}</dt>
        <dd data-testid="posted-at">
          {c.postedAtText && <span>«{c.postedAtText}» </span>}
          {c.postedAt !== undefined ? (
            <span class="ui-num">
              {c.postedAtText ? `(${moment(c.postedAt)}${precision})` : `${moment(c.postedAt)}${precision}`}
            </span>
          ) : (
            !c.postedAtText && <span class="ui-muted">{t('unknown')}</span>
          )}
        </dd>
        <dt>{t('detected')}</dt>
        <dd class="ui-num" data-testid="detected-at">
          {moment(c.detectedAt)}
        </dd>
        <dt>{t('links')}</dt>
        <dd class="case-links">
          <ExternalLink href={c.url} testId="item-link">
            {t(`openItem_${c.kind}`)}
          </ExternalLink>
          {c.threadUrl !== c.url && (
            <ExternalLink href={c.threadUrl} testId="thread-link">
              {t('openThread')}
            </ExternalLink>
          )}
        </dd>
      </dl>
      <MissingFields now={now} />
    </Section>
  );
}
