import { publicReadController } from '../../../lib/public-controller';

/** Public read path: the server's populate tree is applied after the client's query is checked. */
export default publicReadController('api::event.event', 'collection');
