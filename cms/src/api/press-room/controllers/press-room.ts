import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::press-room.press-room');
