/**
 * The portal's small enhancements, on every page. Everything here adds to a
 * page that already works without JavaScript.
 */
import { ELDERLY, MODE_STORAGE_KEY } from '../lib/modes'

const root = document.documentElement

/** 长辈版: larger text and targets, higher contrast, no motion; remembered in this browser. */
function setUpModeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-mode-toggle]')
  if (!button) return
  const show = (elderly: boolean) => {
    button.setAttribute('aria-pressed', String(elderly))
    button.textContent = elderly ? '退出长辈版' : '长辈版'
  }
  show(root.dataset.mode === ELDERLY)
  button.addEventListener('click', () => {
    const elderly = root.dataset.mode !== ELDERLY
    if (elderly) root.dataset.mode = ELDERLY
    else delete root.dataset.mode
    try {
      if (elderly) localStorage.setItem(MODE_STORAGE_KEY, ELDERLY)
      else localStorage.removeItem(MODE_STORAGE_KEY)
    } catch {
      // Private browsing may refuse storage: the mode still applies to this page.
    }
    show(elderly)
  })
}

/** The guide's text as a listener needs it: without search keywords, print-only parts or buttons. */
function readableText(article: HTMLElement): string {
  const copy = article.cloneNode(true) as HTMLElement
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"], [hidden], .print-only, button')) hidden.remove()
  return copy.textContent ?? ''
}

/** 朗读本页: the browser's own speech synthesis, where it has a Chinese voice. */
function setUpReadAloud(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-read-aloud]')
  const article = document.querySelector<HTMLElement>('main article')
  if (!button || !article || !('speechSynthesis' in window)) return
  button.hidden = false
  const speech = window.speechSynthesis
  const show = (speaking: boolean) => {
    button.textContent = speaking ? '停止朗读' : '朗读本页'
    button.setAttribute('aria-pressed', String(speaking))
  }
  button.addEventListener('click', () => {
    if (speech.speaking) {
      speech.cancel()
      show(false)
      return
    }
    const utterance = new SpeechSynthesisUtterance(readableText(article))
    utterance.lang = 'zh-CN'
    utterance.rate = 0.9
    utterance.addEventListener('end', () => show(false))
    speech.speak(utterance)
    show(true)
  })
}

function setUpPrint(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
    button.addEventListener('click', () => window.print())
  }
}

setUpModeToggle()
setUpReadAloud()
setUpPrint()
