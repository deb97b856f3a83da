import type { PayloadRequest } from 'payload'

import type { Person, Resident } from '../../../cms/payload-types'
import { withTransaction } from '../../../cms/lib/withTransaction'
import { chinaDate } from '../../CalendarDays/workingDays'
import { renderDocument } from '../../documents/pdf'
import { RequestError } from '../../errors'
import { HOUSEHOLD_RELATION_LABELS } from '../../Households/relations'
import { REGISTER_KIND_LABELS, type RegisterKind } from '../../Registers/kinds'
import { maskName } from '../../privacy/mask'
import { relationId } from '../../relations'
import { newVerificationNumber } from '../number'
import { verifiedPerson } from '../../Residents/lib/realName'
import { CERTIFICATE_KIND_LABELS, type CertificateKind } from '../states'
import { pendingDocument, verifyUrl } from './issue'

/**
 * Certificates the platform can issue at once because it holds the facts
 * itself, for a signed-in resident whose real name was verified against the
 * population base: 居住证明 (where they live), 家庭成员关系证明 (their
 * household's members and relations) and registration certificates for the
 * 低保, 残疾人 and 退役军人 registers (only with an active entry). Issued by
 * the community's residents' committee, audited (出具), revocable by the
 * community's case workers like any result document. The facts are read
 * once to draw the PDF and again inside the transaction that stores it: a
 * change in between refuses the certificate instead of storing stale facts.
 */

type CertificateBody = { facts: { label: string; value: string }[]; paragraphs: string[] }

const COUNTER = '如有疑问，请到所在社区居委会办理。'
const notVerified = (title: string) =>
  `开具${title}需要先完成实名核验：请在“我的”填写姓名和身份证号码，与人口库登记一致后即可开具。${COUNTER}`
const NOT_RESIDENT = `人口库里没有您现在在本市居住的登记，不能在网上开具居住证明。${COUNTER}`
const NOT_IN_HOUSEHOLD = `人口库里没有您所在家庭户的登记，不能在网上开具家庭成员关系证明。${COUNTER}`
const notRegistered = (kind: RegisterKind) =>
  `人口库里没有您有效的${REGISTER_KIND_LABELS[kind]}登记，不能开具${CERTIFICATE_KIND_LABELS[kind as CertificateKind]}。如您认为登记有误，请到所在社区居委会核实。`
const CHANGED = '您在人口库的登记信息刚刚有变动，请重新开具。'

const refuse = (code: string, message: string) => new RequestError(code, message, 409)

/** The person the resident's verified real name points to, read now, and still on the base. */
async function activePerson(req: PayloadRequest, resident: Resident, title: string): Promise<Person> {
  const person = await verifiedPerson(req, resident, notVerified(title))
  if (person.status !== 'active') throw refuse('NOT_REGISTERED_HERE', `人口库里您的登记状态不是“在册”，不能在网上开具${title}。${COUNTER}`)
  return person
}

const personFacts = (person: Person) => [
  { label: '姓名', value: person.name },
  { label: '公民身份号码', value: person.idNumber },
]

const whoIs = (person: Person) => `${person.name}（公民身份号码：${person.idNumber}）`

function residenceCertificate(_req: PayloadRequest, person: Person): CertificateBody {
  if (!person.residenceAddress) throw refuse('NOT_REGISTERED_HERE', NOT_RESIDENT)
  return {
    paragraphs: [`兹证明${whoIs(person)}现居住在${person.residenceAddress}，系本社区登记的常住人员。`, '特此证明。'],
    facts: [...personFacts(person), { label: '现住址', value: person.residenceAddress }],
  }
}

/** Another member's ID number keeps its first 6 and last 4 characters: enough to tell people apart, not to use as theirs. */
const partOfIdNumber = (idNumber: string) => `${idNumber.slice(0, 6)}${'*'.repeat(Math.max(0, idNumber.length - 10))}${idNumber.slice(-4)}`

async function householdCertificate(req: PayloadRequest, person: Person): Promise<CertificateBody> {
  const { docs } = await req.payload.find({ collection: 'households', where: { 'members.person': { equals: person.id } }, limit: 1, depth: 0, overrideAccess: true, showHiddenFields: true, req })
  const household = docs[0]
  if (!household?.members?.length) throw refuse('NOT_IN_HOUSEHOLD', NOT_IN_HOUSEHOLD)
  const ids = household.members.map((member) => String(relationId(member.person)))
  const { docs: people } = await req.payload.find({ collection: 'persons', where: { id: { in: ids } }, pagination: false, depth: 0, overrideAccess: true, showHiddenFields: true, req })
  const byId = new Map(people.map((each) => [String(each.id), each]))
  // Members who moved out or died are no longer of the household.
  const members = household.members.flatMap((member) => {
    const found = byId.get(String(relationId(member.person)))
    return found?.status === 'active' ? [{ person: found, relation: HOUSEHOLD_RELATION_LABELS[member.relation] }] : []
  })
  return {
    paragraphs: [
      `兹证明${whoIs(person)}系本社区登记的家庭户${household.householdNumber ? `（户号：${household.householdNumber}）` : ''}成员。该户现有在册成员${members.length}人，各成员及其与户主的关系如下表所列。`,
      '特此证明。',
    ],
    facts: [
      ...(household.address ? [{ label: '住址', value: household.address }] : []),
      ...members.map((member) => ({
        label: member.relation,
        value: `${member.person.name}（公民身份号码：${member.person.id === person.id ? member.person.idNumber : partOfIdNumber(member.person.idNumber)}）`,
      })),
    ],
  }
}

const registerCertificate =
  (kind: RegisterKind) =>
  async (req: PayloadRequest, person: Person): Promise<CertificateBody> => {
    const today = chinaDate()
    const { docs } = await req.payload.find({
      collection: 'registers',
      where: { and: [{ person: { equals: person.id } }, { kind: { equals: kind } }, { startDate: { less_than_equal: today } }] },
      sort: '-startDate',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const entry = docs.find((each) => !each.endDate || each.endDate >= today)
    if (!entry) throw refuse('NOT_REGISTERED', notRegistered(kind))
    return {
      paragraphs: [`兹证明${whoIs(person)}系本社区登记在册的${REGISTER_KIND_LABELS[kind]}，自${entry.startDate}起登记，目前登记有效。`, '特此证明。'],
      facts: [...personFacts(person), { label: '登记类别', value: REGISTER_KIND_LABELS[kind] }, { label: '登记日期', value: entry.startDate }],
    }
  }

/** How each certificate is drawn from the person's records; each refuses (409, saying why) when the records do not support it. */
const CERTIFICATES: Record<CertificateKind, (req: PayloadRequest, person: Person) => CertificateBody | Promise<CertificateBody>> = {
  residence: residenceCertificate,
  household: householdCertificate,
  lowIncome: registerCertificate('lowIncome'),
  disabled: registerCertificate('disabled'),
  veteran: registerCertificate('veteran'),
}

/** The residents' committee of the person's community, as the issuer. */
async function committeeOf(req: PayloadRequest, person: Person): Promise<string> {
  const division = await req.payload.findByID({ collection: 'divisions', id: String(relationId(person.division)), depth: 0, select: { name: true }, req })
  return `${division.name}居民委员会`
}

/** The person and the certificate's content as the records say now. */
async function draft(req: PayloadRequest, resident: Resident, kind: CertificateKind) {
  const person = await activePerson(req, resident, CERTIFICATE_KIND_LABELS[kind])
  const [body, issuer] = await Promise.all([CERTIFICATES[kind](req, person), committeeOf(req, person)])
  return { person, body, issuer }
}

/** Issue the certificate `kind` to `resident` now: drawn from the population base, re-read, stored and audited in one transaction. Answers its number. */
export async function issueCertificate(req: PayloadRequest, resident: Resident, kind: CertificateKind): Promise<{ number: string; title: string }> {
  const { person, body, issuer } = await draft(req, resident, kind)
  const number = newVerificationNumber()
  const now = new Date()
  const title = CERTIFICATE_KIND_LABELS[kind]
  const pdf = await renderDocument({ title, ...body, department: issuer, date: chinaDate(now), verification: { number, url: verifyUrl(number) } })
  const pending = pendingDocument(req, pdf, kind)
  await withTransaction(
    req.payload,
    async (tx) => {
      const again = await draft(tx, resident, kind)
      if (JSON.stringify(again.body) !== JSON.stringify(body) || again.issuer !== issuer) throw refuse('RECORDS_CHANGED', CHANGED)
      await pending.store(
        tx,
        { kind, resident: resident.id, number, title, issuer, holder: maskName(person.name), issuedAt: now.toISOString(), scope: person.scope },
        '居民在网上开具（人口库实名核验）',
      )
    },
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
