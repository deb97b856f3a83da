import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import './setup.css'

export const metadata: Metadata = {
  title: '设置首个管理员 · 一站通',
  robots: { index: false, follow: false },
}

export default function SetupLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <main className="setup">{children}</main>
      </body>
    </html>
  )
}
