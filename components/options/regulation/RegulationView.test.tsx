// @vitest-environment happy-dom
/** The read-only view of a regulation names, per stage, the events that complete it and those that reopen it. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { setLocale } from '../../../utils/i18n/index';
import { regulationPresets } from '../../../utils/regulation/presets/index';
import { byTestId, mount } from '../../test-dom';
import { RegulationView } from './RegulationView';

let view: ReturnType<typeof mount> | undefined;
beforeEach(() => setLocale('ru'));
afterEach(() => view?.unmount());

it('says what completes a stage and what opens it again (seed 001 p. 3.2: a return for revision)', () => {
  view = mount(<RegulationView regulation={regulationPresets.idrinsky} />);
  const prepare = byTestId(view.root, 'view-stage-prepare')!.textContent!;
  expect(prepare).toContain('Выполнен, когда: Проект направлен на согласование');
  expect(prepare).toContain('Снова открыт, когда: Проект возвращён на доработку');
  // A stage nothing reopens says nothing about it.
  expect(byTestId(view.root, 'view-stage-answer')!.textContent).not.toContain('Снова открыт');
});
