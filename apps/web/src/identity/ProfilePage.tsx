import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { PageError, PageLoading } from '../common/PageState';
import { PageTitle } from '../common/PageTitle';
import { MyProfileDocument } from './profile.generated';
import { ProfileForm } from './ProfileForm';

/** `/settings/profile`: the signed-in person's name, language and time zone. */
export default function ProfilePage() {
  const intl = useIntl();
  const [{ data, error }, refetch] = useQuery({ query: MyProfileDocument, requestPolicy: 'cache-and-network' });
  return (
    <>
      <PageTitle documentTitle={intl.formatMessage({ id: 'profile.title' })}>
        <FormattedMessage id="profile.title" />
      </PageTitle>
      {error && !data ? (
        <PageError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : !data ? (
        <PageLoading lines={4} />
      ) : (
        <ProfileForm key={data.me.id} user={data.me} />
      )}
    </>
  );
}
