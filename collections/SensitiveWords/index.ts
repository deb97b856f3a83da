import type { CollectionConfig } from 'payload'

import { hasRole, nobody } from '../access'
import { forgetScreen } from '../community/screening'
import { WORD_ACTIONS } from '../community/words'
import { selectOptions } from '../fields/selectOptions'
import { auditHooks } from '../privacy/auditHooks'
import { importWordsEndpoint } from './import/endpoint'
import { WORD_MAX_LENGTH } from './import/wordList'

/** The list is not public and not for every staff member: administrators keep it. */
const administrators: NonNullable<CollectionConfig['access']>['read'] = ({ req: { user } }) => hasRole(user, 'admin')

/** Each word's creation and every change in the audit log (an import writes one entry for the file). */
const audit = auditHooks((doc) => `敏感词“${String(doc.word ?? '')}”`)

/**
 * 敏感词: the city's own list (lists are not published; the city supplies
 * and maintains one), each word with what it does to a post that contains
 * it — block, hold for review, or mask. Checked at submit, in its
 * traditional, full-pinyin, initial and split-character forms too
 * (collections/community/screening/). A word is switched off, never
 * deleted, so the audit log keeps what the list held when.
 */
export const SensitiveWords: CollectionConfig = {
  slug: 'sensitive-words',
  labels: { singular: { zh: '敏感词', en: 'Sensitive word' }, plural: { zh: '敏感词', en: 'Sensitive words' } },
  admin: {
    group: { zh: '社区论坛', en: 'Community' },
    useAsTitle: 'word',
    defaultColumns: ['word', 'action', 'active', 'updatedAt'],
    components: { beforeListTable: ['/collections/SensitiveWords/components/WordsListActions#WordsListActions'] },
    description: {
      zh: '居民发帖、回复、起昵称时检查的词语。禁止发布：不能提交；转人工审核：提交后先不显示，等社区工作者审核；以*号遮盖：显示时遮盖该词。繁体、拼音全拼、拼音首字母、中间夹空格或符号的写法同样能查出。',
      en: 'Words checked in posts: block, review or mask.',
    },
  },
  defaultSort: 'word',
  access: { read: administrators, create: administrators, update: administrators, delete: nobody },
  hooks: { ...audit, afterChange: [...audit.afterChange, forgetScreen] },
  endpoints: [importWordsEndpoint],
  fields: [
    { name: 'word', type: 'text', required: true, unique: true, maxLength: WORD_MAX_LENGTH, label: { zh: '词语', en: 'Word' } },
    { name: 'action', type: 'select', required: true, defaultValue: 'review', options: selectOptions(WORD_ACTIONS), label: { zh: '处理方式', en: 'Action' } },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true, label: { zh: '启用', en: 'Active' } },
    { name: 'note', type: 'text', maxLength: 200, label: { zh: '备注', en: 'Note' } },
  ],
}
