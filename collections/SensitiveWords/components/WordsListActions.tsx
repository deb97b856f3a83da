import type { Payload, TypedUser } from 'payload'

import { hasRole } from '../../access'
import { WORDS_IMPORT_PATH } from '../import/importScreen'
import '../../Persons/components/personsList.css'

/** Above the sensitive-words list, for administrators (the only ones who see it): the bulk import. */
export function WordsListActions({ payload, user }: { payload: Payload; user?: null | TypedUser }) {
  if (!user || !hasRole(user, 'admin')) return null
  return (
    <nav aria-label="敏感词操作" className="persons-actions">
      <ul>
        <li>
          <a href={`${payload.config.routes.admin}${WORDS_IMPORT_PATH}`}>批量导入</a>
        </li>
      </ul>
      <p className="persons-actions__note">市里提供的词表可以一次导入；繁体、拼音全拼、拼音首字母和中间夹符号的写法都会查出，不必另行列出。</p>
    </nav>
  )
}
