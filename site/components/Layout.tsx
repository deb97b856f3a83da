import Head from 'next/head'
import type { ReactNode } from 'react'

import { PORTAL_PATHS } from '../../collections/catalogue/portalPaths'
import { HOTLINE, SITE_NAME } from '../lib/site'
import { Breadcrumbs, type Crumb } from './Breadcrumbs'
import { PhoneLink } from './PhoneLink'
import { SearchForm } from './SearchForm'

type Props = {
  children: ReactNode
  /** The trail above the page title; the home page has none. */
  crumbs?: Crumb[]
  description: string
  /** The search box in the header; the home and search pages have their own. */
  headerSearch?: boolean
  title: string
}

const NAVIGATION = [
  { href: PORTAL_PATHS.services(), label: '全部事项' },
  { href: PORTAL_PATHS.bundles(), label: '一件事' },
  { href: PORTAL_PATHS.centres(), label: '服务中心' },
  { href: PORTAL_PATHS.departments(), label: '部门' },
  { href: PORTAL_PATHS.hotline(), label: '网上12345' },
  { href: PORTAL_PATHS.track(), label: '查询办件进度' },
  { href: PORTAL_PATHS.community(), label: '社区论坛' },
  // One link for both: 我的 says to sign in when nobody is signed in (the page is static).
  { href: PORTAL_PATHS.my(), label: '登录 / 我的' },
]

/** The frame of every page: skip link, header, breadcrumbs, main, footer. */
export function Layout({ children, crumbs, description, headerSearch = true, title }: Props) {
  const city = process.env.PORTAL_CITY_NAME ?? ''
  const fullTitle = crumbs ? `${title} - ${SITE_NAME}` : `${SITE_NAME} - ${city}政务服务`
  return (
    <>
      <Head>
        <title>{fullTitle}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="description" content={description} />
      </Head>
      <a className="skip-link" href="#main">
        跳到主要内容
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <a className="brand" href={PORTAL_PATHS.home()}>
            <span className="brand__name">{SITE_NAME}</span>
            <span className="brand__city">{city}政务服务</span>
          </a>
          <button type="button" className="mode-toggle js-only" aria-pressed="false" data-mode-toggle>
            长辈版
          </button>
          <nav className="site-nav" aria-label="主导航">
            <ul>
              {NAVIGATION.map((item) => (
                <li key={item.href}>
                  <a href={item.href}>{item.label}</a>
                </li>
              ))}
            </ul>
          </nav>
          {headerSearch && <SearchForm id="header-search" compact />}
        </div>
      </header>
      <div className="container">
        {crumbs && <Breadcrumbs crumbs={crumbs} current={title} />}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="site-footer">
        <div className="container">
          <p className="site-footer__hotline">
            办事遇到问题，请拨打政务服务便民热线 <PhoneLink number={HOTLINE} />（7×24小时）
          </p>
          <ul className="site-footer__links">
            <li>
              <a href={PORTAL_PATHS.services()}>全部事项（按拼音）</a>
            </li>
            <li>
              <a href={PORTAL_PATHS.centres()}>政务服务中心</a>
            </li>
            <li>
              <a href={PORTAL_PATHS.track()}>查询办件进度</a>
            </li>
            <li>
              <a href={PORTAL_PATHS.verify()}>核验结果文件</a>
            </li>
            <li>
              <a href={PORTAL_PATHS.statistics()}>办事和热线数据</a>
            </li>
            <li>
              <a href={PORTAL_PATHS.answers()}>答复公开</a>
            </li>
            <li>
              <a href={PORTAL_PATHS.openData()}>开放数据</a>
            </li>
            <li>
              <a href={PORTAL_PATHS.accessibility()}>无障碍声明</a>
            </li>
            <li>
              <a href={PORTAL_PATHS.privacy()}>个人信息保护说明</a>
            </li>
          </ul>
          <p>
            {city}人民政府 主办 · {SITE_NAME}
          </p>
        </div>
      </footer>
    </>
  )
}
