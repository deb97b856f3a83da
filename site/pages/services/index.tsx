import type { GetStaticProps } from 'next'

import { PORTAL_PATHS } from '../../../collections/catalogue/portalPaths'
import { Layout } from '../../components/Layout'
import { catalogue } from '../../lib/catalogue'
import { pinyinForms } from '../../lib/search/keywords'

export const config = { unstable_runtimeJS: false }

type Entry = { code: string; title: string }
type Props = { groups: { entries: Entry[]; letter: string }[] }

/** Where a title is filed: the first letter of its pinyin, or 0–9 for a title that starts with a number. */
function letterOf(title: string): string {
  if (/^[0-9]/.test(title)) return '0–9'
  return (pinyinForms(title).initials[0] ?? title[0] ?? '#').toUpperCase()
}

export const getStaticProps: GetStaticProps<Props> = () => {
  const groups = new Map<string, Entry[]>()
  const collator = new Intl.Collator('zh-CN-u-co-pinyin')
  const services = [...catalogue().services].sort((a, b) => collator.compare(a.title, b.title))
  for (const { code, title } of services) {
    const letter = letterOf(title)
    groups.set(letter, [...(groups.get(letter) ?? []), { code, title }])
  }
  return {
    props: {
      groups: [...groups.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([letter, entries]) => ({ letter, entries })),
    },
  }
}

/** Every guide, A to Z by pinyin: the way in that needs no search and no JavaScript. */
export default function ServiceIndex({ groups }: Props) {
  const count = groups.reduce((total, group) => total + group.entries.length, 0)
  return (
    <Layout
      title="全部事项（按拼音排序）"
      description="按拼音首字母排列的全部办事事项。"
      crumbs={[{ href: PORTAL_PATHS.home(), label: '首页' }]}
    >
      <h1>全部事项（按拼音排序）</h1>
      <p className="lead">共 {count} 个事项，按名称拼音的首字母排列。</p>
      <nav aria-label="拼音首字母" className="letters">
        <ul>
          {groups.map((group) => (
            <li key={group.letter}>
              <a href={`#letter-${group.letter}`}>{group.letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.letter} aria-labelledby={`letter-${group.letter}`}>
          <h2 id={`letter-${group.letter}`}>{group.letter}</h2>
          <ul className="index-list">
            {group.entries.map((entry) => (
              <li key={entry.code}>
                <a href={PORTAL_PATHS.service(entry.code)}>{entry.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  )
}
