import { Head, Html, Main, NextScript } from 'next/document'

import { assetUrl } from '../lib/assets'
import { ELDERLY_MODE_BOOT } from '../lib/modes'

/**
 * Every page: Chinese, one stylesheet, no web fonts. The boot script runs
 * before the first paint so the elderly mode never flashes the standard one.
 */
export default function Document() {
  return (
    <Html lang="zh-CN">
      <Head>
        <meta name="format-detection" content="telephone=no" />
        <link rel="stylesheet" href={assetUrl('portal.css')} />
        <script dangerouslySetInnerHTML={{ __html: ELDERLY_MODE_BOOT }} />
        <script type="module" src={assetUrl('portal.js')} />
      </Head>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  )
}
