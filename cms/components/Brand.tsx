import './brand.css'

/** The admin's login-page logo: the platform's name, in words rather than a picture. */
export function Logo() {
  return (
    <div className="yizhan-logo">
      <span className="yizhan-logo__name">一站通</span>
      <span className="yizhan-logo__tagline">社区综合服务平台 · 管理后台</span>
    </div>
  )
}

/** The small mark in the admin's top bar. */
export function Icon() {
  return (
    <span className="yizhan-icon" aria-label="一站通">
      通
    </span>
  )
}
