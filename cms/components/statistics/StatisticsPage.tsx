import type { AdminViewServerProps } from 'payload'

import { type AdminPage, adminPage } from '../adminPage'
import './statistics.css'

/** A statistics page: the admin frame with the statistics styles. */
export const statisticsPage = (props: AdminViewServerProps, page: Omit<AdminPage, 'className'>) => adminPage(props, { ...page, className: 'app-statistics' })
