import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ExportFormat {
  /** UTF-8 with a byte-order mark, RFC 4180. */
  CSV = 'CSV',
  /** Office Open XML spreadsheet, one sheet. */
  XLSX = 'XLSX',
}
registerEnumType(ExportFormat, { name: 'ExportFormat' });

@ObjectType('DownloadLink', {
  description: 'A short-lived link to download an export: it works for a few minutes, for the person who asked, with no token of theirs in it.',
})
export class DownloadLinkView {
  @Field({ description: 'The absolute address (PUBLIC_URL and the path).' }) url: string;
  @Field({ description: 'The path on this server (for a page of this site: same origin).' }) path: string;
  @Field({ description: 'The name the file downloads as, e.g. needs-2026-12-05.csv.' }) fileName: string;
  @Field() expiresAt: Date;
}
