import type { AdminViewConfig } from 'payload'

/** Where the word list import screen lives, below the admin route. */
export const WORDS_IMPORT_PATH = '/import/sensitive-words'
export const WORDS_IMPORT_TITLE = '批量导入敏感词'

/** The import screen for `admin.components.views` (reached from the sensitive-words list). */
export const sensitiveWordsImportView: AdminViewConfig = {
  Component: '/collections/SensitiveWords/import/ImportView#SensitiveWordsImportView',
  path: WORDS_IMPORT_PATH,
  exact: true,
  meta: { title: WORDS_IMPORT_TITLE },
}
