import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::press-contact.press-contact');
