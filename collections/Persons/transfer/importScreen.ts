import type { AdminViewConfig } from 'payload'

/** Where the persons import screen lives, below the admin route. */
export const PERSONS_IMPORT_PATH = '/import/persons'
export const PERSONS_IMPORT_TITLE = '批量导入人员'

/** The import screen for `admin.components.views` (reached from the persons list). */
export const personsImportView: AdminViewConfig = {
  Component: '/collections/Persons/transfer/ImportView#PersonsImportView',
  path: PERSONS_IMPORT_PATH,
  exact: true,
  meta: { title: PERSONS_IMPORT_TITLE },
}
