import { beforeBodyParsing } from '../body-parse-errors';

/** Strapi middleware factory: see {@link beforeBodyParsing}. */
export default () => beforeBodyParsing();
