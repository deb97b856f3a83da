import { PORTAL_PATHS } from '../../collections/catalogue/portalPaths'
import type { SnapshotCentre } from '../lib/catalogue'
import { PhoneLink } from './PhoneLink'

type Props = { centres: SnapshotCentre[]; headingLevel: 2 | 3 }

/** Service centres as cards: name (linking to the centre), address, hours, phone. */
export function CentreList({ centres, headingLevel }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="card-list">
      {centres.map((centre) => (
        <li key={centre.code}>
          <Heading>
            <a href={PORTAL_PATHS.centre(centre.code)}>{centre.name}</a>
          </Heading>
          <p>地址：{centre.address}</p>
          <p>时间：{centre.hours}</p>
          <p>
            电话：<PhoneLink number={centre.phone} />
          </p>
        </li>
      ))}
    </ul>
  )
}
