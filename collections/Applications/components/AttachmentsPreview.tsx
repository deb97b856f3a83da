import type { Payload, TypedUser } from 'payload'

import type { Application } from '../../../cms/payload-types'
import '../../casework/components/casework.css'

type Props = { data?: Partial<Application>; payload: Payload; user?: null | TypedUser }

/**
 * The files of an application shown in place: pictures as pictures, PDFs in
 * the browser's viewer. Read with the viewer's access, and served through
 * Payload's file route, which checks it again for every file.
 */
export async function AttachmentsPreview({ data, payload, user }: Props) {
  if (!data?.id || !user) return null
  const { docs } = await payload.find({
    collection: 'application-files',
    where: { application: { equals: data.id } },
    sort: 'createdAt',
    limit: 100,
    depth: 0,
    overrideAccess: false,
    user,
  })
  return (
    <section aria-labelledby="files-heading" className="casework-box">
      <h3 id="files-heading">申请材料（{docs.length}）</h3>
      {docs.length === 0 ? (
        <p>没有上传材料。</p>
      ) : (
        <ul className="casework-files">
          {docs.map((file) => (
            <li key={file.id}>
              <figure>
                {file.mimeType === 'application/pdf' ? (
                  <object data={file.url ?? ''} type="application/pdf" aria-label={file.material}>
                    <a href={file.url ?? ''}>打开 PDF</a>
                  </object>
                ) : (
                  <a href={file.url ?? ''} target="_blank" rel="noreferrer">
                    <img src={file.url ?? ''} alt={file.material} loading="lazy" />
                  </a>
                )}
                <figcaption>
                  {file.material}
                  {file.stage === 'supplement' ? '（补正）' : ''}
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
