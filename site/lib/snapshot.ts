/**
 * The content snapshot: everything the public portal shows, and nothing
 * else. cms/publish/snapshot/ writes it from Payload; the site in site/ builds
 * from it alone. Relations are public codes, never database ids.
 */
import type { MaterialSource } from '../../collections/Applications/reuse/sources'
import type { PublishedForm } from '../../collections/Applications/form/definition'

export type SnapshotStage = { code: string; icon: string; order: number; slug: string; summary: string; title: string }
export type SnapshotTopic = { code: string; order: number; stage: string; summary: string; title: string }
export type SnapshotDepartment = {
  address: null | string
  code: string
  complaintPhone: null | string
  description: null | string
  name: string
  officeHours: null | string
  phone: null | string
  shortName: null | string
  website: null | string
}
export type SnapshotCentre = {
  accessibility: string
  address: string
  code: string
  /** The district or street the centre serves, e.g. 郑州市金水区. */
  divisionName: string
  hours: string
  latitude: number
  longitude: number
  name: string
  phone: string
  transport: string
}
export type SnapshotBundle = {
  /** Editors opened it for one application; whether it can be is decided with its services (collections/Bundles/form/applicability.ts). */
  applyAsOne: boolean
  benefits: string[]
  code: string
  services: string[]
  stage: string
  summary: string
  title: string
}
export type SnapshotMedia = { alt: string; title: string; url: string }

/** A division as residents choose it: the 12-digit statistical code and the short name. */
export type SnapshotDivision = { code: string; name: string }
/**
 * The districts → streets → communities residents choose from when they
 * apply, sorted by code. Codes and names only: a community's street and
 * district are in its code as well as in the tree.
 */
export type SnapshotDistrict = SnapshotDivision & { streets: (SnapshotDivision & { communities: SnapshotDivision[] })[] }

/** What lists, search filters and key-facts boxes need of every guide. */
export type SnapshotServiceSummary = {
  aliases: string[]
  caseType: 'immediate' | 'promised'
  centres: string[]
  code: string
  department: string
  feeCharged: boolean
  kind: 'counter' | 'elsewhere' | 'info' | 'online'
  onlineDepth: 'apply' | 'consult' | 'full' | 'info'
  outcome: 'counter' | 'instant' | 'review'
  promisedDays: number
  stage: string
  summary: string
  title: string
  topic: string
  visits: number
}

/** An online service's form (collections/Applications/form/definition.ts). */
export type SnapshotForm = PublishedForm

/** A whole guide, for its own page. */
export type SnapshotService = SnapshotServiceSummary & {
  applicationForm: SnapshotForm
  audience: string[]
  complaintPhone: string
  conditions: string[]
  enquiryPhone: string
  faqs: { answer: string; question: string }[]
  fee: { charged: boolean; items: { basis: string; name: string; standard: string }[]; reduction: null | string }
  handlingForms: string[]
  hoursNote: null | string
  legalBases: { article: string; name: string }[]
  /** Working days; null when the law sets none (noStatutoryLimit). */
  legalDays: null | number
  level: string
  link: null | { label: string; url: string }
  noStatutoryLimit: boolean
  materials: {
    blankForm: null | SnapshotMedia
    copies: number
    form: string
    name: string
    necessity: string
    notes: string
    sample: null | SnapshotMedia
    source: string
    /** The platform record that replaces it for a real-name resident who consents (免提交). */
    platformSource: MaterialSource | null
    commitmentAllowed: boolean
    /** The 告知承诺 the applicant may sign instead, when allowed. */
    commitmentText: null | string
  }[]
  related: string[]
  result: { description: string; name: string; type: string }
  steps: { description: string; title: string }[]
  timeLimitNote: null | string
  type: string
  updatedAt: string
}

/** snapshot/catalogue.json; each guide is in snapshot/services/<code>.json. */
export type SnapshotCatalogue = {
  bundles: SnapshotBundle[]
  centres: SnapshotCentre[]
  /** The city the platform serves, e.g. 郑州市. */
  cityName: string
  /** Codes of the guides editors chose for the home page's popular services. */
  featured: string[]
  departments: SnapshotDepartment[]
  /** The division tree below the city, for the application form's 所在社区. */
  divisions: SnapshotDistrict[]
  generatedAt: string
  services: SnapshotServiceSummary[]
  stages: SnapshotStage[]
  topics: SnapshotTopic[]
}

/** snapshot/figures.json: the public figures (/statistics/), made by collections/statistics/public/figures.ts. */
export type { DivisionFigures, FigureGroup, HotlineFigures, PublicFigures, RatingFigures } from '../../collections/statistics/public/figures'
/** snapshot/answers.json: the published answers (/answers/), newest first. */
export type { PublicAnswer } from '../../collections/statistics/public/answers'
/** snapshot/decisions.json: the decisions on groups of similar demands (/answers/decisions/), newest first. */
export type { PublicDecision } from '../../collections/statistics/public/decisions'
/** A bulk export of the work orders as the /open-data/ page lists it. */
export type OpenDataFile = { bytes: number; date: string; format: 'csv' | 'json'; name: string }
/** snapshot/open-data.json: the bulk exports copied into snapshot/open-data/ and their schema's file name. */
export type SnapshotOpenData = { files: OpenDataFile[]; schema: string }

/** A 生活服务 category (snapshot/life.json), with its subsidy when one is offered. */
export type SnapshotLifeCategory = {
  code: string
  name: string
  /** Hours within which a provider must answer a booking. */
  responseHours: number
  standard: string
  subsidy: null | { capPerOrder: null | number; note: null | string; percent: number; registers: string[] }
  summary: string
}
/** A provider's bookable item (an active price-list entry of a listed provider). */
export type SnapshotLifeItem = {
  category: string
  durationHours: null | number
  excluded: null | string
  id: string
  included: string
  name: string
  price: number
  /** 次, 小时, 平方米…: what the price is for. */
  unit: string
}
/** A provider residents may see: listed, or suspended (then with the reason and no items). */
export type SnapshotLifeProvider = {
  address: string
  areas: string[]
  categories: string[]
  contractValidUntil: null | string
  creditCode: string
  id: string
  introduction: null | string
  items: SnapshotLifeItem[]
  licences: { kind: string; validUntil: null | string }[]
  name: string
  rating: { average: null | number; count: number }
  /** The sanctions made public (警告, 暂停…), newest first. */
  sanctions: { date: string; label: string; note: null | string }[]
  servicePhone: string
  statusNote: null | string
  suspended: boolean
}
/** snapshot/life.json: 生活服务 categories and providers (cms/publish/snapshot/life.ts). */
export type SnapshotLife = { categories: SnapshotLifeCategory[]; providers: SnapshotLifeProvider[] }
