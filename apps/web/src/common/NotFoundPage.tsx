import { Anchor, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'wouter';
import { PageTitle } from './PageTitle';

export default function NotFoundPage() {
  const intl = useIntl();
  return (
    <>
      <PageTitle documentTitle={intl.formatMessage({ id: 'notFound.title' })}>
        <FormattedMessage id="notFound.title" />
      </PageTitle>
      <Text>
        <FormattedMessage id="notFound.body" />
      </Text>
      <Anchor component={Link} href="/">
        <FormattedMessage id="notFound.home" />
      </Anchor>
    </>
  );
}
