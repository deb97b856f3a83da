import { PORTAL_PATHS } from '../../collections/catalogue/portalPaths'

type Props = { compact?: boolean; id: string; query?: string }

/**
 * A plain GET form to /search/?q=…: it works without JavaScript, and a
 * search can be bookmarked or shared.
 */
export function SearchForm({ compact = false, id, query }: Props) {
  return (
    <form className={compact ? 'search-form search-form--compact' : 'search-form'} role="search" action={PORTAL_PATHS.search()} method="get">
      <label htmlFor={id} className={compact ? 'visually-hidden' : 'search-form__label'}>
        {compact ? '搜索服务' : '您要办什么事？'}
      </label>
      <div className="search-form__row">
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={query}
          autoComplete="off"
          enterKeyHint="search"
          placeholder={compact ? '搜索服务' : '例如：上户口、办身份证、sfz'}
        />
        <button type="submit">搜索</button>
      </div>
    </form>
  )
}
