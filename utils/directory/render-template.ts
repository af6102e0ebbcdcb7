/**
 * Answer templates: plain text with {{variables}}. Rendering is a single pass of text substitution:
 * values are inserted as text (never re-expanded, never interpreted as markup), and a variable
 * without a value stays visible as {{name}} so the operator sees what is left to fill in.
 */

/** Variables the side panel fills from the case and the directory. */
export const templateVariables = ['author', 'date', 'executor', 'department', 'phone', 'repeatOf'] as const;
export type TemplateVariable = (typeof templateVariables)[number];

export const templateVariableLabels: Record<TemplateVariable, { ru: string; en: string }> = {
  author: { ru: 'имя автора сообщения', en: "the message author's name" },
  date: { ru: 'дата', en: 'the date' },
  executor: { ru: 'исполнитель', en: 'the executor' },
  department: { ru: 'подразделение исполнителя', en: "the executor's department" },
  phone: { ru: 'телефон исполнителя', en: "the executor's phone" },
  repeatOf: { ru: 'ссылка на прежнее обращение', en: 'a link to the earlier message' },
};

export type TemplateValues = Partial<Record<string, string | undefined>>;

const VARIABLE = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

function valueOf(vars: TemplateValues, name: string): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(vars, name)) return undefined;
  const value = vars[name];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function renderTemplate(body: string, vars: TemplateValues): string {
  return body.replace(VARIABLE, (whole, name: string) => valueOf(vars, name) ?? whole);
}

/** Names of the variables used in `body` that `vars` does not fill, in order of first use. */
export function unfilledVariables(body: string, vars: TemplateValues): string[] {
  const names = new Set<string>();
  for (const match of body.matchAll(VARIABLE)) {
    const name = match[1]!;
    if (valueOf(vars, name) === undefined) names.add(name);
  }
  return [...names];
}
