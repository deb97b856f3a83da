/**
 * Guides never promise what the platform does not do: the words of a guide
 * must agree with its model (where it is done online, what the resident gets
 * and when). Pure functions over the guide's text, shared by the publish
 * check and the content files' validation through completeness.ts.
 */

type Problem = { field: string; reason: string }

/** Words that promise a result on the spot: 即办, 当场办结, 立即生成, 立等可取… */
const INSTANT_PROMISE =
  /即办|立等可取|(?:当场|立即|即时|实时|马上)[^，。；、！？]{0,4}?(?:办结|办完|办好|完成|生成|显示|出证|出具|出结果|领取|领证|拿到|拿证|发证|发放|到账|审批|批准|通过|备案|注销|开通|登记)/

/** Words that place the service on this platform. */
const HERE_PROMISE = /本平台|本网站/

/** One piece of a guide's text, with the element a resident or editor would name. */
type GuideText = { element: string; field: string; text: string }

type Texts = {
  conditions?: null | unknown[]
  faqs?: null | unknown[]
  hoursNote?: null | string
  materials?: null | { [key: string]: unknown }[]
  result?: null | { description?: null | string; name?: null | string }
  steps?: null | unknown[]
  summary?: null | string
  timeLimitNote?: null | string
}

const textOf = (value: unknown, key: string): string => {
  if (typeof value === 'string') return value
  const inner = (value as Record<string, unknown> | null)?.[key]
  return typeof inner === 'string' ? inner : ''
}

/** Every sentence of the guide a resident reads, each named as its element. */
export function guideTexts(guide: Texts): GuideText[] {
  const texts: GuideText[] = [
    { element: '事项简介', field: 'summary', text: guide.summary ?? '' },
    { element: '时限说明', field: 'timeLimitNote', text: guide.timeLimitNote ?? '' },
    { element: '办理时间补充说明', field: 'hoursNote', text: guide.hoursNote ?? '' },
    { element: '办理结果名称', field: 'result.name', text: guide.result?.name ?? '' },
    { element: '办理结果说明', field: 'result.description', text: guide.result?.description ?? '' },
  ]
  guide.conditions?.forEach((condition, i) =>
    texts.push({ element: `第${i + 1}条受理条件`, field: `conditions.${i}`, text: textOf(condition, 'text') }),
  )
  guide.materials?.forEach((material, i) =>
    texts.push({ element: `材料“${String(material.name)}”的说明`, field: `materials.${i}.notes`, text: textOf(material, 'notes') }),
  )
  guide.steps?.forEach((step, i) => {
    const title = textOf(step, 'title')
    texts.push({ element: `第${i + 1}步“${title}”`, field: `steps.${i}.description`, text: `${title} ${textOf(step, 'description')}` })
  })
  guide.faqs?.forEach((faq, i) => {
    const question = textOf(faq, 'question')
    texts.push({ element: `常见问题“${question}”`, field: `faqs.${i}.answer`, text: `${question} ${textOf(faq, 'answer')}` })
  })
  return texts.filter((piece) => piece.text.trim() !== '')
}

/** The words of `pattern` each piece of text uses, with where. */
function findWords(texts: GuideText[], pattern: RegExp) {
  return texts.flatMap((piece) => {
    const match = pattern.exec(piece.text)
    return match ? [{ ...piece, words: match[0] }] : []
  })
}

/** 即办 words in a guide whose result is not given on the spot. */
export function instantPromiseProblems(guide: Texts & { outcome?: null | string }): Problem[] {
  if (guide.outcome !== 'review') return []
  return findWords(guideTexts(guide), INSTANT_PROMISE).map(({ element, field, words }) => ({
    field,
    reason: `${element}写了“${words}”，但本事项的办理结果不是当场出具（审核后出结果）`,
  }))
}

/** 在本平台 words in a guide done in another system. */
export function herePromiseProblems(guide: Texts & { kind?: null | string; link?: null | { label?: null | string } }): Problem[] {
  if (guide.kind !== 'elsewhere') return []
  const system = guide.link?.label ?? '其他系统'
  return findWords(guideTexts(guide), HERE_PROMISE).map(({ element, field, words }) => ({
    field,
    reason: `${element}写了“${words}”，但本事项在“${system}”办理，不在本平台`,
  }))
}
