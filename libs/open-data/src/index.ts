export * from './exports/dto/export.types.js';
export * from './exports/exports.module.js';
export * from './exports/exports.service.js';
