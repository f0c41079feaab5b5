import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { PageError, PageLoading } from '../common/PageState';
import { toContentInput, type NeedContent, type NeedDraft } from './need-draft';
import { QualityMeter, type Quality } from './QualityMeter';
import { NeedQualityPreviewDocument } from './quality.generated';

/** The API's quality meter of the need as typed so far: asked again when typing pauses. */
export function NeedQualityPanel({ draft }: { draft: NeedDraft }) {
  const [content] = useDebouncedValue(JSON.stringify(toContentInput(draft)), 300);
  const input = useMemo(() => JSON.parse(content) as NeedContent, [content]);
  const [{ data, fetching, error }] = useQuery({ query: NeedQualityPreviewDocument, variables: { input }, requestPolicy: 'cache-first' });
  // The last answer stays while the next is asked (or while a half-typed date is refused).
  const [shown, setShown] = useState<Quality | null>(null);
  if (data && data.needQualityPreview !== shown) setShown(data.needQualityPreview);
  if (shown) return <QualityMeter quality={shown} busy={fetching} />;
  if (error) return <PageError error={error} />;
  return <PageLoading lines={4} />;
}
