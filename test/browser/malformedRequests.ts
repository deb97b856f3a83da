/**
 * Malformed requests an attacker's sweep sends: bad query strings, bodies
 * and encodings over every REST collection route, GraphQL, sign-in and the
 * custom endpoints. Each must be answered with a 4xx that names nothing
 * internal (see malformedRequests.test.ts).
 */

export type MalformedRequest = { init: RequestInit; label: string; path: string }

const COLLECTIONS = [
  'life-stages', 'topics', 'services', 'bundles', 'service-centres', 'media', 'departments', 'divisions', 'users',
  'calendar-days', 'applications', 'application-files', 'application-events', 'notifications', 'portal-builds',
  'persons', 'households', 'dwellings', 'organisations', 'registers', 'audit-log', 'api-clients', 'tickets', 'ticket-events',
  'ticket-photos',
  'ticket-followers',
  'sms-templates',
]

/** Date fields besides createdAt/updatedAt, which every collection has. */
const DATE_FIELDS: Record<string, string[]> = {
  applications: ['dueDate', 'submittedAt', 'completedAt'],
  tickets: ['receivedAt', 'dueAt'],
  persons: ['birthDate', 'statusDate'],
  'calendar-days': ['date'],
  notifications: ['sentAt', 'deliveredAt'],
  'sms-templates': ['editedAt', 'approvedAt'],
}

/** Query strings that are malformed on any collection's list. */
const BAD_QUERIES = [
  'where=abc',
  'where[foo]',
  'where[foo]=1',
  'where[id][bogus]=1',
  'where[noSuchField][equals]=1',
  'where[and]=x',
  'where[or]=x',
  'where[and][0]=x',
  'where[or][0][id]=x',
  'where[and][0][id][equals][x]=1',
  'where[id][in]=',
  'where[id][in][a]=b',
  'where[id][exists]=maybe',
  'where[id][near]=1,2',
  'where[id][within]=x',
  'where[id][intersects]=x',
  'where[createdAt][near]=1,2,3,4',
  'where[id][equals][a][b]=c',
  'where[id][like][x]=y',
  'where[createdAt][greater_than]=notadate',
  'where[createdAt][less_than_equal]=2026-13-45',
  'where[createdAt][equals]=notadate',
  'where[createdAt][in]=x,y',
  'where[updatedAt][not_equals]=%00',
  'where[createdAt][all]=x',
  'where[createdAt][like]=x',
  'where=%7B%22id%22%3A1%7D',
  'where[__proto__][equals]=1',
  'where[constructor][prototype][equals]=1',
  'where[id.x.y][equals]=1',
  'limit=abc',
  'limit=-1',
  'limit=1e309',
  'limit=99999999999999999999',
  'limit[x]=1',
  'page=0',
  'page=-5',
  'page=abc',
  'page=1e309',
  'depth=abc',
  'depth=-1',
  'depth=100000',
  'sort=noSuchField',
  'sort=--createdAt',
  'sort[a]=b',
  'sort=%00',
  'select[noSuchField]=true',
  'select=abc',
  'populate=abc',
  'joins=abc',
  'locale[x]=y',
  'draft=maybe',
  'pagination=maybe',
  'trash=maybe',
  'where%ZZ',
  'where[%E0%A4%A]=1',
  '%',
]

const JSON_BODIES = ['null', '1', '"text"', '[]', '[1,2]', '{', '{"a":', 'true', '', '\u0000', '{"__proto__":{"x":1}}']

const json = (body: string, method: string, headers: HeadersInit = {}): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json', ...headers },
  body,
})

const dateQueries = (slug: string): string[] =>
  ['createdAt', 'updatedAt', ...(DATE_FIELDS[slug] ?? [])].flatMap((field) => [
    `where[${field}][greater_than]=notadate`,
    `where[${field}][less_than]=2026-02-31x`,
    `where[${field}][near]=1,2`,
    `where[${field}][within]=1`,
  ])

/** Every malformed variant for one collection, sent with `headers` (e.g. a staff token). */
function collectionVariants(slug: string, headers: HeadersInit): MalformedRequest[] {
  const get = (path: string, label: string): MalformedRequest => ({ label, path, init: { headers } })
  return [
    ...[...BAD_QUERIES, ...dateQueries(slug)].flatMap((query) => [
      get(`/api/${slug}?${query}`, `GET ${slug}?${query}`),
      get(`/api/${slug}/count?${query}`, `GET ${slug}/count?${query}`),
    ]),
    ...['where=abc', 'where[createdAt][greater_than]=notadate', 'where[id][near]=1,2'].flatMap((query) => [
      { label: `PATCH ${slug}?${query}`, path: `/api/${slug}?${query}`, init: json('{}', 'PATCH', headers) },
      { label: `DELETE ${slug}?${query}`, path: `/api/${slug}?${query}`, init: { method: 'DELETE', headers } },
    ]),
    get(`/api/${slug}/%E0%A4%A`, `GET ${slug}/bad-encoding`),
    get(`/api/${slug}/abc?depth=abc`, `GET ${slug}/abc?depth=abc`),
    get(`/api/${slug}/${'9'.repeat(40)}`, `GET ${slug}/huge-id`),
    ...JSON_BODIES.flatMap((body) => [
      { label: `POST ${slug} ${body}`, path: `/api/${slug}`, init: json(body, 'POST', headers) },
      { label: `PATCH ${slug}/1 ${body}`, path: `/api/${slug}/1`, init: json(body, 'PATCH', headers) },
    ]),
  ]
}

const GRAPHQL_BODIES = [
  '{',
  'null',
  '1',
  '[]',
  '[{"query":"{ __typename }"}]',
  '"text"',
  '{"query":1}',
  '{"query":null}',
  '{"query":["{ __typename }"]}',
  '{"query":{}}',
  '{"query":"{"}',
  '{"query":"{ __typename }","variables":"x"}',
  '{"query":"{ __typename }","variables":[1]}',
  '{"query":"{ __typename }","operationName":1}',
  '{"query":"{ Persons(where: {createdAt: {greater_than: \\"notadate\\"}}) { docs { id } } }"}',
  '{"query":"{ Applications(where: {dueDate: {less_than: \\"x\\"}}) { docs { id } } }"}',
  '{"query":"{ Tickets(sort: \\"noSuchField\\") { docs { id } } }"}',
  '{"query":"{ Tickets(limit: -1, page: -1) { docs { id } } }"}',
]

/** The custom endpoints (JSON bodies unless noted), by method and path. */
const CUSTOM_ENDPOINTS: [method: string, path: string][] = [
  ['POST', '/api/applications/submit'],
  ['POST', '/api/applications/status'],
  ['POST', '/api/applications/supplement'],
  ['POST', '/api/applications/withdraw'],
  ['POST', '/api/applications/rating'],
  ['POST', '/api/applications/1/actions'],
  ['POST', '/api/applications/1/reveal'],
  ['POST', '/api/persons/import'],
  ['POST', '/api/persons/1/merge'],
  ['POST', '/api/persons/1/distinct'],
  ['POST', '/api/persons/1/reveal'],
  ['POST', '/api/tickets/1/actions'],
  ['POST', '/api/tickets/1/reveal'],
  ['POST', '/api/tickets/inbound/sms'],
  ['POST', '/api/tickets/inbound/email'],
  ['POST', '/api/notifications/delivery-report'],
  ['POST', '/api/tickets/caller'],
  ['POST', '/api/tickets/web'],
  ['POST', '/api/tickets/track'],
  ['POST', '/api/tickets/track/rate'],
  ['POST', '/api/tickets/track/reopen'],
  ['POST', '/api/users/login'],
  ['POST', '/api/users/forgot-password'],
  ['POST', '/api/users/reset-password'],
  ['POST', '/api/users/refresh-token'],
  ['POST', '/api/users/unlock'],
  ['POST', '/api/open311/v2/requests.json'],
  ['POST', '/api/globals/hotline-settings'],
]

const CUSTOM_QUERIES: [path: string, query: string][] = [
  ['/api/persons/export', 'format=csv&where=abc'],
  ['/api/persons/export', 'format=xlsx&where[createdAt][greater_than]=notadate'],
  ['/api/persons/export', 'where[id][near]=1,2'],
  ['/api/persons/1/duplicates', 'depth=abc'],
  ['/api/tickets/desk', 'where=abc&limit=abc&page=-1'],
  ['/api/tickets/desk', 'q=%E0%A4%A'],
  ['/api/tickets/caller', 'phone[x]=1'],
  ['/api/tickets/similar', 'division[x]=1&text[y]=2'],
  ['/api/tickets/similar', 'division=410105001001&text=%E0%A4%A'],
  ['/api/tickets/track', 'number[x]=1'],
  ['/api/applications/queues', 'where=abc'],
  ['/api/open311/v2/requests.json', 'start_date=x&end_date=y'],
  ['/api/open311/v2/requests.json', 'service_request_id[x]=1'],
  ['/api/open311/v2/requests.json', 'status[x]=1&service_code[y]=2'],
  ['/api/open311/v2/requests/%E0%A4%A.json', ''],
  ['/api/globals/hotline-settings', 'depth=abc&locale[x]=1'],
  ['/api/%E0%A4%A', ''],
  ['/api/persons?where%ZZ', ''],
]

const OPEN311_FORMS = [
  'service_code=x&lat=abc&long=def',
  'service_code=%E0%A4%A',
  'lat=1e999&long=-1e999',
  'attribute[x][y]=1',
  'email=not-an-email&phone=abc&description=x&lat=34.7&long=113.6',
  'phone=%00&lat=34.7&long=113.6',
]

/** All the sweep's requests; `headers` authenticate as a staff member who may read everything. */
export function malformedRequests(headers: HeadersInit): MalformedRequest[] {
  return [
    ...COLLECTIONS.flatMap((slug) => collectionVariants(slug, headers)),
    ...GRAPHQL_BODIES.map((body) => ({ label: `GraphQL ${body}`, path: '/api/graphql', init: json(body, 'POST', headers) })),
    { label: 'GraphQL GET bad query', path: '/api/graphql?query=%7B', init: { headers } },
    { label: 'GraphQL GET bad encoding', path: '/api/graphql?query=%E0%A4%A', init: { headers } },
    { label: 'GraphQL text body', path: '/api/graphql', init: { method: 'POST', headers: { ...headers, 'Content-Type': 'text/plain' }, body: '{' } },
    ...CUSTOM_ENDPOINTS.flatMap(([method, path]) => [
      ...JSON_BODIES.map((body) => ({ label: `${method} ${path} ${body}`, path, init: json(body, method, headers) })),
      { label: `${method} ${path} anonymous null`, path, init: json('null', method) },
      { label: `${method} ${path} form`, path, init: { method, headers: { ...headers, 'Content-Type': 'multipart/form-data; boundary=x' }, body: '--x\r\nbroken' } },
      { label: `${method} ${path} text`, path, init: { method, headers: { ...headers, 'Content-Type': 'text/plain' }, body: 'x' } },
    ]),
    ...CUSTOM_QUERIES.map(([path, query]) => ({ label: `GET ${path}?${query}`, path: query ? `${path}?${query}` : path, init: { headers } })),
    ...OPEN311_FORMS.map((body) => ({
      label: `Open311 form ${body}`,
      path: '/api/open311/v2/requests.json?api_key=x',
      init: { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body },
    })),
  ]
}

/** Names an error body must never carry: database drivers, SQL, stack frames. */
export const INTERNAL_NAMES = /DrizzleQueryError|LibsqlError|SqliteError|SQLITE_|MongoServerError|Mongo[A-Z]\w*Error|CastError|ValidationError:|TypeError|ReferenceError|SyntaxError|RangeError|\bselect\s.+\sfrom\b|\binsert into\b|\bat\s+\S+\s\(|node_modules|\.ts:\d+|\.js:\d+|params:/i
