import { describe, expect, it } from 'vitest'

import { PORTAL_PATHS, portalReturnPath } from '../../collections/catalogue/portalPaths'

describe('where the sign-in page returns to (?next=)', () => {
  it('is a path on the portal itself', () => {
    expect(portalReturnPath('/hotline/')).toBe('/hotline/')
    expect(portalReturnPath('/hotline/?n=GD1#x')).toBe('/hotline/?n=GD1#x')
    expect(new URLSearchParams(PORTAL_PATHS.mySignIn(PORTAL_PATHS.hotline()).split('?')[1]).get('next')).toBe('/hotline/')
  })

  it('is never another site, a script or nothing', () => {
    for (const next of ['//evil.example/', '/\\evil.example/', '/\t/evil.example/', '/\n/evil.example/', '\\\\evil.example/', 'https://evil.example/', 'javascript:alert(1)', 'hotline/', '', null, undefined]) {
      expect({ next, path: portalReturnPath(next) }).toEqual({ next, path: null })
    }
  })
})
