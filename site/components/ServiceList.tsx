import { PORTAL_PATHS } from '../../collections/catalogue/portalPaths'
import type { SnapshotServiceSummary } from '../lib/catalogue'
import { onlineText, timeLimitText, visitsText } from '../lib/facts'

type Props = { headingLevel?: 2 | 3; services: SnapshotServiceSummary[] }

/** Guides as a list of links, each with its summary and the facts residents compare first. */
export function ServiceList({ headingLevel = 3, services }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="service-list">
      {services.map((service) => (
        <li key={service.code} className="service-list__item">
          <Heading className="service-list__title">
            <a href={PORTAL_PATHS.service(service.code)}>{service.title}</a>
          </Heading>
          <p>{service.summary}</p>
          <ul className="tags" aria-label="要点">
            <li>{onlineText(service.onlineDepth)}</li>
            <li>{visitsText(service.visits)}</li>
            <li>{timeLimitText(service)}</li>
          </ul>
        </li>
      ))}
    </ul>
  )
}
