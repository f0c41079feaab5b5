import { SnakeNamingStrategy } from './snake-naming.strategy.js';

describe('SnakeNamingStrategy', () => {
  const naming = new SnakeNamingStrategy();

  it('names tables in snake_case', () => {
    expect(naming.tableName('RegionalOrganisationMember')).toBe('regional_organisation_member');
    expect(naming.tableName('OutboxEvent')).toBe('outbox_event');
  });

  it('keeps a custom table name', () => {
    expect(naming.tableName('AuditEntry', 'audit_log')).toBe('audit_log');
  });

  it('names columns in snake_case, digits included', () => {
    expect(naming.columnName('m49RegionCode', undefined, [])).toBe('m49_region_code');
    expect(naming.columnName('stateIso3', undefined, [])).toBe('state_iso3');
    expect(naming.columnName('id', undefined, [])).toBe('id');
  });

  it('splits runs of capitals before a word', () => {
    expect(naming.columnName('USDAmount', undefined, [])).toBe('usd_amount');
    expect(naming.tableName('UNODAModerator')).toBe('unoda_moderator');
  });

  it('keeps a custom column name and prefixes embedded columns', () => {
    expect(naming.columnName('amount', 'amount_minor', [])).toBe('amount_minor');
    expect(naming.columnName('currencyCode', undefined, ['budget'])).toBe('budget_currency_code');
  });

  it('names join columns after the relation and the referenced column', () => {
    expect(naming.joinColumnName('organisation', 'id')).toBe('organisation_id');
    expect(naming.joinColumnName('memberState', 'iso3')).toBe('member_state_iso3');
  });

  it('names relations, join tables and their columns in snake_case', () => {
    expect(naming.relationName('thematicAreas')).toBe('thematic_areas');
    expect(naming.joinTableName('assistance_request', 'thematic_area', 'thematicAreas')).toBe('assistance_request_thematic_areas_thematic_area');
    expect(naming.joinTableColumnName('assistance_request', 'id')).toBe('assistance_request_id');
  });
});
