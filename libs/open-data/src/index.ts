export * from './dto/open-data.types.js';
export * from './iati/iati-activity.js';
export * from './iati/iati-codes.js';
export * from './iati/iati-validation.js';
export * from './iati/iati.controller.js';
export * from './iati/iati.module.js';
export * from './iati/iati.service.js';
export * from './open-data.module.js';
