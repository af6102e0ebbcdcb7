/**
 * The directory an administration keeps in Otklik: people (operators, curators, executors, the head,
 * the regional authority, approvers), topics, locations and answer templates. Every record is
 * validated with these schemas wherever it crosses a boundary (a message, a backup file).
 */
import { z } from 'zod';

/** An id as stored in IndexedDB: short, printable, no whitespace. */
export const recordIdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[^\s\u0000-\u001f]+$/, 'идентификатор не может содержать пробелы и управляющие символы');

/** One line of text typed by the operator (a name, a phone): trimmed, bounded. */
const line = (max: number) => z.string().trim().max(max);

export const personRoles = ['operator', 'curator', 'executor', 'head', 'region', 'approver'] as const;
export type PersonRole = (typeof personRoles)[number];

/** How the operator reads each role (seeds 000–004 name them so), in both interface languages. */
export const personRoleLabels: Record<PersonRole, { ru: string; en: string }> = {
  operator: { ru: 'Оператор (выявляет сообщения)', en: 'Operator (detects messages)' },
  curator: { ru: 'Куратор', en: 'Curator' },
  executor: { ru: 'Исполнитель', en: 'Executor' },
  head: { ru: 'Глава / руководитель', en: 'Head of administration' },
  region: { ru: 'Региональный орган (ЦУР, ОИВ)', en: 'Regional authority (regional management centre)' },
  approver: { ru: 'Согласующий', en: 'Approver' },
};

export const personSchema = z
  .object({
    id: recordIdSchema,
    name: line(200).min(1, 'укажите имя'),
    roles: z
      .array(z.enum(personRoles))
      .min(1, 'укажите хотя бы одну роль')
      .refine((roles) => new Set(roles).size === roles.length, 'роль указана дважды'),
    department: line(300).default(''),
    position: line(300).default(''),
    phone: line(50).default(''),
    email: z.union([z.literal(''), z.email()]).default(''),
    /** Who stands in during this person's absence (seed 002 p.6). */
    substituteId: recordIdSchema.optional(),
    /** While set and in the future, the person is away and the substitute acts. Epoch ms. */
    absentUntil: z.number().int().nonnegative().optional(),
    active: z.boolean().default(true),
    /** Epoch ms of the last change; a backup import keeps the newer record. */
    updatedAt: z.number().int().nonnegative().default(0),
  })
  .refine((p) => p.substituteId !== p.id, { message: 'человек не может замещать сам себя', path: ['substituteId'] });
export type Person = z.output<typeof personSchema>;
export type PersonInput = z.input<typeof personSchema>;

export const topicSchema = z.object({
  id: recordIdSchema,
  name: line(200).min(1, 'укажите название'),
  active: z.boolean().default(true),
  updatedAt: z.number().int().nonnegative().default(0),
});
export type Topic = z.output<typeof topicSchema>;

export const locationSchema = z.object({
  id: recordIdSchema,
  name: line(200).min(1, 'укажите название'),
  active: z.boolean().default(true),
  updatedAt: z.number().int().nonnegative().default(0),
});
export type Location = z.output<typeof locationSchema>;

export const templateKinds = ['answer', 'interim', 'clarification', 'explanation', 'assignment'] as const;
export type TemplateKind = (typeof templateKinds)[number];

export const templateKindLabels: Record<TemplateKind, { ru: string; en: string }> = {
  answer: { ru: 'Ответ', en: 'Answer' },
  interim: { ru: 'Промежуточный ответ', en: 'Interim answer' },
  clarification: { ru: 'Запрос уточнения у автора', en: 'Clarification request to the author' },
  explanation: { ru: 'Разъяснение', en: 'Explanation' },
  assignment: { ru: 'Задание исполнителю', en: 'Assignment for the executor' },
};

export const templateSchema = z.object({
  id: recordIdSchema,
  name: line(200).min(1, 'укажите название'),
  kind: z.enum(templateKinds),
  /** Plain text with {{variables}} (see render-template.ts). */
  body: z.string().max(20_000),
  active: z.boolean().default(true),
  updatedAt: z.number().int().nonnegative().default(0),
});
export type Template = z.output<typeof templateSchema>;

/** The four directory tables, by name, with their schemas: one place for messages and backups. */
export const directorySchemas = {
  people: personSchema,
  topics: topicSchema,
  locations: locationSchema,
  templates: templateSchema,
} as const;
export type DirectoryTable = keyof typeof directorySchemas;
export const directoryTables = Object.keys(directorySchemas) as DirectoryTable[];
export type DirectoryRecord<T extends DirectoryTable> = z.output<(typeof directorySchemas)[T]>;
