import type { Core } from '@strapi/strapi';
import { CATEGORY, CONTENT_TYPES, NEWS_ARTICLE, ROLE, ROLE_TYPES, TAG } from '../lib/content-types';
import { GLASNIK_LOCALES } from './locales';

const CM = 'plugin::content-manager.explorer';
type CmAction = 'create' | 'read' | 'update' | 'delete' | 'publish';
const ALL_ACTIONS: CmAction[] = ['create', 'read', 'update', 'delete', 'publish'];

interface PermissionInput {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

interface RoleSpec {
  code: string;
  name: string;
  description: string;
  permissions: (fieldsOf: FieldsLookup) => PermissionInput[];
}

type FieldsLookup = (action: string, subject: string) => string[] | undefined;

const LOCALES = GLASNIK_LOCALES.map((locale) => locale.code);

function contentPermissions(
  fieldsOf: FieldsLookup,
  subjects: readonly string[],
  actions: CmAction[],
  conditions: string[] = [],
): PermissionInput[] {
  return subjects.flatMap((subject) =>
    actions.map((action) => {
      const fields = fieldsOf(`${CM}.${action}`, subject);
      return {
        action: `${CM}.${action}`,
        subject,
        properties: { ...(fields ? { fields } : {}), locales: LOCALES },
        conditions,
      };
    }),
  );
}

function mediaLibrary(isAuthor: boolean): PermissionInput[] {
  const own = isAuthor ? ['admin::is-creator'] : [];
  return [
    { action: 'plugin::upload.read', conditions: [] },
    { action: 'plugin::upload.configure-view', conditions: [] },
    { action: 'plugin::upload.assets.create', conditions: [] },
    { action: 'plugin::upload.assets.update', conditions: own },
    { action: 'plugin::upload.assets.download', conditions: [] },
    { action: 'plugin::upload.assets.copy-link', conditions: [] },
  ];
}

/** Glasnik's editorial roles (DESIGN.md "Roles in the CMS"); the Administrator is Strapi's super admin. */
export const ROLE_SPECS: RoleSpec[] = [
  {
    code: ROLE.editor,
    name: 'Editor',
    description: 'Reviews, approves, publishes and schedules all content.',
    permissions: (fieldsOf) => [
      ...contentPermissions(fieldsOf, CONTENT_TYPES, ALL_ACTIONS),
      ...mediaLibrary(false),
    ],
  },
  {
    code: ROLE.author,
    name: 'Author',
    description:
      'Writes drafts of news, events, campaigns, pages and media; submits them for review. Cannot publish or delete.',
    permissions: (fieldsOf) => [
      ...contentPermissions(
        fieldsOf,
        ROLE_TYPES[ROLE.author],
        ['create', 'read', 'update'],
        ['admin::is-creator'],
      ),
      ...contentPermissions(fieldsOf, [CATEGORY, TAG], ['read']),
      ...mediaLibrary(true),
    ],
  },
  {
    code: ROLE.pressOfficer,
    name: 'Press officer',
    description: 'Press releases, media kit, press contacts, press room and events, including publishing.',
    permissions: (fieldsOf) => [
      ...contentPermissions(fieldsOf, ROLE_TYPES[ROLE.pressOfficer], ALL_ACTIONS),
      ...contentPermissions(fieldsOf, [CATEGORY, TAG, NEWS_ARTICLE], ['read']),
      ...mediaLibrary(false),
    ],
  },
  {
    code: ROLE.registerKeeper,
    name: 'Register keeper',
    description: 'Keeps the register of international agreements, including publishing.',
    permissions: (fieldsOf) => [
      ...contentPermissions(fieldsOf, ROLE_TYPES[ROLE.registerKeeper], ALL_ACTIONS),
      ...contentPermissions(fieldsOf, [CATEGORY, NEWS_ARTICLE], ['read']),
      ...mediaLibrary(false),
    ],
  },
];

interface ActionLike {
  actionId: string;
  section: string;
  subjects?: string[];
}
interface PermissionLike {
  action: string;
  subject: string;
  properties?: { fields?: string[] };
}

/**
 * Creates the editorial roles if missing and (re)sets their permissions from code on every start, so
 * the code, not clicks in the admin, decides who may do what.
 */
export async function ensureAdminRoles(strapi: Core.Strapi): Promise<void> {
  const roleService = strapi.service('admin::role');
  const permissionService = strapi.service('admin::permission');
  const contentTypeService = strapi.service('admin::content-type');
  const contentActions = (permissionService.actionProvider.values() as ActionLike[]).filter(
    (action) => action.section === 'contentTypes',
  );
  const withFields = contentTypeService.getPermissionsWithNestedFields(contentActions) as PermissionLike[];
  const fieldsOf: FieldsLookup = (action, subject) =>
    withFields.find((p) => p.action === action && p.subject === subject)?.properties?.fields;

  for (const spec of ROLE_SPECS) {
    let role = (await roleService.findOne({ code: spec.code })) as { id: number } | null;
    if (!role) {
      const sameName = (await roleService.findOne({ name: spec.name })) as { id: number } | null;
      role =
        sameName ??
        ((await roleService.create({ name: spec.name, code: spec.code, description: spec.description })) as {
          id: number;
        });
    }
    await roleService.assignPermissions(role.id, spec.permissions(fieldsOf));
  }
}
