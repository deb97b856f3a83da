import type { PayloadRequest } from 'payload'

import type { Person, Resident } from '../../../cms/payload-types'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { chinaDate } from '../../CalendarDays/workingDays'
import { renderDocument } from '../../documents/pdf'
import { RequestError } from '../../errors'
import { maskName } from '../../privacy/mask'
import { relationId } from '../../relations'
import { newVerificationNumber } from '../number'
import { verifiedPerson } from '../../Residents/lib/realName'
import { DOCUMENT_KIND_LABELS } from '../states'
import { pendingDocument, verifyUrl } from './issue'

/**
 * Certificates the platform can issue at once because it holds the facts
 * itself: 居住证明 from the population base, for a signed-in resident whose
 * real name was verified against it. Issued by the community's residents'
 * committee, audited (出具), revocable by the community's case workers like
 * any result document.
 */

const NOT_VERIFIED = '开具居住证明需要先完成实名核验：请在“我的”填写姓名和身份证号码，与人口库登记一致后即可开具。如有疑问，请到所在社区居委会办理。'
const NOT_RESIDENT = '人口库里没有您现在在本市居住的登记，不能在网上开具居住证明。请到所在社区居委会办理。'

/** The resident's verified person, still living here. */
async function residentHere(req: PayloadRequest, resident: Resident): Promise<Person> {
  const person = await verifiedPerson(req, resident, NOT_VERIFIED)
  if (person.status !== 'active' || !person.residenceAddress) throw new RequestError('NOT_REGISTERED_HERE', NOT_RESIDENT, 409)
  return person
}

/** The residents' committee of the person's community, as the issuer. */
async function committeeOf(req: PayloadRequest, person: Person): Promise<string> {
  const division = await req.payload.findByID({ collection: 'divisions', id: String(relationId(person.division)), depth: 0, select: { name: true }, req })
  return `${division.name}居民委员会`
}

/** Issue a 居住证明 to `resident` now: drawn from the population base, stored and audited in one transaction. Answers its number. */
export async function issueResidenceCertificate(req: PayloadRequest, resident: Resident): Promise<{ number: string; title: string }> {
  const person = await residentHere(req, resident)
  const issuer = await committeeOf(req, person)
  const number = newVerificationNumber()
  const now = new Date()
  const title = DOCUMENT_KIND_LABELS.residence
  const pdf = await renderDocument({
    title,
    paragraphs: [`兹证明${person.name}（公民身份号码：${person.idNumber}）现居住在${person.residenceAddress}，系本社区登记的常住人员。`, '特此证明。'],
    facts: [
      { label: '姓名', value: person.name },
      { label: '公民身份号码', value: person.idNumber },
      { label: '现住址', value: person.residenceAddress! },
    ],
    department: issuer,
    date: chinaDate(now),
    verification: { number, url: verifyUrl(number) },
  })
  const pending = pendingDocument(req, pdf, 'residence')
  await withTransaction(
    req.payload,
    (tx) =>
      pending.store(
        tx,
        { kind: 'residence', resident: resident.id, number, title, issuer, holder: maskName(person.name), issuedAt: now.toISOString(), scope: person.scope },
        '居民在网上开具（人口库实名核验）',
      ),
    req,
  ).catch(async (error: unknown) => {
    await pending.discard()
    throw error
  })
  return { number, title }
}

/** The resident's own certificate with this number, if it is theirs. */
export async function ownCertificate(req: PayloadRequest, residentId: string, number: string) {
  const { docs } = await req.payload.find({
    collection: 'result-documents',
    where: { and: [{ number: { equals: number } }, { resident: { equals: residentId } }] },
    limit: 1,
    depth: 0,
    pagination: false,
    req,
  })
  return docs[0]
}
