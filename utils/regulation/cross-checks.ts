/**
 * Checks a regulation's parts against each other once each part is valid on its own: stage ids
 * are unique, a `before` term names a stage that exists and no chain of `before` terms loops back,
 * every actor is one of the regulation's roles, no event both completes a stage and opens it again,
 * list ids are unique. Messages are Russian and each
 * issue carries the path of the offending field.
 */
import type { z } from 'zod';
import type { RoleId, StageId } from './vocabulary';

interface TermLike {
  kind: string;
  stage?: StageId;
}
interface EventRefLike {
  type: string;
  kind?: string;
}
interface RegulationLike {
  week: Partial<Record<string, Array<[string, string]>>>;
  roles: Array<{ id: RoleId }>;
  detection: { by: RoleId };
  stages: Array<{ id: StageId; actor: RoleId; term: TermLike; variants?: Array<{ term: TermLike }>; doneBy: EventRefLike[]; reopenedBy?: EventRefLike[] }>;
  notSubjectToAnswer: Array<{ id: string }>;
  explanationGrounds: Array<{ id: string }>;
  answerChecklist: Array<{ id: string }>;
  refusalReasons: Array<{ id: string }>;
  notes: Array<{ id: string }>;
}

type Path = Array<string | number>;

function checkUnique(items: Array<{ id: string }>, listPath: Path, what: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [...listPath, i, 'id'], message: `${what} «${item.id}» повторяется` });
    seen.add(item.id);
  });
}

/** Where each stage's terms point: [path of the `stage` field, target]. */
function beforeTargets(stage: RegulationLike['stages'][number], index: number): Array<[Path, StageId]> {
  const out: Array<[Path, StageId]> = [];
  if (stage.term.kind === 'before' && stage.term.stage) out.push([['stages', index, 'term', 'stage'], stage.term.stage]);
  stage.variants?.forEach((variant, v) => {
    if (variant.term.kind === 'before' && variant.term.stage) {
      out.push([['stages', index, 'variants', v, 'term', 'stage'], variant.term.stage]);
    }
  });
  return out;
}

/** Two references name a common event: the same type, and the same kind or one of them any kind. */
const overlaps = (a: EventRefLike, b: EventRefLike) => a.type === b.type && (a.kind === undefined || b.kind === undefined || a.kind === b.kind);

function findCycle(start: StageId, edges: Map<StageId, StageId[]>): StageId[] | null {
  const walk = (node: StageId, trail: StageId[]): StageId[] | null => {
    for (const next of edges.get(node) ?? []) {
      if (next === start) return [...trail, next];
      if (trail.includes(next)) continue; // a loop not through start: reported from its own members
      const found = walk(next, [...trail, next]);
      if (found) return found;
    }
    return null;
  };
  return walk(start, [start]);
}

export function checkRegulationReferences(regulation: RegulationLike, ctx: z.RefinementCtx): void {
  const hasWorkingTime = Object.values(regulation.week).some((intervals) => (intervals?.length ?? 0) > 0);
  if (!hasWorkingTime) ctx.addIssue({ code: 'custom', path: ['week'], message: 'в неделе нет ни одного рабочего интервала' });

  checkUnique(regulation.roles, ['roles'], 'роль', ctx);
  const roles = new Set(regulation.roles.map((role) => role.id));
  if (!roles.has(regulation.detection.by)) {
    ctx.addIssue({ code: 'custom', path: ['detection', 'by'], message: `роли «${regulation.detection.by}» нет в списке ролей` });
  }
  regulation.stages.forEach((stage, i) => {
    if (!roles.has(stage.actor)) {
      ctx.addIssue({ code: 'custom', path: ['stages', i, 'actor'], message: `роли «${stage.actor}» нет в списке ролей` });
    }
  });

  checkUnique(regulation.stages, ['stages'], 'этап', ctx);
  const stageIds = new Set(regulation.stages.map((stage) => stage.id));
  const edges = new Map<StageId, StageId[]>();
  regulation.stages.forEach((stage, i) => {
    for (const [path, target] of beforeTargets(stage, i)) {
      if (!stageIds.has(target)) {
        ctx.addIssue({ code: 'custom', path, message: `этапа «${target}» нет в регламенте` });
        continue;
      }
      edges.set(stage.id, [...(edges.get(stage.id) ?? []), target]);
    }
  });
  regulation.stages.forEach((stage, i) => {
    const cycle = findCycle(stage.id, edges);
    if (!cycle) return;
    const path = beforeTargets(stage, i).find(([, target]) => cycle[1] === target)?.[0] ?? ['stages', i, 'id'];
    ctx.addIssue({ code: 'custom', path, message: `циклическая ссылка между этапами: ${cycle.join(' → ')}` });
  });

  // The deadline engine looks at reopening first: such an event would never complete the stage.
  regulation.stages.forEach((stage, i) => {
    stage.reopenedBy?.forEach((ref, r) => {
      if (!stage.doneBy.some((done) => overlaps(done, ref))) return;
      const name = ref.kind ? `${ref.type} (${ref.kind})` : ref.type;
      ctx.addIssue({ code: 'custom', path: ['stages', i, 'reopenedBy', r], message: `событие «${name}» уже выполняет этот этап и не может открывать его снова` });
    });
  });

  checkUnique(regulation.notSubjectToAnswer, ['notSubjectToAnswer'], 'основание', ctx);
  checkUnique(regulation.explanationGrounds, ['explanationGrounds'], 'основание', ctx);
  checkUnique(regulation.answerChecklist, ['answerChecklist'], 'пункт', ctx);
  checkUnique(regulation.refusalReasons, ['refusalReasons'], 'причина', ctx);
  checkUnique(regulation.notes, ['notes'], 'заметка', ctx);
}
