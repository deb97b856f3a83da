/**
 * 导出 CSV / 导出 Excel as list items: a collection's export endpoint
 * (collections/endpoints/spreadsheetExport.ts) with a list's filter, given
 * as its `where…` query string. No hooks: for server and client components alike.
 */
export function ExportLinkItems({ collection, filter }: { collection: string; filter: string }) {
  const url = (format: 'csv' | 'xlsx') => `/api/${collection}/export?format=${format}${filter ? `&${filter}` : ''}`
  return (
    <>
      <li>
        <a href={url('csv')} download>
          导出 CSV
        </a>
      </li>
      <li>
        <a href={url('xlsx')} download>
          导出 Excel
        </a>
      </li>
    </>
  )
}
