import { errors } from '@strapi/utils';

/** One problem with one field, worded for the editor who has to fix it. */
export interface FieldIssue {
  path: string[];
  message: string;
}

/**
 * Throws the issues as one Strapi ValidationError: the admin marks each field, the REST API answers
 * 400 with the messages in `error.details.errors`.
 * @throws {errors.ValidationError} always, when `issues` is not empty.
 */
export function throwIfIssues(issues: FieldIssue[]): void {
  if (issues.length === 0) return;
  const message = issues.map((issue) => issue.message).join(' ');
  throw new errors.ValidationError(message, {
    errors: issues.map((issue) => ({
      path: issue.path,
      message: issue.message,
      name: 'ValidationError',
      value: null,
    })),
  });
}
