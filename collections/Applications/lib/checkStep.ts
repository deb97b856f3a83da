/**
 * The field a form without JavaScript posts to ask for 核对您填写的内容
 * first (the apply page's 继续 button carries it); the portal's script
 * shows its own check step and posts without it.
 */
export const CHECK_STEP = { name: 'step', value: 'check' } as const

/** Whether a browser without JavaScript asked to check its answers before submitting. */
export const wantsCheckPage = (fields: Record<string, unknown>, multipart: boolean): boolean =>
  multipart && fields.application === undefined && fields[CHECK_STEP.name] === CHECK_STEP.value
