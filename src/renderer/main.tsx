import './punkt-setup';
import '@oslokommune/punkt-css/dist/css/pkt.min.css';
import './styles.css';
import { prefetch, prefetchExchangesOnPress } from './api/prefetch';
import { overviewFilters, overviewQuery } from './screens/overview-filters';

// What the first screen needs, asked for at once (see api/prefetch.ts): keys as the screens use them.
prefetch('setup.get', {}, 'setup');
prefetch('training.get', {}, 'training');
const [route, search = ''] = window.location.hash.replace(/^#/, '').split('?');
if (!route || route === '/') {
  const query = overviewQuery(overviewFilters(new URLSearchParams(search)));
  prefetch('exchanges.list', query, JSON.stringify(query));
}
prefetchExchangesOnPress();

// React, Punkt and the screens are evaluated after the requests above are on their way (a static
// import would evaluate them first), so the login trade and the first list overlap that work.
void import('./root').then(({ render }) => render(document.getElementById('root')!));
