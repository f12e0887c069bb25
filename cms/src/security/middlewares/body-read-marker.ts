import { afterBodyParsing } from '../body-parse-errors';

/** Strapi middleware factory: see {@link afterBodyParsing}. */
export default () => afterBodyParsing();
