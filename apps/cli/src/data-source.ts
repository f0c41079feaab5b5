import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions, loadConfig } from '#libs/core';
import { ALL_ENTITIES } from './all-entities.js';

/** For the TypeORM CLI (migration:generate, migration:show) against DATABASE_URL. */
export default new DataSource({ ...dataSourceOptions(loadConfig(), 'gis-typeorm-cli'), entities: ALL_ENTITIES });
