/**
 * Everything else a regulation says, each item with its clause: roles, who detects, grounds for no
 * answer or for an explanation, what an answer must be, reasons to return a draft, conversion to an
 * appeal, and the other provisions (REGULATIONS.md: every row must be visible in the product).
 */
import type { ComponentChildren } from 'preact';
import { getLocale } from '../../../utils/i18n/index';
import type { Regulation } from '../../../utils/regulation/schema';
import { tReg } from './messages';
import { Readings } from './Readings';

function Block({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <>
      <h4>{title}</h4>
      <ul class="options-provisions">{children}</ul>
    </>
  );
}

const Clause = ({ clause }: { clause: string }) => <span class="options-readings__clause">{clause}</span>;

export function RegulationProvisions({ regulation }: { regulation: Regulation }) {
  const l = getLocale();
  const detector = regulation.roles.find((r) => r.id === regulation.detection.by);
  return (
    <details class="options-provisions-block" data-testid="regulation-provisions">
      <summary>{tReg('provisions')}</summary>
      <Block title={tReg('roles')}>
        {regulation.roles.map((role) => (
          <li key={role.id}>
            <strong>{role.label[l]}</strong> — {role.title[l]} <Clause clause={role.clause} />
          </li>
        ))}
      </Block>
      <Block title={tReg('detection')}>
        <li>
          {detector ? `${detector.label[l]} — ${detector.title[l]}` : regulation.detection.by} <Clause clause={regulation.detection.clause} />
        </li>
      </Block>
      {regulation.notSubjectToAnswer.length > 0 && (
        <Block title={tReg('notSubject')}>
          {regulation.notSubjectToAnswer.map((item) => (
            <li key={item.id}>
              {item.label[l]}
              {item.instead && ` → ${item.instead[l]}`} <Clause clause={item.clause} />
              <Readings readings={item.inferred} />
            </li>
          ))}
        </Block>
      )}
      {regulation.explanationGrounds.length > 0 && (
        <Block title={tReg('explanationGrounds')}>
          {regulation.explanationGrounds.map((item) => (
            <li key={item.id}>
              {item.label[l]} → {item.explains[l]} <Clause clause={item.clause} />
            </li>
          ))}
        </Block>
      )}
      <Block title={tReg('checklist')}>
        {regulation.answerChecklist.map((item) => (
          <li key={item.id}>
            {item.label[l]}
            {item.when === 'repeat' && ` (${tReg('checklistRepeat')})`} <Clause clause={item.clause} />
            <Readings readings={item.inferred} />
          </li>
        ))}
      </Block>
      {regulation.refusalReasons.length > 0 && (
        <Block title={tReg('refusalReasons')}>
          {regulation.refusalReasons.map((item) => (
            <li key={item.id}>
              {item.label[l]} <Clause clause={item.clause} />
            </li>
          ))}
        </Block>
      )}
      {regulation.appealConversion && (
        <Block title={tReg('appeal')}>
          <li>
            {regulation.appealConversion.text[l]} <Clause clause={regulation.appealConversion.clause} />
          </li>
        </Block>
      )}
      {regulation.notes.length > 0 && (
        <Block title={tReg('notes')}>
          {regulation.notes.map((note) => (
            <li key={note.id}>
              {note.text[l]} <Clause clause={note.clause} />
            </li>
          ))}
        </Block>
      )}
    </details>
  );
}
