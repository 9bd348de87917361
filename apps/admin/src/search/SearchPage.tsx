import { Title } from 'react-admin';
import { SearchView } from './SearchView';

/** `/search`: the precedent search on a page of its own (what a shared search link opens). */
export const SearchPage = () => (
  <>
    <Title title="caseatlas.search.title" />
    <SearchView />
  </>
);
