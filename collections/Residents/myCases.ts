/**
 * What 我的 shows (`GET /api/my/cases`), as types only: the server builds
 * it, the portal's script and the page without JavaScript render it.
 */
import type { StatusAnswer } from '../Applications/states'
import type { JointStatusAnswer } from '../BundleCases/states'
import type { RatingLevel } from '../casework/satisfaction'
import type { TrackAnswer } from '../Tickets/web/track'

/** A 12345 request as its caller sees it, with what it was about. */
export type MyTicket = TrackAnswer & { summary: string }

/** One rating the resident gave, an application's or a work order's. */
export type MyRating = { comment: null | string; kind: 'application' | 'ticket'; label: string; level: RatingLevel; number: string; ratedAt: string; title: string }

export type MyMessage = { at: string; channel: string; message: string; subject: string }

/** Someone else's 12345 request the resident follows: what the similar list showed, and whether it is 办结 — nothing of the caller's, no reply. */
export type MyFollowed = { closedAt: null | string; followedAt: string; kindLabel: string; number: string; receivedAt: string; status: string; statusLabel: string; summary: string }

/** A life-service order the resident booked: what, when, where it stands, and its page (a path under the API's origin). */
export type MyLifeOrder = { itemName: string; number: string; page: string; status: string; statusLabel: string; visit: string }

/** `applications` leaves out the members of `bundleCases`: each 一件事 is one entry with its members. */
export type MyCases = { applications: StatusAnswer[]; bundleCases: JointStatusAnswer[]; followed: MyFollowed[]; lifeOrders: MyLifeOrder[]; messages: MyMessage[]; ratings: MyRating[]; tickets: MyTicket[] }

/** The account's details in words, as /my/'s script and the page without JavaScript both show them. */
export const accountWords = {
  realName: (realName: null | { name: string; status: 'selfReported' | 'verified' }): string =>
    realName ? `${realName.name}，${realName.status === 'verified' ? '已核验（人口库）' : '本人填报'}` : '未填写',
  password: (hasPassword: boolean): string => (hasPassword ? '已设置' : '未设置（用短信验证码登录）'),
  consent: (consent: null | { acceptedAt?: null | string; noticeVersion?: null | string }): string =>
    consent?.acceptedAt ? `已同意（${consent.acceptedAt.slice(0, 10)}，版本 ${consent.noticeVersion ?? ''}）` : '—',
}

/** A followed order in words, as /my/'s script and the page without JavaScript both show it (`date` formats an instant). */
export const followedWords = {
  title: (each: MyFollowed): string => `${each.kindLabel}：${each.summary}（${each.statusLabel}）`,
  facts: (each: MyFollowed, date: (iso: string) => string): string =>
    `工单编号 ${each.number}，${date(each.receivedAt)}受理${each.closedAt ? `，${date(each.closedAt)}办结` : '。办结时会给您发短信'}`,
}

/** A life-service order in words, as /my/'s script and the page without JavaScript both show it. */
export const lifeOrderWords = {
  title: (each: MyLifeOrder): string => `${each.itemName}（${each.statusLabel}）`,
  facts: (each: MyLifeOrder): string => `订单编号 ${each.number}，上门时间 ${each.visit}`,
  link: '查看订单',
}

/** Where 取消关注 posts, under /api/ (a form, and the script alike). */
export const UNFOLLOW_PATH = 'tickets/unfollow'
