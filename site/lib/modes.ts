/** The elderly mode (长辈版) is remembered in this browser under this key. */
export const MODE_STORAGE_KEY = 'yizhan-mode'
export const ELDERLY = 'elderly'

/**
 * Inline in <head>: marks the page as scripted (so controls that need
 * JavaScript show) and applies a remembered elderly mode before first paint.
 */
export const ELDERLY_MODE_BOOT = `document.documentElement.classList.add('js');try{if(localStorage.getItem('${MODE_STORAGE_KEY}')==='${ELDERLY}')document.documentElement.dataset.mode='${ELDERLY}'}catch(e){}`
