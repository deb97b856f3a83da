import { fileTypeFromBuffer } from 'file-type'
import { randomBytes } from 'node:crypto'
import { unlink } from 'node:fs/promises'
import path from 'node:path'
import type { Payload, PayloadRequest } from 'payload'
import sharp from 'sharp'

import { RequestError } from '../../errors'
import type { UploadedFile } from '../../endpoints/readBody'
import { FILE_LIMITS, type FileFacts } from '../form/validate'

/** Pictures larger than this on either side are scaled down: plenty to read a certificate. */
const MAX_IMAGE_SIDE = 3000

export type PreparedFile = { data: Buffer; mimetype: string; name: string; size: number; upload: number }

/** Which upload of the form a multipart field belongs to: `upload-2` → 2; `files` (supplements) → -1. */
function uploadIndex(field: string): number | null {
  if (field === 'files') return -1
  const match = /^upload-(\d{1,3})$/.exec(field)
  return match ? Number(match[1]) : null
}

/** Sizes and slots as the form rules see them, before any byte is decoded. */
export const fileFacts = (files: UploadedFile[]): FileFacts[] =>
  files.map((file) => ({ bytes: file.bytes.length, type: '', upload: uploadIndex(file.field) ?? Number.NaN }))

/** The types a kind of upload accepts (decided on the bytes), and how a refusal names them. */
export type AcceptedFiles = { types: readonly string[]; words: string }

/** Application materials: pictures and PDF scans. */
export const DOCUMENT_FILES: AcceptedFiles = { types: FILE_LIMITS.acceptedTypes, words: 'JPG、PNG、WEBP 图片或 PDF 文件' }

const unsupported = (field: string, accepted: AcceptedFiles): RequestError =>
  new RequestError('UNSUPPORTED_FILE_TYPE', `只能上传 ${accepted.words}`, 415, {
    errors: [{ field, code: 'UNSUPPORTED_FILE_TYPE', message: `只能上传 ${accepted.words}` }],
  })

const brokenPdf = (field: string): RequestError =>
  new RequestError('INVALID_PDF', 'PDF 文件已损坏或不完整，请重新生成后上传', 422, {
    errors: [{ field, code: 'INVALID_PDF', message: 'PDF 文件已损坏或不完整，请重新生成后上传' }],
  })

/**
 * Whether a file that starts like a PDF also ends like one (a cross-reference
 * table and %%EOF in its last kilobyte): the rule Payload's upload check
 * applies, checked here so the refusal comes before anything is written.
 */
function isCompletePdf(bytes: Buffer): boolean {
  const end = bytes.subarray(Math.max(0, bytes.length - 1024)).toString('latin1')
  return end.includes('%%EOF') && end.includes('xref')
}

/**
 * Decide each file's type from its bytes (never its name), and re-encode
 * pictures: upright, scaled to a sensible size, and without EXIF, GPS or any
 * other metadata (sharp drops it unless asked to keep it). A file that claims
 * to be a picture but does not decode is refused like any other wrong type.
 */
export async function prepareFiles(files: UploadedFile[], namePrefix: string, accepted: AcceptedFiles = DOCUMENT_FILES): Promise<PreparedFile[]> {
  const prepared: PreparedFile[] = []
  for (const [position, file] of files.entries()) {
    const detected = await fileTypeFromBuffer(file.bytes)
    const mime = detected?.mime ?? ''
    if (!accepted.types.includes(mime)) throw unsupported(file.field, accepted)
    if (mime === 'application/pdf' && !isCompletePdf(file.bytes)) throw brokenPdf(file.field)
    let data = file.bytes
    if (mime.startsWith('image/')) {
      try {
        const image = sharp(file.bytes, { failOn: 'error' })
          .rotate()
          .resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: 'inside', withoutEnlargement: true })
        data = await (mime === 'image/png' ? image.png() : mime === 'image/webp' ? image.webp({ quality: 85 }) : image.jpeg({ quality: 85, mozjpeg: true })).toBuffer()
      } catch {
        throw unsupported(file.field, accepted)
      }
    }
    const name = `${namePrefix}-${position + 1}-${randomBytes(4).toString('hex')}.${detected!.ext}`
    prepared.push({ data, mimetype: mime, name, size: data.length, upload: uploadIndex(file.field) ?? -1 })
  }
  return prepared
}

/** The upload collections files are stored in: application materials, work-order photos, result documents. */
type FileCollection = 'application-files' | 'board-photos' | 'result-documents' | 'ticket-photos'

export type StoredFiles = {
  /** Store `files` in the transaction `tx`, each with the record `recordFor` gives it (its case, its scope): the records' ids. */
  store: (tx: PayloadRequest, files: PreparedFile[], recordFor: (file: PreparedFile) => Record<string, unknown>) => Promise<string[]>
  /** Remove what was written to disk: the transaction that recorded it rolled back. */
  discard: () => Promise<void>
}

/**
 * Files go to disk as Payload stores them, but their records only exist once
 * the transaction commits; on a rollback, `discard` removes the files again.
 */
export function storedFiles(payload: Payload, collection: FileCollection): StoredFiles {
  const staticDir = payload.collections[collection].config.upload.staticDir!
  const written: string[] = []
  return {
    store: async (tx, files, recordFor) => {
      const ids: string[] = []
      for (const file of files) {
        const stored = await tx.payload.create({
          collection,
          // Each collection validates its own record (the case it belongs to, its scope).
          data: recordFor(file) as never,
          file: { data: file.data, mimetype: file.mimetype, name: file.name, size: file.size },
          req: tx,
          depth: 0,
        })
        written.push(stored.filename!)
        ids.push(stored.id)
      }
      return ids
    },
    discard: async () => {
      await Promise.all(written.map((name) => unlink(path.join(staticDir, name)).catch(() => undefined)))
    },
  }
}
